import functools
def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=3)
print(repr(p).startswith("functools.partial(<function add at "), repr(p).endswith(">, 1, c=3)"))
print(p(2), p.func is add, p.args, p.keywords, functools.partial(p, 5).args)
@functools.lru_cache(maxsize=2)
def sq(x):
    print("miss", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)
@functools.lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info())
@functools.lru_cache
def kw(a, b=1):
    return a - b
print(kw(5), kw(5, b=2), kw(a=5), kw.cache_info())
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
def target(x: int) -> int:
    "docstring"
    return x
target.extra = 42
w = deco(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__annotations__, w.extra, w.__wrapped__ is target, w.__module__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
print(functools.reduce(lambda a, b: a + [b], "xyz", []))
key = functools.cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=key), key(1) < key(2))
@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4), G(1) > G(0))
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)
class Acc:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def value(self):
        self.n += 1
        return self.n * 10
a = Acc()
print(a.value, a.value, a.n)
del a.value
print(a.value, a.n, type(Acc.__dict__['value']).__name__)
@functools.singledispatch
def show(x):
    return "default"
@show.register(int)
def _(x):
    return "int"
@show.register(float)
@show.register(complex)
def _(x):
    return "number"
print(show(1), show(True), show(1.5), show(2j), show("s"), show.dispatch(bool).__name__ == "_")
