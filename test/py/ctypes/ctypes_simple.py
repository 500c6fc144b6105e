# ctypes simple types: values, CPython's reprs, wrapping of out-of-range integers, sizes and
# alignments, the fixed-width aliases, .value assignment and instances in containers.
from ctypes import *

print(c_int(5), c_uint(7), c_short(-2), c_ushort(3), c_byte(-1), c_ubyte(200))
print(c_long(-5), c_ulong(5), c_longlong(2 ** 62), c_ulonglong(2 ** 63))
print(c_size_t(3), c_ssize_t(-3), c_bool(3), c_bool(0), c_bool([]))
print(c_char(b'a'), c_char(65), c_wchar('x'), c_wchar('\u00e9'))
print(c_float(0.1), c_double(1.5), c_double(2), c_float(3))
print(c_void_p(16), c_void_p(), c_void_p(None), c_char_p().value, c_wchar_p().value)
print(c_char_p(b'hello').value, c_wchar_p('wide').value)
print(c_int(), c_double(), c_char(), c_bool())

# wrapping as C does
print(c_int(2 ** 40), c_int(2 ** 31), c_uint(-1), c_ubyte(-1), c_ubyte(256 + 7))
print(c_int8(200), c_uint8(-3), c_int16(40000), c_uint16(70000), c_int32(2 ** 32 + 5), c_uint32(-2))
print(c_int64(2 ** 63), c_uint64(-1), c_short(-32769), c_long(2 ** 64 + 9))

# the fixed-width aliases are the C types of the same size
print(c_int8 is c_byte, c_uint8 is c_ubyte, c_int16 is c_short, c_int32 is c_int, c_int64 is c_long, c_uint64 is c_ulong)
print(c_size_t is c_ulong, c_ssize_t is c_long, c_longlong is c_long)
for t in (c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_float, c_double, c_char_p, c_wchar_p, c_void_p):
    print(t.__name__, sizeof(t), alignment(t), sizeof(t()))

# .value
i = c_int(1)
i.value = 41
i.value += 1
print(i, i.value, type(i.value).__name__)
i.value = 2 ** 33 + 3
print(i.value)
d = c_double(0.5)
d.value = 3
print(d.value, type(d.value).__name__)
ch = c_char(b'x')
ch.value = b'y'
print(ch.value, ch)
s = c_char_p(b'first')
s.value = b'second'
print(s.value)
ws = c_wchar_p('one')
ws.value = 'two'
print(ws.value)
b = c_bool(True)
print(b.value, bool(b), bool(c_int(0)), bool(c_int(3)))
print([c_int(k).value for k in range(3)])

# errors
for f, arg in ((c_int, 'x'), (c_int, 1.5), (c_double, 'x'), (c_char, 'ab'), (c_char, b'ab'), (c_wchar, b'a')):
    try:
        f(arg)
        print(f.__name__, 'no error')
    except TypeError as e:
        print(f.__name__, 'TypeError')

# subclasses keep the value but not the short repr
class MyInt(c_int):
    pass
m = MyInt(3)
print(m.value, repr(m).startswith('<MyInt object at 0x'), isinstance(m, c_int), sizeof(MyInt))
