def f():
    head = [1, 2]
    return *head, 3
print(f())
def g():
    rest = "yz"
    yield "x", *rest
print(list(g()))
a = [*range(3), *"ab"]
print(a)
first, *_ = f()
print(first)
t = *a[:2], *a[3:]
print(t)
print(*[1, 2], sep="+")
for x in *a[:1], "end":
    print(x)
