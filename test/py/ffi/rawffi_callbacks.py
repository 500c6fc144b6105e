# Callbacks: Python callables as C function pointers (_rawffi.CallbackPtr), called by C once or
# many times, with ints, doubles, 64-bit values, pointers and strings; libc qsort and a
# deterministic insertion sort with Python comparators; a SQLite-UDF-shaped (ctx, argc, argv)
# callback; a stored callback called later.
import _rawffi
import _ffi
from _ffi import types

lib = _rawffi.CDLL('../../c/build/libffitest.so')
I = _rawffi.Array('i')

seen = []
def square(i):
    seen.append(i)
    return i * i

cb = _rawffi.CallbackPtr(square, ['i'], 'i')
call_n_times = lib.ptr('call_n_times', ['P', 'i'], 'i')
print('call_n_times(square, 5) =', call_n_times(cb, 5), ' seen =', seen)   # 0 + 1 + 4 + 9 + 16
print('buffer is an address:', cb.buffer > 4096, ' byptr:', cb.byptr()[0] == cb.buffer)

mul = _rawffi.CallbackPtr(lambda a, b: a * b, ['d', 'd'], 'd')
print('call_double_cb(a*b, 1.5, 4.0) =', lib.ptr('call_double_cb', ['P', 'd', 'd'], 'd')(mul, 1.5, 4.0))
inc_ptr = _rawffi.CallbackPtr(lambda p: p + 1, ['P'], 'P')
print('call_ptr_cb(p+1, 0x100) =', hex(lib.ptr('call_ptr_cb', ['P', 'P'], 'P')(inc_ptr, 0x100)))
dbl = _rawffi.CallbackPtr(lambda v: v * 2, ['q'], 'q')
print('call_i64_cb(v*2, 2**40) == 2**41:', lib.ptr('call_i64_cb', ['P', 'q'], 'q')(dbl, 2 ** 40) == 2 ** 41)
wrapped = _rawffi.CallbackPtr(lambda v: v * 2, ['q'], 'q')
print('call_i64_cb(v*2, 2**62) wraps:', lib.ptr('call_i64_cb', ['P', 'q'], 'q')(wrapped, 2 ** 62))
got = []
say = _rawffi.CallbackPtr(lambda s: got.append(s), ['z'], None)
lib.ptr('call_void_cb', ['P', 'z'], None)(say, b'hi from C')
print('call_void_cb passed:', got)

# stored by C, called later
store_cb = lib.ptr('store_cb', ['P'], None)
call_stored = lib.ptr('call_stored', ['i'], 'i')
twice = _rawffi.CallbackPtr(lambda x: 2 * x, [types.sint], types.sint)   # _ffi types work too
store_cb(twice)
print('call_stored(21) =', call_stored(21))
store_cb(None)
print('call_stored after store_cb(NULL) =', call_stored(21))

# libc qsort with a Python comparator on ints
def compare_ints(pa, pb):
    a = I.fromaddress(pa, 1)[0]
    b = I.fromaddress(pb, 1)[0]
    return (a > b) - (a < b)

values = I(7, [5, -3, 9, 1, 7, 0, 2])
cmp = _rawffi.CallbackPtr(compare_ints, ['P', 'P'], 'i')
qsort = _rawffi.CDLL('c').ptr('qsort', ['P', 'L', 'L', 'P'], None)
qsort(values, 7, 4, cmp)
print('qsort ->', [values[k] for k in range(7)])
values.free()

# the insertion sort calls the comparator in a known order: (3,1) (3,2) (1,2) for [3, 1, 2]
log = []
def logged(pa, pb):
    a = I.fromaddress(pa, 1)[0]
    b = I.fromaddress(pb, 1)[0]
    log.append((a, b))
    return a - b
xs = I(3, [3, 1, 2])
lib.ptr('my_sort', ['P', 'L', 'L', 'P'], None)(xs, 3, 4, _rawffi.CallbackPtr(logged, ['P', 'P'], 'i'))
print('my_sort ->', [xs[k] for k in range(3)], ' comparisons:', log)
xs.free()

# sorting structures by a field, descending
Point = _rawffi.Structure([('x', 'i'), ('y', 'i')])
pts = _rawffi.Array(Point)(4)
for k, y in enumerate([20, 40, 10, 30]):
    pts[k].x = k
    pts[k].y = y
by_y_desc = _rawffi.CallbackPtr(lambda pa, pb: Point.fromaddress(pb).y - Point.fromaddress(pa).y, ['P', 'P'], 'i')
lib.ptr('my_sort', ['P', 'L', 'L', 'P'], None)(pts, 4, Point.size, by_y_desc)
print('points by y desc:', [(pts[k].x, pts[k].y) for k in range(4)])
pts.free()

# SQLite-UDF shape: void f(void *ctx, int argc, void **argv), called `times` times
calls = []
def udf(ctx, argc, argv):
    args = _rawffi.Array('P').fromaddress(argv, argc)
    calls.append((ctx, [I.fromaddress(args[k], 1)[0] for k in range(argc)]))
ints = I(2, [11, 22])
argv = _rawffi.Array('P')(2)
argv[0] = ints.buffer
argv[1] = ints.buffer + 4
lib.ptr('call_udf', ['P', 'P', 'i', 'P', 'i'], None)(_rawffi.CallbackPtr(udf, ['P', 'i', 'P'], None), 0x77, 2, argv, 3)
print('udf calls:', calls)
ints.free()
argv.free()

# through _ffi: a callback object where a pointer is expected
call_n = _ffi.CDLL('../../c/build/libffitest.so').getfunc('call_n_times', [types.pointer, types.sint], types.sint)
print('_ffi call_n_times(square, 3) =', call_n(cb, 3))

cb.free()
print('after free: buffer =', cb.buffer)
