with a:
    pass
with a as x:
    body(x)
with a as x, b as (y, z):
    body(x, y, z)
def f():
    with open(p) as fh:
        return fh.read()
def g():
    for i in items:
        with lock:
            if i:
                continue
            break
def h():
    with a:
        with b:
            return 1
def k():
    try:
        with c as d:
            raise X
    except X:
        pass
