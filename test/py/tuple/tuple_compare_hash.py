print((1, 2) == [1, 2], (1, 2) == (1, 2.0), () == (), (None,) == (None,))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([(2,), (1, 2), (1,)]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d.get((3, 3), "none"), (0, 0) in d)
print((1, 2, 3)[1:] == (2, 3), (1,) * 0, (0,) * 2 + (1,))
t = tuple(range(5))
print(t.index(3), 10 in t, list(reversed(t)), t[::-2])
