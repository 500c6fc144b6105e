grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c)
a.append(a)
print(a)
d = {"k": []}
d["k"].append(1)
print(d)
x = [1, [2, [3, [4]]]]
print(x[1][1][1][0], len(x))
