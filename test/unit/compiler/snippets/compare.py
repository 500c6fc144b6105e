a < b
a < b < c
a < b <= c == d != e > f >= g
a is b, a is not b, a in b, a not in b
if a < b < c:
    pass
if not (a is b):
    pass
x = a in [1, 2, 3]
y = a not in {1, 2, 3}
z = a in [b, c]
while 0 < x < 10:
    x += 1
