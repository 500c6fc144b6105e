# _rawffi structures: GCC layout (padding, nesting, arrays, unions, packing, bitfields), field
# access by name, structures passed by pointer (and by value), structures C allocates.
import _rawffi

lib = _rawffi.CDLL('../../c/build/libffitest.so')

Point = _rawffi.Structure([('x', 'i'), ('y', 'i')])
print(Point, Point.size, Point.alignment, Point.fieldoffset('y'))
p = Point()
lib.ptr('point_fill', ['P', 'i', 'i'], None)(p, 3, 4)
print('point_fill -> x =', p.x, ' y =', p.y)
p.x = 40
p.y = 2 ** 32 + 2                 # wraps to 2 like a C int
print('point_sum =', lib.ptr('point_sum', ['P'], 'i')(p), ' y =', p.y)
p.free()

# char c; double d; short s  ->  offsets 0, 8, 16; size 24
Padded = _rawffi.Structure([('c', 'c'), ('d', 'd'), ('s', 'h')])
print('Padded:', Padded.size, Padded.alignment, [Padded.fieldoffset(n) for n in ('c', 'd', 's')],
      [Padded.fieldsize(n) for n in ('c', 'd', 's')])
pad = Padded(autofree=True)
lib.ptr('padded_fill', ['P'], None)(pad)
print('padded_fill ->', pad.c, pad.d, pad.s, ' sum =', lib.ptr('padded_sum', ['P'], 'd')(pad))

# char tag; Point p; Padded pad; int arr[3]; char name[5]  ->  0, 4, 16, 40, 52; size 64
Nested = _rawffi.Structure([('tag', 'c'), ('p', Point), ('pad', Padded), ('arr', ('i', 3)), ('name', ('c', 5))])
print('Nested:', Nested.size, Nested.alignment, [Nested.fieldoffset(n) for n in ('tag', 'p', 'pad', 'arr', 'name')])
n = Nested()
lib.ptr('nested_fill', ['P'], None)(n)
print('nested_fill ->', n.tag, n.p.x, n.p.y, n.pad.c, n.pad.d, n.pad.s, n.arr[0], n.arr[1], n.arr[2], n.name[0:4])
# 'N' + 10 + 20 + 'p' + 1.25 + 7 + 1 + 2 + 3 + 'a' = 78 + 30 + 112 + 1.25 + 7 + 6 + 97
nested_sum = lib.ptr('nested_sum', ['P'], 'd')
print('nested_sum =', nested_sum(n))
n.p.x = 110                       # writes through the view into n's memory
n.arr[2] = 13                     # +10
q = Point()
q.x = 1
q.y = 2
n.p = q                           # copies q's bytes: p.x 110 -> 1, p.y 20 -> 2
n.name = b'z'                     # 'a' (97) -> 'z' (122)
print('after writes: p =', (n.p.x, n.p.y), ' arr =', n.arr[2], ' name =', n.name[0:2], ' sum =', nested_sum(n))
q.free()
n.free()

# union { int i; double d; unsigned char bytes[8]; }
Number = _rawffi.Structure([('i', 'i'), ('d', 'd'), ('bytes', ('B', 8))], union=True)
u = Number()
print('Number:', Number.size, Number.alignment, [Number.fieldoffset(k) for k in ('i', 'd', 'bytes')])
u.d = 1.0                         # 0x3FF0000000000000: low int 0, top byte 0x3F
print('union d=1.0: as_int =', lib.ptr('number_as_int', ['P'], 'i')(u), ' bytes[7] =', u.bytes[7], ' bytes[6] =', u.bytes[6])
u.i = 0x01020304
print('union i=0x01020304: bytes =', [u.bytes[k] for k in range(4)])
u.free()

# packed: char a; long long b  ->  b at 1, size 9
Packed1 = _rawffi.Structure([('a', 'c'), ('b', 'q')], pack=1)
pk = Packed1()
pk.b = -5
print('Packed1:', Packed1.size, Packed1.fieldoffset('b'), lib.ptr('packed1_b', ['P'], 'q')(pk))
pk.free()
# pack(2): char a; int b; short c; double d  ->  0, 2, 6, 8; size 16
Packed2 = _rawffi.Structure([('a', 'c'), ('b', 'i'), ('c', 'h'), ('d', 'd')], pack=2)
p2 = Packed2()
p2.a = 1
p2.b = 1000
p2.c = -10
p2.d = 0.5
print('Packed2:', Packed2.size, Packed2.alignment, [Packed2.fieldoffset(k) for k in 'abcd'], lib.ptr('packed2_sum', ['P'], 'd')(p2))
p2.free()

# uint8 a; uint64 b; uint16 c[3]; float f; int8 e  ->  0, 8, 16, 24, 28; size 32
Mixed = _rawffi.Structure([('a', 'B'), ('b', 'Q'), ('c', ('H', 3)), ('f', 'f'), ('e', 'b')])
m = Mixed()
m.a = 255
m.b = 2 ** 40
m.c[0] = 1
m.c[1] = 2
m.c[2] = 65536 + 3                # wraps to 3
m.f = 0.5
m.e = 200                         # wraps to -56
print('Mixed:', Mixed.size, [Mixed.fieldoffset(k) for k in 'abcfe'], m.e, lib.ptr('mixed_sum', ['P'], 'd')(m))
m.free()

# unsigned a:3; unsigned b:5; int c:7
Bits = _rawffi.Structure([('a', 'I', 3), ('b', 'I', 5), ('c', 'i', 7)])
bits_sum = lib.ptr('bits_sum', ['P'], 'i')
b = Bits()
b.a = 5
b.b = 17
b.c = -20
print('Bits:', Bits.size, (b.a, b.b, b.c), bits_sum(b))
b.a = 9                           # 3 bits: 1
b.b = 31
b.c = 64                          # 7 signed bits: -64
print('Bits wrapped:', (b.a, b.b, b.c), bits_sum(b))
b.free()

# by value
ByValue = _rawffi.Structure([('a', 'i'), ('b', 'd')])
bv = ByValue()
bv.a = 3
bv.b = 0.25
print('byvalue_sum =', lib.ptr('byvalue_sum', [(ByValue, 1)], 'd')(bv))
made = lib.ptr('byvalue_make', ['i', 'd'], (ByValue, 1))(7, 1.5)
print('byvalue_make ->', made.shape is ByValue, made.a, made.b)
bv.free()

# a structure C allocates and frees
Owned = _rawffi.Structure([('refcount', 'i'), ('value', 'i'), ('label', ('c', 16))])
owned_new = lib.ptr('owned_new', ['i'], 'P')
addr = owned_new(99)
o = Owned.fromaddress(addr)
print('owned:', o.refcount, o.value, _rawffi.charp2string(o.label.buffer), lib.ptr('owned_live_count', [], 'i')())
lib.ptr('owned_free', ['P'], None)(addr)
print('owned after free:', lib.ptr('owned_live_count', [], 'i')())

# a pointer field holding another structure's address
Node = _rawffi.Structure([('value', 'i'), ('next', 'P')])
first = Node()
second = Node()
second.value = 2
first.value = 1
first.next = second
print('linked:', first.next == second.buffer, Node.fromaddress(first.next).value)
first.free()
second.free()

# an opaque block of a given size and alignment
Opaque = _rawffi.Structure((24, 8))
print('opaque:', Opaque.size, Opaque.alignment)
