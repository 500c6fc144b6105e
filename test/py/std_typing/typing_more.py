import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar, NamedTuple, TypedDict, Literal, Final, ClassVar,
                    cast, overload, TYPE_CHECKING, get_type_hints, NewType, Annotated, get_origin, get_args, Protocol,
                    runtime_checkable)
print(Any, Union[int, None], Optional[Union[int, str]], Union[int, Union[str, int]], Union[int], List, Dict)
print(Tuple[()], Tuple[int, str], Set[int], FrozenSet[str], Callable[..., int], Callable[[], None], Iterable[int])
print(Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, List[int]], Literal[1, "a"], Final[int], ClassVar[int])
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int], TYPE_CHECKING)
T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", int, str, covariant=True)
print(T, K, V, T.__name__, K.__bound__, V.__constraints__, List[T], Dict[str, T][int])
print(cast(int, "x"), cast("List[int]", 3))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
P = NamedTuple("P", [("x", int), ("y", float)])
print(P(1, 2.0), P._fields, P.__annotations__)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self):
        return f"{self.name}#{self.id}"
print(Emp("a"), Emp("b", 4).describe(), Emp._field_defaults, isinstance(Emp("a"), tuple))
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="x")
print(m, type(m), Movie.__total__, sorted(Movie.__optional_keys__))
Pt = TypedDict("Pt", {"x": int, "y": int})
print(Pt(x=1, y=2), Pt.__annotations__)
def g(a: "int", b: List["str"]) -> Optional[int]:
    pass
print(get_type_hints(g))
class Hinted:
    a: int
    b: "str"
print(get_type_hints(Hinted))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
A = Annotated[int, "meta"]
print(A, get_args(A), get_origin(A) is Annotated)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class Res:
    def close(self):
        pass
print(isinstance(Res(), Closable), isinstance(1, Closable), isinstance([], typing.Iterable), isinstance(1, typing.Hashable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
print(typing.Text, typing.AnyStr, typing.SupportsInt, isinstance(3, typing.SupportsInt))
