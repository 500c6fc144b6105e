def target(a, b=2, *args, c=3, **kw):
    return f"a={a} b={b} args={args} c={c} kw={sorted(kw.items())}"
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 5, 6, 7, c=0, z=9))
print(forward(a=1, b=1, x=1))
def wrapper(func):
    def inner(*a, **k):
        print("calling", func.__name__, a, sorted(k))
        return func(*a, **k)
    return inner
@wrapper
def area(w, h=1):
    return w * h
print(area(3, h=4), area(5))
def defaults_shared(key, store={}):
    store[key] = len(store)
    return store
defaults_shared("a")
print(defaults_shared("b"))
