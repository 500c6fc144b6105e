a = f'hello {name}!'
b = f"{x!r} {y!s} {z!a}"
c = f'{x:>10} {y:{width}.{prec}f}'
d = f'{x=}' f"{y = }" f'{z=!s}' f'{w=:>4}'
e = f'{{literal}} {x} }}'
f = 'plain' f'{x}' 'tail'
g = f''
h = f'{x + 1:{"nested"}}'
i = rf'raw {x} \n' fR'{y}' Rf'{z}' FR'x'
j = f'''triple {
    x
} quoted'''
k = f'{ x }'
l = f'{a["key"]} {b[0]!r:^5}'
m = f'{lambda_: 1}' if 0 else 1
n = f"{x:{'>'}{10}}"
o = f'\n{x}\t'
p = f'{3.14:.2f}'
q = f'{x!r:>{w}}'
r = F'{x}'
s = f'{(lambda y: y)(1)}'
t = f'{a}{b}{c}'
u = f'{x,y}'
v = f'{"a" "b"}'
w = f'{x:}'
