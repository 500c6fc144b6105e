class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p, q = Point(1, 2), Point(1, 2)
print(p, [p], str(p), p == q, p is q, p != q, p == (1, 2))
print(len({p, q}), {p: "v"}[q])
class NoHashEq:
    def __eq__(self, other):
        return True
print(NoHashEq.__hash__ is None, NoHashEq() == 5)
