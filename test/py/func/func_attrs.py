def documented(a, b=1):
    """Docstring here."""
    return a
print(documented.__name__, documented.__doc__)
print(documented.__defaults__, documented.__qualname__)
def no_doc(): pass
print(no_doc.__doc__)
class K:
    def meth(self): pass
    class Inner:
        def deep(self): pass
print(K.meth.__qualname__, K.Inner.deep.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
documented.custom = "attr"
print(documented.custom)
print(callable(documented), type(documented).__name__)
print(documented.__module__)
print((lambda: 0).__name__)
