def f():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()
print(f())
def h():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 2
h()
z = "global z"
def k():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = "local"
k()
