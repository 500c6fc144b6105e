a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(+a, -a, -(-a), ~a, ~-a)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(7 / 7, type(7 / 7).__name__, 10 // 3 * 3 + 10 % 3)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2)
print(True + True, True * 3, False - 1)
