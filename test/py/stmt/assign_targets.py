class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)
lst = [0, 0, 0, 0, 0]
lst[0] = 10
lst[-1] = 20
lst[1:3] = [7, 8, 9]
print(lst)
d = {}
d["k"] = 1
d[1, 2] = "tuple"
print(d)
b.items = [[0, 0], [0, 0]]
b.items[1][0] = 5
print(b.items)
lst[0], b.z, d["k"] = "a", "b", "c"
print(lst[0], b.z, d["k"])
lst[::2] = [None] * len(lst[::2])
print(lst)
