x: int = 1
y: "str"
obj.attr: int = 2
obj.other: int
d[0]: float
class C:
    a: int
    b: list = []
    __private: int = 3
def f(a: int, /, b: str = "x", *args: tuple, c: float, d: "D" = None, **kw: dict) -> bool:
    local: int = 5
    unused: str
    return local
