def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from [10, 20]
    yield from "ab"
    return "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught in inner"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(KeyError))
