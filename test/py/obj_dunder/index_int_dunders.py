class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = ["a", "b", "c", "d"]
print(data[Idx(1)], data[Idx(0):Idx(2)], "xyz"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print([0] * Idx(2), operator_index := Idx(7).__index__())
class Numberish:
    def __int__(self):
        return 10
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded to {n}"
    def __trunc__(self):
        return 9
n = Numberish()
print(int(n), float(n), round(n), round(n, 2))
import math
print(math.trunc(n))
try:
    data[Numberish()]
except TypeError as e:
    print("TypeError", e)
