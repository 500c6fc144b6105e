def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def modify_after():
    x = 1
    def get():
        return x
    x = 2
    return get
print(modify_after()())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(make_adder.__code__.co_cellvars if hasattr(make_adder, "__code__") else None, add5.__code__.co_freevars)
