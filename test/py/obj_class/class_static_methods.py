class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def helper(x, y):
        return x + y
class Sub(Counter):
    pass
Counter.make_many(2)
Sub.make_many(1)
print(Counter.created(), Sub.created(), Counter().created())
print(Counter.helper(1, 2), Counter().helper(3, 4), Sub.helper("a", "b"))
print(type(Sub.make_many(0)).__name__, type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["created"]).__name__)
print(Counter.created.__self__ is Counter, Sub.created.__self__ is Sub)
