# ctypes pointers and arrays: POINTER, pointer, byref, .contents, pointer indexing and slicing,
# array types with iteration, slicing, len, .value/.raw for char arrays, cast, string_at,
# wstring_at, memmove, memset, create_unicode_buffer, addressof, out-parameters.
from ctypes import *

lib = CDLL('../../c/build/libffitest.so')

i = c_int(42)
p = pointer(i)
print(type(p).__name__, POINTER(c_int) is type(p), p.contents, p[0], bool(p), bool(POINTER(c_int)()))
p.contents.value = 43
print(i.value)
p[0] = 44
print(i.value)
j = c_int(7)
p.contents = j
print(p[0], p.contents.value)
try:
    POINTER(c_int)().contents
except ValueError as e:
    print('ValueError:', e)
print(POINTER(c_int), POINTER(c_double).__name__, sizeof(POINTER(c_int)))

# arrays
IntArray5 = c_int * 5
a = IntArray5(5, 1, 4)
print(IntArray5.__name__, len(a), list(a), a[0], a[-1], a[1:4], a[::2], sizeof(a))
a[3] = 2 ** 32 + 9
a[1:3] = [10, 20]
print(list(a), [x * 2 for x in a])
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
print((c_int * 3) is (c_int * 3), (c_int * 2 * 3).__name__, sizeof(c_int * 2 * 3))
grid = (c_int * 3 * 2)()
grid[1][2] = 6
print([list(row) for row in grid])
lib.sum_int_array.restype = c_longlong
print(lib.sum_int_array(a, 5))
lib.fill_int_array(a, 5, 100)
print(list(a))

# pointers into arrays
pa = cast(a, POINTER(c_int))
print(pa[0], pa[4], pa[1:3])
pa[2] = -1
print(a[2])

# out parameters through byref
q, r = c_int(), c_int()
lib.divmod_out(17, 5, byref(q), byref(r))
print(q.value, r.value)
d = c_double()
lib.double_out.argtypes = [c_double, POINTER(c_double)]
lib.double_out(1.25, d)               # a c_double where POINTER(c_double) is expected: by reference
print(d.value)
lib.double_out(2.5, byref(d))
print(d.value)
try:
    lib.double_out(1.0, c_int(3))
except ArgumentError as e:
    print('ArgumentError:', e)
out = c_void_p()
lib.ptr_out(byref(out), 0x1234)
print(hex(out.value))

# char arrays
s = create_string_buffer(b'hello', 8)
print(s.value, s.raw, s[0], s[1:3], type(s).__name__)
s.value = b'hi'
print(s.raw)
s.raw = b'abcdefgh'
print(s.value)
w = create_unicode_buffer('wide \u00e9')
print(w.value, len(w), w[5], sizeof(w), lib.my_wcslen(w))
w.value = 'ab'
print(w.value, w[:3])

# cast, string_at, wstring_at, memmove, memset, addressof
cp = cast(s, c_char_p)
print(cp.value)
vp = cast(a, c_void_p)
print(vp.value == addressof(a), cast(vp, POINTER(c_int))[0])
print(string_at(s), string_at(s, 3), string_at(addressof(s), 2))
print(wstring_at(w), wstring_at(w, 1))
buf = create_string_buffer(10)
memmove(buf, b'xyz', 3)
print(buf.value)
memset(byref(buf, 1), ord('q'), 2)
print(buf.value)
memmove(buf, s, 4)
print(buf.value, memmove(buf, b'', 0) == addressof(buf))
print(isinstance(addressof(a), int), addressof(a) == addressof(a))

# pointer to char walks C memory
lib.static_string.restype = POINTER(c_char)
cs = lib.static_string()
print(cs[0], cs[0:6])

# array of char pointers, terminated by NULL
strs = (c_char_p * 4)(b'a', b'bcd', b'ef', None)
print(lib.sum_strings_len(strs), strs[1], strs[3])

# double arrays passed to C
lib.sum_doubles.restype = c_double
xs = (c_double * 4)(0.5, 1.5, 2.5, 3.5)
print(lib.sum_doubles(xs, 4), xs[3])
