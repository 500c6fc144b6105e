inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(repr(inf), str(nan), [inf, nan], (-inf,))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(int(2.9), int(-2.9))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(max(1.0, nan), max(nan, 1.0), sorted([3.0, 1.0, 2.0]))
