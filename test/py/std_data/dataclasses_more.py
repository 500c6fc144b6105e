from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, FrozenInstanceError, KW_ONLY
from typing import ClassVar, List
@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list, compare=False)
    z: ClassVar[int] = 10
    w: int = field(default=5, init=False)
a = A(1)
print(a, A.z, a == A(1, [9]), [f.name for f in fields(A)], is_dataclass(a), is_dataclass(A), is_dataclass(1))
print(A.__init__.__qualname__, A.__repr__.__qualname__, A.__eq__(a, 1), A.__hash__, A.__match_args__)
try:
    A()
except TypeError as e:
    print("TypeError", e)
try:
    replace(a, w=3)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class B:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class M:
        x: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass(frozen=True)
class F:
    x: int
    y: str = "s"
f = F(1)
print(f, hash(f) == hash((1, "s")), f == F(1, "s"), {f: 1}[F(1)])
for op in (lambda: setattr(f, "x", 2), lambda: delattr(f, "y"), lambda: setattr(f, "new", 1)):
    try:
        op()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(Kw(1, c=5), Kw(2, b=3))
@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = 2
print(AllKw(p=1))
try:
    AllKw(1)
except TypeError as e:
    print("TypeError", e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(order=True)
class O:
    k: int
    name: str = field(compare=False, default="")
print(sorted([O(3, "c"), O(1, "a"), O(2)]), O(1) <= O(1), O(2) > O(1))
try:
    O(1) < 5
except TypeError as e:
    print("TypeError", e)
@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(asdict(t))
print(astuple(t))
Pt = make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=0))])
print(Pt(1, 2), fields(Pt)[1].type, Pt(1, 2) == Pt(1, 2, 0))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False, default=0)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1) == H(1, 0))
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, "__dict__"))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
