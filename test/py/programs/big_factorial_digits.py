f = 1
for i in range(2, 101):
    f *= i
s = str(f)
print(len(s), sum(int(c) for c in s), s[:20], s.rstrip("0")[-5:], len(s) - len(s.rstrip("0")))
print(2 ** 1000 % 1000007, len(str(3 ** 500)), (7 ** 222) // (7 ** 220))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, str(fib[-1])[:10])
