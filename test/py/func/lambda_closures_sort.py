people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
by_age = sorted(people, key=lambda p: p[1])
by_age_desc_name = sorted(people, key=lambda p: (-p[1], p[0]))
print(by_age)
print(by_age_desc_name)
threshold = 20
adults = list(filter(lambda p: p[1] > threshold, people))
threshold = 30
print(adults, list(filter(lambda p: p[1] > threshold, people)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({sym: f(6, 3) for sym, f in ops.items()})
make = lambda n: (lambda: n * n)
print([make(i)() for i in range(4)])
