for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 40, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(format(10, "x"), format(10, "o"), format(10, "b"), format(10, "#b"), format(-10, "x"))
