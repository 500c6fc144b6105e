from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict
def greet(name: str, times: int = 1) -> str:
    return ("hi " + name + " ") * times
print(greet("x", 2), greet.__annotations__)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int](5).get(), Box("s").get())
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 2000}
print(m, Movie.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str])
x: int = 5
print(__annotations__)
print(int | None, list[int] | None)
