# ctypes _anonymous_: the fields of anonymous structure/union members become fields of the outer
# type at their absolute offsets (CPython's Field descriptors), recursively, bitfields included;
# errors for a missing or non-structure anonymous member; _anonymous_ set before _fields_. Also
# c_longdouble (x87 extended, 16 bytes) in memory, and the metaclass names.
from ctypes import *


class _U(Union):
    _fields_ = [('i', c_int), ('f', c_float), ('b', c_ubyte * 4)]


class _Inner(Structure):
    _fields_ = [('lo', c_short), ('hi', c_short)]


class Tagged(Structure):
    _anonymous_ = ('u', 'inner')
    _fields_ = [('tag', c_int), ('u', _U), ('inner', _Inner)]


t = Tagged(1)
t.i = 0x01020304
print(t.tag, t.i, list(t.b), t.u.i, Tagged.i, Tagged.u, Tagged.lo, sizeof(Tagged))
t.f = 1.5
print(t.u.f, t.f, t.i)
t.lo, t.hi = 7, -8
print(t.inner.lo, t.inner.hi, t.lo, t.hi, bytes(t).hex())
print(Tagged.i.offset, Tagged.i.size, Tagged.lo.offset, Tagged.hi.offset)
print(Tagged(2, _U(5), _Inner(1, 2)).i, Tagged(2, inner=_Inner(3, 4)).hi)


class AnonU(Union):
    _anonymous_ = ['s']
    _fields_ = [('s', _Inner), ('whole', c_int)]


a = AnonU()
a.whole = 0x00050006
print(a.lo, a.hi, AnonU.lo, sizeof(AnonU))


class Outer(Structure):
    _anonymous_ = ('t',)
    _fields_ = [('x', c_char), ('t', Tagged)]


o = Outer()
o.i = 42
o.hi = 3
print(o.t.i, o.i, o.hi, Outer.i.offset, Outer.hi.offset, Outer.t.offset, hasattr(Outer, 'u'))

try:
    class Bad(Structure):
        _anonymous_ = ('nope',)
        _fields_ = [('x', c_int)]
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Bad2(Structure):
        _anonymous_ = ('x',)
        _fields_ = [('x', c_int)]
except AttributeError as e:
    print('AttributeError:', e)


class Late(Structure):
    _anonymous_ = ('in_',)


Late._fields_ = [('in_', _Inner), ('z', c_int)]
late = Late()
late.lo = 9
print(late.in_.lo, late.lo, late.z)


class B(Structure):
    _fields_ = [('a', c_uint, 3), ('b', c_uint, 5)]


class MidB(Structure):
    _anonymous_ = ('bb',)
    _fields_ = [('pad', c_int), ('bb', B)]


class TopB(Structure):
    _anonymous_ = ('m',)
    _fields_ = [('x', c_short), ('m', MidB)]


tb = TopB()
tb.a, tb.b = 5, 17
print(tb.m.bb.a, tb.m.bb.b, tb.a, tb.b, TopB.a, TopB.b, bytes(tb).hex())

# long double: 16 bytes, the 80-bit value in the first 10
print(sizeof(c_longdouble), alignment(c_longdouble), c_longdouble(1.5), c_longdouble(-0.0).value)
for v in (0.1, -3.25, 1e300, 5e-324, 1e-310, float('inf'), 123456789.125):
    x = c_longdouble(v)
    print(repr(x.value), string_at(addressof(x), 10).hex())


class LD(Structure):
    _fields_ = [('c', c_char), ('ld', c_longdouble), ('i', c_int)]


print(sizeof(LD), LD.ld.offset, LD.i.offset, LD(b'a', 2.5, 3).ld, list((c_longdouble * 3)(1, 2.5, -4)))

print(type(Structure).__name__, type(Union).__name__, type(c_int).__name__, type(c_int * 2).__name__,
      type(POINTER(c_int)).__name__, type(CFUNCTYPE(c_int)).__name__, type(Tagged))
