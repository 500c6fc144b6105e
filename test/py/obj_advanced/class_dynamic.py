def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "dynamic"})
p = Point(21)
print(p.double(), Point.kind, Point.__name__, type(Point).__name__)
Sub = type("Sub", (Point,), {})
print(Sub(2).double(), Sub.__mro__[1].__name__)
class Base:
    pass
setattr(Base, "greet", lambda self: "hi")
print(Base().greet())
print(type(p) is Point, isinstance(p, object), Point.__dict__["kind"])
C = type("C", (), {})
C.x = 5
print(C().x, C.__bases__)
