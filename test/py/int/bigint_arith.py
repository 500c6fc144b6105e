a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b), -a // b, -a % b)
print(a ** 3)
print(a >> 50, a << 10, a & (b - 1), a | b, a ^ b)
print(-a, abs(-a), ~a, -(-a) == a)
print(10 ** 50 // 7, 10 ** 50 % 7, (10 ** 50) / (10 ** 49))
x = 1
for i in range(1, 40):
    x *= i
print(x, len(str(x)))
print(int("9" * 60) + 1)
print(12345678901234567890 * 98765432109876543210)
