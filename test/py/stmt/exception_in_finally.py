def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def g():
    try:
        return "try value"
    finally:
        print("finally before return")
print(g())
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except")
print(h())
