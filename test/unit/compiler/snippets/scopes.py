x = 1
def f():
    global x
    x = 2
    def g():
        return x
    return g
def h():
    y = 1
    def i():
        def j():
            return y
        return j
    return i
def k(a):
    a = a + 1
    del a
    def m():
        nonlocal_b = 1
        return nonlocal_b
    return m
def shadow():
    len = 5
    return len
def uses_builtin():
    return len([])
def del_cell():
    c = 1
    def inner():
        return c
    del c
    return inner
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1
def late_global():
    def inner():
        return late
    return inner
late = 1
