# ctypes calls: CDLL/cdll/find_library, functions with and without argtypes, restype (a type,
# None, a callable), errcheck, default conversions, ArgumentError with CPython's message shape,
# errno with use_errno=True, and strlen/strcpy with buffers.
import ctypes
import ctypes.util
from ctypes import *

libc = CDLL(ctypes.util.find_library('c'))
print(ctypes.util.find_library('c'), ctypes.util.find_library('m'), ctypes.util.find_library('no_such_lib_xyz'))
lib = CDLL('../../c/build/libffitest.so')
print(cdll.LoadLibrary('libc.so.6').abs(-3), isinstance(libc, CDLL))

# no argtypes: int -> int, bytes -> char *, str -> wchar_t *, None -> NULL
print(libc.abs(-12), libc.strlen(b'hello'), lib.my_wcslen('wide'), lib.is_null(None), lib.is_null(b''))
print(lib.add_int(2, 40), lib.add_int(2 ** 31 - 1, 1))
# the default restype is c_int: 64-bit results are truncated
print(lib.id_i64(2 ** 40 + 5))
lib.id_i64.restype = c_int64
print(lib.id_i64(2 ** 40 + 5))

for bad in (1.5, [1], object()):
    try:
        libc.abs(bad)
    except ArgumentError as e:
        print('ArgumentError:', e)
try:
    libc.abs(1, 2.5)
except ArgumentError as e:
    print('ArgumentError:', e)
print(issubclass(ArgumentError, Exception))

# argtypes and restype
add_double = lib.add_double
add_double.argtypes = [c_double, c_double]
add_double.restype = c_double
print(add_double(1.25, 2), add_double(c_double(0.5), 1))
print(add_double.argtypes, add_double.restype is c_double)
try:
    add_double('x', 1)
except ArgumentError as e:
    print('ArgumentError:', e)
try:
    add_double(1)
except TypeError as e:
    print('TypeError:', e)
id_u8 = lib.id_u8
id_u8.argtypes = [c_uint8]
id_u8.restype = c_uint8
print(id_u8(255), id_u8(256 + 4), id_u8(-1))
id_char = lib.id_char
id_char.argtypes = [c_char]
id_char.restype = c_char
print(id_char(b'z'), id_char(65))
lib.not_bool.argtypes = [c_bool]
lib.not_bool.restype = c_bool
print(lib.not_bool(False), lib.not_bool(7))
lib.do_nothing.restype = None
print(lib.do_nothing())

# char * results are bytes, NULL is None; wchar_t * results are str; void * results ints or None
lib.static_string.restype = c_char_p
lib.null_string.restype = c_char_p
lib.static_wstring.restype = c_wchar_p
print(lib.static_string(), lib.null_string(), lib.static_wstring() == 'wide \u00e9\u4e2d\U0001F600')
lib.ptr_id.argtypes = [c_void_p]
lib.ptr_id.restype = c_void_p
print(lib.ptr_id(1234), lib.ptr_id(None), lib.ptr_id(0))

# a callable restype gets the int result
lib.add1.restype = lambda v: 'add1 gave %d' % v
print(lib.add1(9))

# errcheck sees (result, func, args) and its return value is the call's
def check(result, func, args):
    print('errcheck:', result, func is lib.neg_int, args)
    if result < 0:
        raise ValueError('negative: %d' % result)
    return result * 10
lib.neg_int.errcheck = check
print(lib.neg_int(-4))
try:
    lib.neg_int(4)
except ValueError as e:
    print('ValueError:', e)

# strlen/strcpy/strcat with buffers
buf = create_string_buffer(32)
libc.strcpy(buf, b'hello')
libc.strcat(buf, b', world')
print(buf.value, libc.strlen(buf), len(buf), buf.raw[:14])
small = create_string_buffer(b'abc')
print(len(small), small.raw, small.value)
strchr = libc.strchr
strchr.argtypes = [c_char_p, c_int]
strchr.restype = c_char_p
print(strchr(b'find the x here', ord('x')), strchr(b'none', ord('x')))
fill = lib.fill_greeting
fill.argtypes = [c_char_p, c_size_t, c_char_p]
print(fill(buf, len(buf), b'bob'), buf.value)
print(fill(buf, 6, b'alice'), buf.value)
lib.upper_inplace(buf)
print(buf.value)

# a missing symbol
try:
    lib.no_such_function
except AttributeError as e:
    print('AttributeError: no_such_function' in 'AttributeError: ' + str(e))

# errno
elib = CDLL('../../c/build/libffitest.so', use_errno=True)
set_errno(0)
print(elib.set_errno_to(34), get_errno())
print(set_errno(7), elib.get_errno_value(), get_errno())
lib.set_errno_to(99)
print(get_errno())

# int arguments wrap as C ints when declared
lib.add_int.argtypes = [c_int, c_int]
print(lib.add_int(2 ** 32 + 1, 2))
lib.sum_mixed.argtypes = [c_int8, c_uint8, c_int16, c_uint16, c_int32, c_uint32, c_int64]
lib.sum_mixed.restype = c_int64
print(lib.sum_mixed(-1, 255, -1, 65535, -1, 2 ** 32 - 1, 2 ** 40))
