print(2 ** 100)
print(pow(2, 100) == 2 ** 100, 3 ** 0, 0 ** 5, (-1) ** 1001)
print(10 ** -2, type(10 ** -2).__name__, 4 ** 0.5)
print(pow(3, 4, 5), pow(2, 1000, 97), pow(-3, 3, 7), pow(3, -1, 7))
print((-8) ** 2, -8 ** 2, 2 ** -1 ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
print(1.5 ** 2, 2 ** 0.5 * 2 ** 0.5, 10.0 ** 20, 10.0 ** -5)
