def f():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(f())
def g():
    try:
        raise KeyError("k")
    finally:
        print("cleanup before propagating")
try:
    g()
except KeyError as e:
    print("caught", e)
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
