# ctypes callbacks: CFUNCTYPE prototypes wrapping Python callables, called by C once or many
# times; libc qsort with a Python comparator on ints and on structures; a deterministic
# insertion sort; a callback stored by C; pointers and strings passed to callbacks.
from ctypes import *
import ctypes.util

lib = CDLL('../../c/build/libffitest.so')
libc = CDLL(ctypes.util.find_library('c'))

INT_CB = CFUNCTYPE(c_int, c_int)
seen = []
def square(v):
    seen.append(v)
    return v * v
cb = INT_CB(square)
print(lib.call_n_times(cb, 5), seen, cb(7))
print(CFUNCTYPE(c_int, c_int) is INT_CB)

DOUBLE_CB = CFUNCTYPE(c_double, c_double, c_double)
lib.call_double_cb.argtypes = [DOUBLE_CB, c_double, c_double]
lib.call_double_cb.restype = c_double
print(lib.call_double_cb(DOUBLE_CB(lambda a, b: a * b), 1.5, 4.0))

got = []
STR_CB = CFUNCTYPE(None, c_char_p)
lib.call_void_cb(STR_CB(got.append), b'hi from C')
print(got)

# qsort with a Python comparator
CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
def py_cmp(a, b):
    return a[0] - b[0]
values = (c_int * 7)(5, -3, 9, 1, 7, 0, 2)
qsort = libc.qsort
qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMPFUNC]
qsort.restype = None
qsort(values, len(values), sizeof(c_int), CMPFUNC(py_cmp))
print(list(values))
qsort(values, len(values), sizeof(c_int), CMPFUNC(lambda a, b: b.contents.value - a.contents.value))
print(list(values))

# the insertion sort calls the comparator in a known order
log = []
def logged(a, b):
    log.append((a[0], b[0]))
    return a[0] - b[0]
xs = (c_int * 3)(3, 1, 2)
lib.my_sort(xs, 3, sizeof(c_int), CMPFUNC(logged))
print(list(xs), log)

# sorting structures by a field
class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]
PCMP = CFUNCTYPE(c_int, POINTER(Point), POINTER(Point))
pts = (Point * 4)(Point(0, 20), Point(1, 40), Point(2, 10), Point(3, 30))
qsort.argtypes = [c_void_p, c_size_t, c_size_t, PCMP]
qsort(pts, 4, sizeof(Point), PCMP(lambda a, b: b.contents.y - a.contents.y))
print([(p.x, p.y) for p in pts])

# stored by C and called later
twice = INT_CB(lambda v: 2 * v)
lib.store_cb(twice)
print(lib.call_stored(21))
lib.store_cb(None)
print(lib.call_stored(21))

# a void * through a callback
PTR_CB = CFUNCTYPE(c_void_p, c_void_p)
lib.call_ptr_cb.restype = c_void_p
lib.call_ptr_cb.argtypes = [PTR_CB, c_void_p]
print(hex(lib.call_ptr_cb(PTR_CB(lambda p: p + 1), 0x100)))

# 64-bit values
I64_CB = CFUNCTYPE(c_int64, c_int64)
lib.call_i64_cb.restype = c_longlong
lib.call_i64_cb.argtypes = [I64_CB, c_int64]
print(lib.call_i64_cb(I64_CB(lambda v: v * 2), 2 ** 40) == 2 ** 41)

# a C function as a prototype instance
abs_fn = CFUNCTYPE(c_int, c_int)(('abs', libc))
print(abs_fn(-8))
addr = cast(libc.abs, c_void_p).value
print(CFUNCTYPE(c_int, c_int)(addr)(-9))
