def f(a, b):
    return a + b
def g(a, *, k):
    return a
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, **{"b": 2, "b2": 3}),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
