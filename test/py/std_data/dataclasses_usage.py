from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2), asdict(p), astuple(Point(3, 4)))
print(replace(p, y=5), [f.name for f in fields(Point)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    name: str
    qty: int = field(default=0, repr=False)
    def __post_init__(self):
        self.name = self.name.title()
print(Inventory("widget box", 3), Inventory("x").qty)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, [], 3), Child(1))
