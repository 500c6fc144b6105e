if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while n > 0:
    n -= 1
    if n == 5:
        break
    if n == 7:
        continue
else:
    done()
for i in range(10):
    for j in items:
        if j:
            continue
        break
    else:
        pass
else:
    print("no break")
while True:
    if stop():
        break
if not a and (b or c):
    pass
while 0:
    never()
if 1:
    always()
x = a if b else c
y = a and b or c
assert x, "message"
assert y
