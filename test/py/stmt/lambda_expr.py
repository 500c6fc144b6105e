sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print((lambda: "no args")())
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__)
nested = lambda x: lambda y: x * y
print(nested(3)(4))
print((lambda x, /, *, y: x - y)(5, y=2))
