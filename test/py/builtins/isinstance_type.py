class Base: pass
class Child(Base): pass
c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, object), isinstance(Base(), Child))
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance(True, int), isinstance(1, bool))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(bool, (str, int)), issubclass(int, object))
print(type(c) is Child, type(c) == Base, type(1), type("s"), type(None), type(type))
print(type(Child), type(c).__name__, type(1.0).__name__, type([]).__name__, type({}).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(range(1)).__name__, type(print).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
T = type("T", (Base,), {"x": 5})
print(T.__name__, T.x, issubclass(T, Base), T().x)
print(int.__name__, Child.__bases__, Base.__bases__, Child.__mro__)
