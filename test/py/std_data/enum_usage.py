from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1, isinstance(Color.BLUE, Color))
print([c.name for c in Color], {c: c.value for c in Color}[Color.GREEN])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(2))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm.R.value, Perm.X.value, bool(Perm(0)))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)
class Shape(Enum):
    SQUARE = "sq"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print(Shape.SQUARE.describe(), Shape("sq"))
