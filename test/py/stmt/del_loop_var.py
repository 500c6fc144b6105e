for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError", e)
data = {"a": [1, 2, 3], "b": 4}
del data["a"][1], data["b"]
print(data)
class O:
    pass
o = O()
o.x = o.y = 1
del o.x, o.y
print(vars(o))
lst = [1, 2, 3]
del lst[:]
print(lst)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
