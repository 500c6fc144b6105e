print(None, repr(None), str(None), type(None).__name__)
x = None
print(x is None, x == None, x is not None, bool(None))
def f():
    pass
print(f() is None, [None] * 2, {None: None})
print(None == 0, None == False, None == "", None in [0, None])
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    None()
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    None[0]
except TypeError as e:
    print("TypeError", e)
