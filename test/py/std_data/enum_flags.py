from enum import Flag, IntFlag, Enum, IntEnum, auto, StrEnum, unique
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
for C in (Perm, P):
    a = C.R | C.W
    print(repr(a), str(a), format(a), list(a), repr(C(0)), str(C(0)), repr(~C.R), list(C), list(C.__members__))
    print(repr(C(7)), a.name, C(0).name, bool(C(0)), len(C), C.R in a)
try:
    P(8)
except ValueError as e:
    print(repr(e))
print(repr(Perm(8)), Perm(9), repr(Perm.R + 1), Perm.R.value, type(Perm.R | 1))
class C(Enum):
    A = 1
print(C, repr(C), P, Perm, C.__members__, C.A in C, C.A.__class__, hash(C.A) == hash('A'))
class S(StrEnum):
    X = auto()
    Y = "why"
print(repr(S.X), str(S.X), format(S.X), S.Y.upper(), S("why"))
print(repr(IntEnum('Q', 'a b')), list(Enum('W', 'x y z')), list(Enum('V', [('a', 5)])), list(Enum('U', {'k': 'v'})))
print(format(C.A), f"{C.A:>10}|", f"{IntEnum('Q', 'a b').a:>5}")
class E(Enum):
    _ignore_ = ['x']
    a = 1
    def f(self):
        return self.name * 2
    x = 3
print(list(E), E.__members__, E.a.f())
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 3, Num.ONE == 1, Num(2), Num['TWO'], str(Num.ONE), f"{Num.ONE}", repr(Num.ONE), max(Num))
print(sorted(Num, reverse=True), Num.ONE < Num.TWO, int(Num.TWO), Num.TWO.value, isinstance(Num.ONE, int))
class Color(Enum):
    RED = 1
    GREEN = 2
    def __str__(self):
        return self.name.lower()
print(str(Color.RED), f"{Color.GREEN}", repr(Color.RED), Color.RED.name, Color.RED < Color.GREEN if False else "")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError", e)
try:
    class Bad(Enum):
        A = 1
    class Worse(Bad):
        B = 2
except TypeError as e:
    print("TypeError", e)
class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == "x" else None
print(Missing("x"), Missing.A is Missing("a"))
try:
    Missing("q")
except ValueError as e:
    print("ValueError", e)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ALPHA = auto()
    BETA = auto()
print(list(Ord), [m.value for m in Ord])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
