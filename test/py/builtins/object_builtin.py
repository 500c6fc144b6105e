o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(object.__name__, object.__bases__, type.__bases__, isinstance(type, object), isinstance(object, type))
class Plain:
    pass
p = Plain()
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"), Plain.__module__)
print(p.__class__ is Plain, Plain.__class__ is type, Plain.__mro__)
