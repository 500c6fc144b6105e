def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1))
print(f(1, 20))
print(f(1, c="C"))
print(f(c=0, b=1, a=2))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
counter = 5
def h(n=counter):
    return n
counter = 6
print(h())
print(f.__defaults__)
def none_default(a=None):
    return "none" if a is None else a
print(none_default(), none_default(0))
