a = None
print(a is None, a is not None, not a)
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(True is True, False is not True, (x is y) is True)
print(type(1) is int, type(True) is bool, type(True) is not int)
class C:
    pass
c1 = C()
c2 = c1
print(c1 is c2, C() is C(), c1 == c2, C() == C())
print(... is Ellipsis, NotImplemented is NotImplemented)
