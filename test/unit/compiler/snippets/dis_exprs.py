def g(a, b, *args, **kw):
    if 0 < a <= b:
        a.x += b[1:2]
    yield from h(a, key=b, *args, **kw)
    return [i * b for i in args if i], f"{a!r:>{b}}"
