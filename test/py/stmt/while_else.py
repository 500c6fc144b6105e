n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("else ran", n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("after break", n)
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print("even", i)
else:
    print("done", i)
while False:
    pass
else:
    print("else on false")
