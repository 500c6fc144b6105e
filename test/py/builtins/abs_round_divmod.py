print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.25, 1), round(1.35, 1), round(123.456, -1))
print(round(17, -1), round(15, -1), round(-15, -1), round(2 ** 70 + 1, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(5, 3, 13), pow(7, -1, 11), pow(-2, 3, 5), pow(10, 100, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print("ValueError", e)
