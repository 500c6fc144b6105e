class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base(x={self.x})"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Mid.__init__", y)
    def describe(self):
        return "Mid+" + super().describe()
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return "Leaf+" + super(Leaf, self).describe()
l = Leaf()
print(l.describe(), l.x, l.y)
class WithClassMethod(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
obj = WithClassMethod.make()
print(type(obj).__name__, hasattr(obj, "x"))
