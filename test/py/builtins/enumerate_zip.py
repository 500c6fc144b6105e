print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [1, 2]), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(range(3), range(10, 13), "abc")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
e = enumerate("xyz")
print(next(e), next(e), type(e).__name__, type(zip()).__name__)
