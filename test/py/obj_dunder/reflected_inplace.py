class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self + other
    def __iadd__(self, other):
        print("__iadd__", other)
        self.cents += other if isinstance(other, int) else other.cents
        return self
m = Money(100)
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2)]))
alias = m
m += 10
print(m, alias is m)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
keep = n
n += 1
print(n.v, keep.v, n is keep)
class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ wins")
        return Money(-1)
print(Money(1) + Sub(2))
