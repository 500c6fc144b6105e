print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y * x for y in range(3)] for x in range(3)])
print([c.upper() for c in "abc"])
print([x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
res = [x for x in "ab"]
print(res, x)
print([i for i in []], [(a, b) for a, b in {1: 2, 3: 4}.items()])
print([f() for f in [lambda: 1, lambda: 2]])
