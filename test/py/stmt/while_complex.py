a, b = 0, 1
fibs = []
while len(fibs) < 10 and b < 1000:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
stack = [1, [2, [3, [4, []]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[1] if len(stack) > 1 else []
print(depth)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
