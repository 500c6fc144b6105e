# Variadic C functions: the fixed arguments follow argtypes, each extra argument is typed from its
# Python value as ctypes does (int -> int, float -> double, bytes -> char *, None -> NULL).
import _ffi
import _rawffi
from _ffi import types

lib = _ffi.CDLL('../../c/build/libffitest.so')
sum_varargs = lib.getfunc('sum_varargs', [types.sint], types.slonglong, variadic=True)
print('sum_varargs(3, 1, 2, 3) =', sum_varargs(3, 1, 2, 3))
print('sum_varargs(0) =', sum_varargs(0))
print('sum_varargs(2, -5, 2**32 + 7) =', sum_varargs(2, -5, 2 ** 32 + 7), ' (ints are C ints: 2**32 + 7 -> 7)')
sum_vardoubles = lib.getfunc('sum_vardoubles', [types.sint], types.double, variadic=True)
print('sum_vardoubles(3, 0.5, 0.25, 0.125) =', sum_vardoubles(3, 0.5, 0.25, 0.125))

snprintf = _rawffi.CDLL('c').ptr('snprintf', ['P', 'L', 'z'], 'i', variadic=True)
buf = _rawffi.Array('c')(64)
n = snprintf(buf, 64, b'%d|%s|%.2f|%p|%x', 42, b'text', 2.5, None, 255)
print('snprintf ->', n, _rawffi.charp2string(buf.buffer))
n = snprintf(buf, 4, b'%s', b'truncated')   # returns the length it wanted
print('snprintf(size=4) ->', n, _rawffi.charp2string(buf.buffer))
buf.free()
try:
    sum_varargs()
except TypeError as e:
    print('TypeError:', e)
try:
    sum_varargs(1, [1])
except TypeError as e:
    print('TypeError:', e)
