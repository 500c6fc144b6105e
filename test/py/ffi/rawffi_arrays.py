# _rawffi arrays: allocation, item access with range checks, wrapping stores, slices, arrays
# passed to C, out-parameters (one-item arrays C writes into), arrays of pointers and of
# structures, exported variables read through getaddressindll.
import _rawffi

lib = _rawffi.CDLL('../../c/build/libffitest.so')

A = _rawffi.Array('i')
print(A, A.size, A.alignment, A.itemcode)
a = A(5, [1, 2, 3, 4, 5])
print('len =', len(a), ' items =', [a[k] for k in range(5)], ' a[-1] =', a[-1], ' a[1:3] =', a[1:3])
sum_int_array = lib.ptr('sum_int_array', ['P', 'i'], 'q')
print('sum_int_array =', sum_int_array(a, 5), ' (first 3:', sum_int_array(a, 3), ')')
lib.ptr('fill_int_array', ['P', 'i', 'i'], None)(a, 5, 10)
print('fill_int_array ->', [a[k] for k in range(5)])
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-6] = 1
except IndexError as e:
    print('IndexError:', e)
print('byptr holds the address:', a.byptr()[0] == a.buffer, ' fromaddress:', A.fromaddress(a.buffer + 4, 2)[1])
a.free()

# stores wrap like C conversions
b = _rawffi.Array('b')(3)
b[0] = 255
b[1] = -129
b[2] = 2 ** 70 + 66
print('signed char stores:', b[0], b[1], b[2])
H = _rawffi.Array('H')(1, autofree=True)
H[0] = -2
print('unsigned short -2 ->', H[0])
P = _rawffi.Array('P')(1, autofree=True)
P[0] = -2
print('pointer -2 ->', P[0] == 2 ** 64 - 2)
b.free()

# out-parameters
divmod_out = lib.ptr('divmod_out', ['i', 'i', 'P', 'P'], None)
q = A(1)
r = A(1)
divmod_out(17, 5, q, r)
print('divmod_out(17, 5) ->', q[0], r[0])
divmod_out(-17, 5, q.buffer, r.buffer)  # C truncates toward zero
print('divmod_out(-17, 5) ->', q[0], r[0])
q.free()
r.free()
d = _rawffi.Array('d')(1)
lib.ptr('double_out', ['d', 'P'], None)(1.25, d)
print('double_out(1.25) ->', d[0])
d.free()
out = _rawffi.Array('P')(1)
lib.ptr('ptr_out', ['P', 'P'], None)(out, 0x1234)
print('ptr_out ->', hex(out[0]), ' ptr_add:', hex(lib.ptr('ptr_add', ['P', 'l'], 'P')(0x1000, 0x234)))
out.free()

# doubles
D = _rawffi.Array('d')
ds = D(3, [0.5, 0.25, 0.125])
print('sum_doubles =', lib.ptr('sum_doubles', ['P', 'i'], 'd')(ds, 3))
ds.free()

# a NULL-terminated array of char *
C = _rawffi.Array('c')
words = [C(6, b'hello'), C(4, b'abc'), C(1, b'')]
ptrs = _rawffi.Array('P')(4)
for k in range(3):
    ptrs[k] = words[k]            # an array stored into a pointer slot is its address
ptrs[3] = 0
print('sum_strings_len =', lib.ptr('sum_strings_len', ['P'], 'i')(ptrs), ' (5 + 3 + 0)')
for w in words:
    w.free()
ptrs.free()

# char arrays slice to bytes
buf = C(8, b'abcdefg')
buf[0:3] = b'XYZ'
print('char slices:', buf[0:4], buf[4], buf[::2], bytes(buf))
buf.free()

# an array of structures
Point = _rawffi.Structure([('x', 'i'), ('y', 'i')])
pts = _rawffi.Array(Point)(3)
for k in range(3):
    pts[k].x = k
    pts[k].y = 10 * k
print('points:', pts.itemsize, [(pts[k].x, pts[k].y) for k in range(3)], ' point_sum(pts[2]) =', lib.ptr('point_sum', ['P'], 'i')(pts[2]))
pts.free()

# exported variables
counter = _rawffi.Array('i').fromaddress(lib.getaddressindll('global_counter'), 1)
print('global_counter =', counter[0])
name_ptr = _rawffi.Array('P').fromaddress(lib.getaddressindll('global_name'), 1)[0]
print('global_name =', _rawffi.charp2string(name_ptr))
