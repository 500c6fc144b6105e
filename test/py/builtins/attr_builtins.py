class C:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
c = C()
print(getattr(c, "a"), getattr(c, "cls_attr"), getattr(c, "zz", "default"), hasattr(c, "a"), hasattr(c, "zz"))
setattr(c, "b", 2)
print(c.b, getattr(c, "b"), sorted(vars(c)))
delattr(c, "a")
print(hasattr(c, "a"), sorted(vars(c)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
setattr(C, "added", lambda self: "method added")
print(c.added())
print(getattr(C, "cls_attr"), getattr([], "append").__name__, hasattr("", "upper"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
