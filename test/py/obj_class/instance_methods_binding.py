class C:
    def m(self, x):
        return (self.tag, x)
a, b = C(), C()
a.tag, b.tag = "a", "b"
bound = a.m
print(bound(1), C.m(b, 2), bound.__self__ is a, bound.__func__ is C.m)
print(a.m == a.m, a.m == b.m)
def free(self):
    return "free " + self.tag
C.extra = free
print(a.extra())
a.instance_fn = lambda: "no self"
print(a.instance_fn())
fns = [o.m for o in (a, b)]
print([f("z") for f in fns])
