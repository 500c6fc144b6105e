log = []
def k(x):
    log.append(f"k{x}")
    return x
def v(x):
    log.append(f"v{x}")
    return x
d = {k(1): v("a"), k(2): v("b")}
print(d, log)
log.clear()
s = {k(3), k(1), k(2)}
print(sorted(s), log)
log.clear()
lst = [k(i) for i in range(3)]
print(lst, log)
log.clear()
def f(a, b, c):
    return a, b, c
print(f(k(1), k(2), c=k(3)), log)
log.clear()
x = k(1) + k(2) * k(3)
print(x, log)
