def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def pair():
    a = b = 0
    def setboth(v):
        nonlocal a, b
        a, b = v, v * 2
    setboth(5)
    return a, b
print(pair())
