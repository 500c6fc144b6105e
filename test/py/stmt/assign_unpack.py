a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
m, n, o = range(3)
print(m, n, o)
k, v = {"only": 1}.popitem()
print(k, v)
