t = 1, 2, 3
print(t, type(t).__name__)
def pair():
    return "a", "b"
x = pair()
print(x, x[0])
single = 5,
print(single, len(single))
a, b, c = t
print(c, b, a)
print(tuple(i * i for i in range(4)), (*t, *t))
empty = ()
print(empty == tuple(), len(empty), bool(empty), bool((0,)))
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0], len(nested))
print(sorted([(2, 1), (1, 2), (1, 1)]), max([(1, "z"), (2, "a")]))
print(tuple([1, [2, 3]])[1][1], (1, 2) + (3,), (1, 2) * 2)
