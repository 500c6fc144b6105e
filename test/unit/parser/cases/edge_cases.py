x = '\777' '\x41\u0041\U00000041'; x2 = b'\777\x41'
y = f'{x!r:{"^"}{10}}' f"{'a' if x else 'b'}" f'{x:%Y-%m-%d}'
z = f'{a:{b}{c}}' f'{{}}' f'{x}}}' f'{{{x}'
w = f'''{
x
+ y}'''
v = (a
     .b
     .c())
u = [
    x  # c
    for x in y  # d
]
def f(a, b=(1, 2), *, c=lambda: 0): ...
class A(B, C): x: int = 1; y = 2
t = a if b else(c)
s = {**a}
r = {1: 2, **b, 3: 4}
q = a[b:c, d:e:f, ...]
p = a @ b @ c
o = a < b < c
n = a ** b ** c
m = (yield x)
l = lambda *a, **k: (a, k)
k = lambda *, a: a
j = x if (y := 1) else z
def g(): return (yield from x)
i = not (a and b)
h = [*range(3)]
global_ = 1; del (x), [y], z.a
e = f"{x=!r:^20}"
d = f'{x!s:{w}.{p}}'
