funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def g():
        return i * 10
    funcs.append(g)
print([g() for g in funcs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_closures():
    out = []
    for name in ["a", "b"]:
        def bind(n):
            return lambda: n.upper()
        out.append(bind(name))
    return out
print([c() for c in make_closures()])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print(adders[2](40))
