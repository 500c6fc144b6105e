import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5)]:
    try:
        fn(arg)
    except (ValueError, TypeError) as e:
        print(fn.__name__, arg, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.floor(1e20))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
