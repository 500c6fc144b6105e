def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("caught division by zero")
        r = None
    else:
        print("no error")
    finally:
        print("finally")
    return r
print(div(6, 3))
print(div(1, 0))
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class caught", type(e).__name__, e)
