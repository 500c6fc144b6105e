"""A tiny helper module."""
CONSTANT = 1
_private = 2
def function():
    return CONSTANT
class Klass:
    pass
