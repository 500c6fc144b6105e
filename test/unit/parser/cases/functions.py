def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, b, /, c, *, d):
    return

def k(a: int, b: "str" = 'x', *c: tuple, d: float, **e: dict) -> None:
    yield a
    yield from b
    x = yield
    y = yield 1, 2
    return 1, 2

def only_kw(*, a, b=1): pass
def only_pos(a, /): pass
def pos_default(a=1, /, b=2): pass
def star_only(*args): pass
def kw_only(**kw): pass
def trailing(a, b,): pass
def trailing2(*a, b,): pass

@decorator
def d1(): pass

@dec.attr(1, 2)
@other
def d2(): pass

@(lambda f: f)
def d3(): pass

class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B, metaclass=M, **kw):
    pass

class D():
    pass

class E(*bases):
    pass

@decorator
class F:
    '''docstring'''

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner

async_ = 1
await_ = 2
