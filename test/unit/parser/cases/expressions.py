x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
y = a | b ^ c & d << 2 >> 3
z = -x ** -y ** 2
w = not a and b or c and not d
v = a < b <= c > d >= e == f != g
u = a in b not in c is d is not e
t = (a if b else c if d else e)
s = lambda: 0
r = lambda x, y=1, *args, z, w=2, **kw: x + y
q = lambda a, /, b, *, c: a
p = (yield)
o = ~a + +b - -c
n = a.b.c(d)[e].f
m = f(a)(b)(c)
l = a[1][2:3][::4][1:2:3, ...]
k = a[b, c]
j = a[:, 1:]
i = a[*b]
h = x if y else z
g = (n := 10)
f2 = [y := 5, y ** 2]
e2 = a or b or c
d2 = a and b and c
c2 = (a or b) or c
b2 = 2 ** 3 ** 4
a2 = (1 + 2) * 3
