big = 10 ** 40
print(big > 10 ** 39, big == 10 ** 40, big < -big, -big < 0)
print(big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(big > 1e39, big < 1e41, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(big, 3), min(-big, 0), sorted([big, -big, 0, 1]))
print(hash(big) == hash(big), big in {big}, bool(big), bool(big - big))
print(float(2 ** 64), float(-(2 ** 70)), int(1e20), int(-1.5e18))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 64).bit_length(), (2 ** 64 - 1).bit_length(), (-(2 ** 64)).bit_length())
