a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[1:3] = []
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
c = [1, 2, 3]
c[:] = c + c
print(c)
c[-2:] = [7]
print(c)
