out = []
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    out.append(i)
print(out)
i = 0
res = []
while True:
    i += 1
    if i > 20:
        break
    if i % 4:
        continue
    res.append(i)
print(res)
for a in range(3):
    for b in range(3):
        if b > a:
            continue
        print(a, b, end="; ")
print()
for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)
