class Example:
    """Example doc."""
    attr = 1
    def method(self):
        pass
print(Example.__name__, Example.__qualname__, Example.__module__, Example.__doc__)
print(sorted(k for k in Example.__dict__ if not k.startswith("__")))
print(Example.__dict__["attr"], type(Example.__dict__).__name__)
e = Example()
print(e.__class__.__name__, e.__dict__, e.__doc__)
e.__dict__["dyn"] = 7
print(e.dyn)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
print(int.__name__, int.__qualname__, int.__module__, str.__mro__)
