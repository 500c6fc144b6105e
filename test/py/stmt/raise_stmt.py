try:
    raise ValueError("bad value")
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e, e.args)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
def thrower():
    raise IndexError("deep")
try:
    thrower()
except IndexError as e:
    print("from function:", e)
