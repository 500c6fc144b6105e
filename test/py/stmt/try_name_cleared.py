try:
    1 / 0
except ZeroDivisionError as e:
    print("inside", type(e).__name__)
try:
    e
except NameError as err:
    print("NameError", err)
e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
