def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    z = [(yield), (yield)]
    print("z", z)
    yield "end"
gen = g()
print(gen.send(None))
print(gen.send(5))
print(gen.send(9))
print(gen.send("a"))
print(gen.send("b"))
def pairs():
    for i in range(3):
        yield i, i * i
print(list(pairs()), dict(pairs()))
def in_try():
    try:
        yield 1
    finally:
        print("gen finally")
for v in in_try():
    print(v)
print(list(x for x in (yield_ for yield_ in range(2))))
