class A:
    x = 1
    def m(self):
        return "method"
a = A()
a.y = 2
print(a.x, a.y, a.m(), A.x)
print((1).real, (3.5).imag, "abc".upper())
print((2).__add__(3), "x".__len__())
print(a.m.__name__, A.m.__name__, A.__name__)
class Chain:
    pass
c = Chain()
c.next = Chain()
c.next.next = Chain()
c.next.next.value = "deep"
print(c.next.next.value)
print(getattr(a, "x"), getattr(a, "nope", "dflt"))
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    (5).nope
except AttributeError as e:
    print("AttributeError", e)
