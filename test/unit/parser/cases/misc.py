print
print(1)
exec = 2
x = a if b else c
x = [*a, *b]
x = {'a': 1, **b}
f(**a, **b)
f(*a, *b)
f(a)(b)
x = a[b][c]
x = (a)
x = ((a, b))
x = (a), (b)
x = not not a
x = a is not None
x = a not in b
x = - 1
x = 1 - - 1
x = (
    1
    + 2
)
x = y = (1, 2)
x = 'a' \
    'b'
i = j = k = []
x = ... if ... else ...
x = [] if [] else {}
x = a[...]
x = a[1:]
x = a[:1]
x = a[::]
x = a[:]
x = a[1,]
x = a[1:2,]
