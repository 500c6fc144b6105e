def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("pt")
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Pt(1, "a"), registry["pt"] is Pt)
