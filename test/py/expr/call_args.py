def f(a, b, c=3, *args, d=4, **kw):
    return a, b, c, args, d, sorted(kw.items())
print(f(1, 2))
print(f(1, b=2))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2, 3), 4, d=0))
print(f(**{"a": 1, "b": 2, "z": 9}))
print(f(1, 2, *[3], *[4, 5], e=1, **{"g": 2}))
print(f(*"xy", **dict(c="C"), d="D"))
args = (10, 20)
kw = {"d": 40}
print(f(*args, 30, 31, **kw, extra=True))
print(max(*[3, 1, 2]), "-".join([*"abc"]))
def g(*, x): return x
print(g(**{"x": "kw only"}))
