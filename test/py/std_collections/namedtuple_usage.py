from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), tuple(p), len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), Point._make([5, 6]))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9), Point(1, 0)))
class P3(namedtuple("P3", "a b c")):
    def total(self):
        return self.a + self.b + self.c
print(P3(1, 2, 3).total(), P3(1, 2, 3))
try:
    Point(1)
except TypeError as err:
    print("TypeError", err)
