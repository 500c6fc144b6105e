def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    return deco
@shout
def greet(who):
    return "hello " + who
print(greet("bob"))
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
order = []
def track(label):
    order.append("make " + label)
    def d(fn):
        order.append("apply " + label)
        return fn
    return d
@track("outer")
@track("inner")
def nothing():
    pass
print(order)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
@lambda f: 42
def replaced(): pass
print(replaced)
