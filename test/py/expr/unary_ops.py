print(-5, +5, -(-5), --5, -+-5, ~5, ~~5, not 5, not not 5)
print(-0, -0.0, +0.0, -(2 ** 100), ~(2 ** 100), -True, +False, ~False)
print(-(3 - 5), -3 ** 2, (-3) ** 2, - 3 * 2, not 1 + 1 == 3)
x = 7
print(-x, ~x, -~x, ~-x, +x)
class N:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
print(-N(), +N(), ~N())
