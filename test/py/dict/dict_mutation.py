d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d.update(zip("xy", "XY"))
print(d)
while d:
    k, v = d.popitem()
    print("popped", k, v)
    if len(d) == 3:
        break
print(d)
d[0] = "updated keeps position"
print(list(d.items()))
e = {}
e["b"] = 1
e["a"] = 2
e.pop("b")
e["b"] = 3
print(e)
