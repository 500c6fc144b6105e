x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], "f" in g, g["__name__"])
g["created_dynamically"] = "yes"
print(created_dynamically)
print(sorted(k for k in globals() if not k.startswith("__")))
def outer():
    v = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
