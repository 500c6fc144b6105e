# Doubles and floats through _ffi and _rawffi, libm (cos, pow, sqrt) and libc (strlen, abs, labs,
# atoi, getpid, strtol with an out-parameter).
import _ffi
import _rawffi
from _ffi import types

lib = _ffi.CDLL('../../c/build/libffitest.so')
libm = _ffi.CDLL('m')
libc = _ffi.CDLL('c')

cos = libm.getfunc('cos', [types.double], types.double)
pow_ = libm.getfunc('pow', [types.double, types.double], types.double)
sqrt = libm.getfunc('sqrt', [types.double], types.double)
print('cos(0.0) =', cos(0.0))
print('cos(1.0) =', cos(1.0))          # glibc: 0.5403023058681398
print('pow(2, 10) =', pow_(2, 10))      # ints are accepted for doubles
print('pow(2.0, 0.5) =', pow_(2.0, 0.5))
print('pow(10, -2) =', pow_(10, -2))
print('sqrt(2) =', sqrt(2))
inf = 1e308 * 10
nan = inf - inf
print('cos(nan) is nan:', cos(nan) != cos(nan), ' cos(inf) is nan:', cos(inf) != cos(inf))

add_double = lib.getfunc('add_double', [types.double, types.double], types.double)
print('add_double(0.1, 0.2) =', add_double(0.1, 0.2))
id_float = lib.getfunc('id_float', [types.float], types.float)
print('id_float(0.1) =', id_float(0.1))  # 0.1 rounded to single precision
print('id_float(0.5) =', id_float(0.5))
add_float = lib.getfunc('add_float', [types.float, types.float], types.float)
print('add_float(1.5, 2.25) =', add_float(1.5, 2.25))
mix = lib.getfunc('mix_int_double', [types.sint, types.double, types.float, types.slonglong], types.double)
print('mix_int_double(1, 2.5, 0.25, 10) =', mix(1, 2.5, 0.25, 10))
id_double = lib.getfunc('id_double', [types.double], types.double)
print('id_double(1e308 * 10) =', id_double(1e308 * 10), ' id_double(-0.0) =', id_double(-0.0))

# the same through _rawffi letters
rm = _rawffi.CDLL('m')
print('_rawffi pow(3, 4) =', rm.ptr('pow', ['d', 'd'], 'd')(3, 4))
print('_rawffi floor(-2.5) =', rm.ptr('floor', ['d'], 'd')(-2.5))

# libc
strlen = libc.getfunc('strlen', [types.char_p], types.size_t)
print('strlen(b"hello, world") =', strlen(b'hello, world'))
print('strlen(b"") =', strlen(b''))
abs_ = libc.getfunc('abs', [types.sint], types.sint)
print('abs(-42) =', abs_(-42))
labs = libc.getfunc('labs', [types.slong], types.slong)
print('labs(-2**40) =', labs(-2 ** 40))
atoi = libc.getfunc('atoi', [types.char_p], types.sint)
print('atoi(b"  -123xyz") =', atoi(b'  -123xyz'))
getpid = libc.getfunc('getpid', [], types.sint)
pid = getpid()
print('getpid() > 0:', pid > 0, ' stable:', getpid() == pid)
# strtol(s, &end, 10): the end pointer comes back through a one-item 'P' array
strtol = libc.getfunc('strtol', [types.char_p, types.pointer, types.sint], types.slong)
buf = _rawffi.Array('c')(16, b'4096 rest')
end = _rawffi.Array('P')(1)
value = strtol(buf.buffer, end, 10)
print('strtol value =', value, ' consumed =', end[0] - buf.buffer, ' rest =', _rawffi.charp2string(end[0]))
buf.free()
end.free()
