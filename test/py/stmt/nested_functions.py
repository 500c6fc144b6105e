def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), sorted(ops))
def conditional(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional(True), conditional(False))
def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def redefine():
    def g(): return 1
    first = g()
    def g(): return 2
    return first, g()
print(redefine())
