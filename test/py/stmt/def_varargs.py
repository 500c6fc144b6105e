def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def h(**kw):
    return sorted(kw.items())
print(h(), h(x=1, y=2))
def k(a, *args, **kwargs):
    return a, args, kwargs
print(k(1, 2, 3, z=4))
print(k(a=9))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(1, 2, 3), total(1, 2, start=10))
print(type(f()).__name__, type(h()).__name__)
