# ctypes Structure and Union: _fields_, field descriptors (.offset, .size, CPython's repr),
# padding as GCC lays it out, _pack_, nested structures and arrays, bitfields, unions,
# structures passed by pointer and by value, a struct the C library owns, linked structures.
from ctypes import *

lib = CDLL('../../c/build/libffitest.so')

class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]

print(Point.x, Point.y, Point.x.offset, Point.y.offset, Point.y.size, sizeof(Point), alignment(Point))
p = Point(3, 4)
print(p.x, p.y, Point(y=9).y, Point().x)
lib.point_fill(byref(p), 10, 20)
print(p.x, p.y, lib.point_sum(byref(p)), lib.point_sum(pointer(p)))
p.y = 2 ** 32 + 2
print(p.y)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

class Padded(Structure):
    _fields_ = [('c', c_char), ('d', c_double), ('s', c_short)]
print([getattr(Padded, n).offset for n in ('c', 'd', 's')], sizeof(Padded), Padded.d)
pad = Padded()
lib.padded_fill(byref(pad))
lib.padded_sum.restype = c_double
print(pad.c, pad.d, pad.s, lib.padded_sum(byref(pad)))

class Nested(Structure):
    _fields_ = [('tag', c_char), ('p', Point), ('pad', Padded), ('arr', c_int * 3), ('name', c_char * 5)]
print([getattr(Nested, n).offset for n in ('tag', 'p', 'pad', 'arr', 'name')], sizeof(Nested), Nested.arr, Nested.name)
n = Nested()
lib.nested_fill(byref(n))
print(n.tag, n.p.x, n.p.y, n.pad.d, list(n.arr), n.name, type(n.p).__name__, type(n.arr).__name__)
lib.nested_sum.restype = c_double
print(lib.nested_sum(byref(n)))
n.p.x = 110                       # writes through into n
n.arr[2] = 13
n.p = Point(1, 2)                 # copies
n.name = b'z'
print(n.p.x, n.p.y, n.arr[2], n.name, lib.nested_sum(byref(n)))
n.arr = (c_int * 3)(7, 8, 9)
print(list(n.arr))

class Number(Union):
    _fields_ = [('i', c_int), ('d', c_double), ('bytes', c_ubyte * 8)]
u = Number()
u.d = 1.0
print(sizeof(Number), Number.i.offset, Number.d.offset, lib.number_as_int(byref(u)), u.bytes[7], u.bytes[6])
u.i = 0x01020304
print(list(u.bytes)[:4])

class Packed1(Structure):
    _pack_ = 1
    _fields_ = [('a', c_char), ('b', c_longlong)]
pk = Packed1(b'x', -5)
lib.packed1_b.restype = c_longlong
print(sizeof(Packed1), Packed1.b.offset, lib.packed1_b(byref(pk)))
class Packed2(Structure):
    _pack_ = 2
    _fields_ = [('a', c_char), ('b', c_int), ('c', c_short), ('d', c_double)]
print(sizeof(Packed2), alignment(Packed2), [getattr(Packed2, k).offset for k in 'abcd'])

class Bits(Structure):
    _fields_ = [('a', c_uint, 3), ('b', c_uint, 5), ('c', c_int, 7)]
bits = Bits(5, 17, -20)
print(sizeof(Bits), bits.a, bits.b, bits.c, lib.bits_sum(byref(bits)))
bits.a = 9
bits.c = 64
print(bits.a, bits.c, lib.bits_sum(byref(bits)))

# by value
class ByValue(Structure):
    _fields_ = [('a', c_int), ('b', c_double)]
lib.byvalue_sum.argtypes = [ByValue]
lib.byvalue_sum.restype = c_double
print(lib.byvalue_sum(ByValue(3, 0.25)))
lib.byvalue_make.restype = ByValue
made = lib.byvalue_make(7, c_double(1.5))
print(type(made).__name__, made.a, made.b)

# a structure the library allocates and frees, read through the pointer it returns
class Owned(Structure):
    _fields_ = [('refcount', c_int), ('value', c_int), ('label', c_char * 16)]
lib.owned_new.restype = POINTER(Owned)
lib.owned_free.argtypes = [POINTER(Owned)]
o = lib.owned_new(99)
print(type(o).__name__, o.contents.refcount, o.contents.value, o.contents.label, o[0].value, lib.owned_live_count())
o.contents.value = 100
print(o.contents.value)
lib.owned_free(o)
print(lib.owned_live_count())

# linked structures (the type completed after the class statement)
class Node(Structure):
    pass
Node._fields_ = [('value', c_int), ('next', POINTER(Node))]
second = Node(2, None)
first = Node(1, pointer(second))
print(first.next.contents.value, bool(first.next), bool(second.next), sizeof(Node))

# inheritance extends the fields
class Point3(Point):
    _fields_ = [('z', c_int)]
q = Point3(1, 2, 3)
print(sizeof(Point3), q.x, q.y, q.z, Point3.z)

# char * fields hold bytes
class Named(Structure):
    _fields_ = [('name', c_char_p), ('id', c_int)]
nm = Named(b'alpha', 1)
print(nm.name, nm.id, Named().name)
nm.name = b'beta'
print(nm.name)

# an array of structures
pts = (Point * 3)(Point(1, 2), Point(3, 4))
print([(q.x, q.y) for q in pts], sizeof(pts))
pts[2] = Point(5, 6)
pts[0].x = 100
print([(q.x, q.y) for q in pts])
