import math
for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print(round(math.sin(x), 10), round(math.cos(x), 10), round(math.tan(x), 6) if abs(math.cos(x)) > 1e-9 else "inf")
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.atan(1) * 4)
print(math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(round(math.asinh(1), 12), round(math.acosh(2), 12), round(math.atanh(0.5), 12))
