# ctypes callbacks (CFUNCTYPE) taking Structures by value, called from C (test/c/ffitest.c): a
# small struct, a struct mixing int and double, a large struct passed in memory with nested
# structures and arrays; the callback's copy is its own; a Structure restype is refused as
# CPython refuses it; Structure arguments and results of plain calls for comparison.
from ctypes import *

lib = CDLL('../../c/build/libffitest.so')


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


class ByValue(Structure):
    _fields_ = [('a', c_int), ('b', c_double)]


class Padded(Structure):
    _fields_ = [('c', c_char), ('d', c_double), ('s', c_short)]


class Nested(Structure):
    _fields_ = [('tag', c_char), ('p', Point), ('pad', Padded), ('arr', c_int * 3), ('name', c_char * 5)]


seen = []
POINT_CB = CFUNCTYPE(c_int, Point)


def point_cb(p):
    seen.append((type(p).__name__, p.x, p.y))
    return p.x * 10 + p.y


cb = POINT_CB(point_cb)
lib.call_point_cb.argtypes = [POINT_CB, c_int, c_int]
print(lib.call_point_cb(cb, 3, 4), lib.call_point_cb(cb, -1, 2), seen)
print(cb(Point(5, 6)))

NESTED_CB = CFUNCTYPE(c_double, Nested, c_int)


def nested(n, k):
    print(n.tag, n.p.x, n.p.y, n.pad.c, n.pad.d, n.pad.s, list(n.arr), n.name, k, sizeof(n))
    return n.p.x + n.p.y + sum(n.arr) + k + 0.5


lib.call_nested_cb.restype = c_double
print(lib.call_nested_cb(NESTED_CB(nested)))


def scribble(p):
    p.x = 7
    p.y = 8
    return p.x + p.y


print(lib.call_point_cb_keeps(POINT_CB(scribble)))

BV_CB = CFUNCTYPE(c_int, ByValue, c_int)
print(BV_CB(lambda v, k: int(v.a * k + v.b))(ByValue(6, 0.5), 3))

# a Structure restype is not supported for callbacks (the prototype itself is fine)
MAKER = CFUNCTYPE(Point, c_int, c_int)
try:
    MAKER(lambda a, b: Point(a, b))
except TypeError as e:
    print('TypeError:', e)

# by value in plain calls
lib.byvalue_sum.argtypes = [ByValue]
lib.byvalue_sum.restype = c_double
lib.byvalue_make.restype = ByValue
made = lib.byvalue_make(2, c_double(0.75))
print(lib.byvalue_sum(made), made.a, made.b)
