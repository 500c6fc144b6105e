def simple():
    pass
def args(a, b, /, c, d=1, *e, f, g=2, **h):
    return a, b, c, d, e, f, g, h
def defaults(a=[], b={}, *, c=lambda: 1):
    return a
@decorator
@other(1)
def decorated(x):
    return x
def gen():
    yield 1
    x = yield
    yield from range(3)
    return 5
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return middle
def cellarg(a, b):
    def g():
        return a
    return g
def glob():
    global G
    G = 1
    return G
lam = lambda x, y=2: x + y
lam2 = lambda: (yield)
def docstring():
    "The doc."
    return 1
def uses_free():
    v = 1
    return [v for _ in range(3)]
def recursive(n):
    return recursive(n - 1) if n else 0
async_like = None
def kwonly_only(*, a, b=3):
    return a + b
def star_annot(*args: int):
    pass
