a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = j = k = "s"
print(i + j + k)
a = b = a + 1
print(a, b)
p, q = r = (1, 2)
print(p, q, r)
