"""Helper module for the import tests."""
PI = 3
counter = 0
def double(x):
    return x * 2
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    kind = "thing"
print("mod_math2 loaded")
