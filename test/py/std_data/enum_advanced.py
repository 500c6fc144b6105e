from enum import Enum, IntFlag, unique, auto
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet.EARTH.radius)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Alias(Enum):
    ONE = 1
    UNO = 1
print(Alias.UNO, Alias.UNO is Alias.ONE, list(Alias), list(Alias.__members__))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R & 6, list(Perm(6)))
class Ordinal(str, Enum):
    FIRST = "1st"
print(Ordinal.FIRST == "1st", Ordinal.FIRST.upper(), f"{Ordinal.FIRST.value}")
