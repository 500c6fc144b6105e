x = 10
print([x for x in range(3)], x)
print({x for x in range(2)}, {x: 0 for x in range(1)}, list(x for x in "a"), x)
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        pairs = [(i, n) for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.items, C.err)
def outer():
    y = 5
    return [y + i for i in range(3)]
print(outer())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([[j for j in range(i)] for i in range(3)])
g = (i for i in range(3))
print(list(g), list(g))
try:
    print(i)
except NameError as e:
    print("NameError", e)
