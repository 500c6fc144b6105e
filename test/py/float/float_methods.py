print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(float("  1.5  "), float("-1e3"), float("+.5"), float("1_000.5"), float(" inf "))
try:
    float("1.2.3")
except ValueError as e:
    print("ValueError", e)
try:
    float("")
except ValueError as e:
    print("ValueError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()), float(True), float(10 ** 20))
