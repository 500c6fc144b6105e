data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
pairs = {"a": [1, 2], "b": [3, 4]}
for key, (first, second) in pairs.items():
    print(key, first + second)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], [[r[1], r[0]] for r in matrix])
print({k: v for k, (v, _) in zip("ab", [(1, 0), (2, 0)])})
