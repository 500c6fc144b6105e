# Bad input is a Python exception, never a crash: wrong argument counts and types, ints out of
# range in check mode, floats out of range, NULL and freed memory, double frees, unknown type
# letters, missing libraries and symbols, missing structure fields.
import _ffi
import _rawffi
from _ffi import types

LIB = '../../c/build/libffitest.so'
lib = _ffi.CDLL(LIB)
rlib = _rawffi.CDLL(LIB)

def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, '-> no error:', r)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

add1 = lib.getfunc('add1', [types.sint], types.sint)
attempt('add1()', add1)
attempt('add1(1, 2)', add1, 1, 2)
attempt('add1(x=1)', lambda: add1(x=1))
attempt("add1('1')", add1, '1')
attempt('add1(1.5)', add1, 1.5)
attempt('add1(None)', add1, None)
cos = _ffi.CDLL('m').getfunc('cos', [types.double], types.double)
attempt("cos('0')", cos, '0')
attempt('cos(2**2000)', cos, 2 ** 2000)
my_strlen = lib.getfunc('my_strlen', [types.char_p], types.size_t)
attempt('my_strlen(1.0)', my_strlen, 1.0)
attempt("my_strlen('text')", my_strlen, 'text')
id_char = lib.getfunc('id_char', [types.char], types.char)
attempt("id_char(b'ab')", id_char, b'ab')
attempt('id_char(300)', id_char, 300)
mixed = lib.getfunc('mix_int_double', [types.sint, types.double, types.float, types.slonglong], types.double)
attempt("mix_int_double(1, 2.0, 'x', 4)", mixed, 1, 2.0, 'x', 4)

# check mode: OverflowError instead of wrapping
id_u8 = lib.getfunc('id_u8', [types.uint8], types.uint8, intmode='check')
attempt('id_u8(255)', id_u8, 255)
attempt('id_u8(300)', id_u8, 300)
attempt('id_u8(-1)', id_u8, -1)
id_i64 = lib.getfunc('id_i64', [types.sint64], types.sint64, intmode='check')
attempt('id_i64(2**63)', id_i64, 2 ** 63)
attempt('id_i64(-2**63)', id_i64, -2 ** 63)
attempt("getfunc(intmode='strict')", lib.getfunc, 'add1', [types.sint], types.sint, 0, 'strict')

# NULL and freed memory
attempt('charp2rawstring(0, 4)', _rawffi.charp2rawstring, 0, 4)
attempt('charp2string(0)', _rawffi.charp2string, 0)
attempt('Array(i).fromaddress(0, 1)[0]', lambda: _rawffi.Array('i').fromaddress(0, 1)[0])
attempt('Structure.fromaddress(8).x', lambda: _rawffi.Structure([('x', 'i')]).fromaddress(8).x)
a = _rawffi.Array('i')(2)
a.free()
attempt('freed array[0]', lambda: a[0])
attempt('freed array.free()', a.free)
try:
    a[1] = 5
except ValueError as e:
    print('SegfaultException is a ValueError:', isinstance(e, _rawffi.SegfaultException))
p = _rawffi.alloc(16, 8)
_rawffi.free(p)
try:
    _rawffi.free(p)
except ValueError as e:
    print('double free -> ValueError:', str(e).startswith('double free of block at 0x'))
print('free(0) ->', _rawffi.free(0))

# items and fields
d = _rawffi.Array('d')(1, autofree=True)
attempt("double item = 'x'", d.__setitem__, 0, 'x')
attempt("array['0']", lambda: d['0'])
attempt('array[1]', lambda: d[1])
S = _rawffi.Structure([('x', 'i')])
s = S(autofree=True)
attempt('s.nosuch', lambda: s.nosuch)
attempt('s.nosuch = 1', setattr, s, 'nosuch', 1)
attempt("s.x = 'x'", setattr, s, 'x', 'x')
attempt('byvalue_sum(5)', rlib.ptr('byvalue_sum', [(_rawffi.Structure([('a', 'i'), ('b', 'd')]), 1)], 'd'), 5)

# type letters and shapes
attempt("Array('x')", _rawffi.Array, 'x')
attempt("Array('xx')", _rawffi.Array, 'xx')
attempt("ptr(restype='x')", rlib.ptr, 'add1', ['i'], 'x')
attempt("ptr(argtypes=['v'])", rlib.ptr, 'add1', ['v'], 'i')
attempt('Structure([1])', _rawffi.Structure, [1])
attempt("sizeof('y')", _rawffi.sizeof, 'y')

# libraries and symbols
attempt("CDLL('libnosuch_tspy.so')", _rawffi.CDLL, 'libnosuch_tspy.so')
attempt("_ffi.CDLL('/nonexistent/libz.so')", _ffi.CDLL, '/nonexistent/libz.so')
attempt("ptr('no_such_function')", rlib.ptr, 'no_such_function', [], 'i')
attempt("getfunc('no_such_function')", lib.getfunc, 'no_such_function', [], types.sint)
attempt("getaddressindll('no_such_symbol')", lib.getaddressindll, 'no_such_symbol')
print('still running')
