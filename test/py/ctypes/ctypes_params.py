# ctypes argument objects and conversions: from_param results (the instance itself, None, or a
# CArgObject shown as CPython shows it), byref, cast (obj goes through c_void_p.from_param),
# from_buffer sharing a bytearray (BufferError while the instance lives) or a ctypes array, bytes() of an
# instance, from_buffer_copy, errors of POINTER/pointer/array types and Structure initialisers,
# and a CFUNCTYPE callback called from Python through C.
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class P(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


for f in (lambda: c_int.from_param(3), lambda: c_double.from_param(1.5), lambda: c_float.from_param(2),
          lambda: c_char.from_param(b'a'), lambda: c_longlong.from_param(5), lambda: c_ubyte.from_param(7),
          lambda: c_short.from_param(-2), lambda: c_void_p.from_param(16), lambda: c_void_p.from_param(None),
          lambda: c_int.from_param(c_int(4)), lambda: c_int.from_param(1.5), lambda: c_char_p.from_param(5.5),
          lambda: POINTER(c_int).from_param(5), lambda: POINTER(c_int).from_param(None),
          lambda: type(c_char_p.from_param(b'x')).__name__, lambda: repr(byref(c_int(1))).startswith("<cparam 'P' (0x"),
          lambda: type(POINTER(c_int).from_param(pointer(c_int(1)))).__name__):
    t(f)

# cast: the object must be pointer-like, the type a pointer type
t(lambda: cast(1, c_char_p))
t(lambda: cast(3.5, c_void_p))
t(lambda: cast(c_int(1), c_void_p))
t(lambda: cast(P(1, 2), c_void_p))
t(lambda: cast(c_void_p(0), c_int))
t(lambda: cast(b'abc', c_char_p).value)
t(lambda: bool(cast(c_void_p(0), POINTER(c_int))))
t(lambda: cast(pointer(c_int(7)), POINTER(c_ubyte))[0])
t(lambda: cast(byref(c_int(258)), POINTER(c_ubyte))[1])

# bytes() and from_buffer_copy
t(lambda: bytes(P(1, 2)))
t(lambda: bytes((c_short * 2)(-1, 3)))
t(lambda: P.from_buffer_copy(b'\x01\x00\x00\x00\x02\x00\x00\x00').y)
t(lambda: (c_int * 2).from_buffer_copy(b'\x05\x00\x00\x00\x06\x00\x00\x00', 0)[1])
t(lambda: P.from_buffer_copy(b'\x01'))

# from_buffer shares the memory of a writable buffer
ba = bytearray(12)
pt = P.from_buffer(ba, 4)
pt.x = 0x01020304
ba[8] = 9
print(ba, pt.y, sizeof(pt))
try:
    ba.append(0)
except BufferError as e:
    print('BufferError:', e)
arr = (c_int * 4)(1, 2, 3, 4)
view = P.from_buffer(arr, 8)
view.y = 40
print(list(arr), view.x)
t(lambda: P.from_buffer(b'12345678'))
t(lambda: P.from_buffer(bytearray(4)))
t(lambda: P.from_buffer(bytearray(8), -1))
t(lambda: P.from_buffer('12345678'))


# type errors
t(lambda: c_int * -1)
t(lambda: (c_int * 3)(1, 2, 3, 4))
t(lambda: pointer(5))
t(lambda: POINTER(5))
t(lambda: P(1, y=2, x=3))
t(lambda: P(1, 2, 3))
t(lambda: sizeof(5))
t(lambda: addressof(5))
t(lambda: byref(5))

# callbacks called from Python go through C: arguments and result are converted
DOUBLER = CFUNCTYPE(c_int, c_int)
cb = DOUBLER(lambda x: x * 2)
print(cb(21), cb(2 ** 32 + 1), cast(cb, DOUBLER)(5), cast(cb, c_void_p).value == cast(cb, c_void_p).value)
TEXT = CFUNCTYPE(c_char_p, c_char_p)
keep = create_string_buffer(b'from python')
print(TEXT(lambda s: addressof(keep))(b'ignored'))
