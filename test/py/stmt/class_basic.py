class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(p.move(1, 1).norm2())
print(Point.dims, p.dims, Point.__name__, Point.__doc__)
q = Point(0, 0)
q.dims = 3
print(q.dims, Point.dims)
print(type(p).__name__, isinstance(p, Point))
print(Point.norm2(p))
m = p.norm2
print(m())
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything)
print(sorted(vars(p).items()))
