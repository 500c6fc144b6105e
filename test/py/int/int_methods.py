print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
print((42).as_integer_ratio(), (5).__index__() if hasattr(5, "__index__") else None)
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (0b1011).bit_count())
print(type(True.real).__name__, int(True), isinstance(True, int))
print((2 ** 70).to_bytes(10, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
