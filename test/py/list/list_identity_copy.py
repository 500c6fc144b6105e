a = [1, [2, 3]]
shallow = a[:]
also = list(a)
cpy = a.copy()
print(shallow == a, shallow is a, shallow[1] is a[1], also[1] is a[1], cpy[1] is a[1])
a[1].append(4)
print(shallow, also, cpy)
a[0] = 99
print(shallow[0], a[0])
b = a * 2
b[1].append(5)
print(a, b)
e = []
e += "ab"
e += range(2)
print(e)
try:
    e + "ab"
except TypeError as err:
    print("TypeError", err)
