for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(0 // 5, 0 % 5, -0 // 3)
print(10 ** 20 // 3, 10 ** 20 % 3, -(10 ** 20) // 3, -(10 ** 20) % 3)
print(1 / 3, 2 / 3, 10 / 4, 10 ** 20 / 10, 3 / -4)
print(2 ** 60 / 2 ** 30, (2 ** 1000) / (2 ** 999))
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
