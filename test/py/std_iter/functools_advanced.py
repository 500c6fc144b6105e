import functools
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
@functools.total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) >= Ver(1), Ver(2) > Ver(1), Ver(1) <= Ver(0))
pm = functools.partialmethod
class Cell:
    def set_state(self, state):
        self.state = state
    alive = pm(set_state, True)
cell = Cell()
cell.alive()
print(cell.state)
