def g():
    x = yield 1
    y = yield from sub()
    return x + y
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("f")
def gen_expr(n):
    return sum(x * x for x in range(n))
def lam():
    return lambda: (yield 1)
