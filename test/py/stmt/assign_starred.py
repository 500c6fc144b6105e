first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
[*everything] = (7, 8)
print(everything)
(x, *y), w = "abc", 0
print(x, y, w)
*s, = {3: 0}
print(s)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
