# _rawffi raw memory: alloc/free, memset/memmove, reading bytes and C strings at addresses,
# sizes and alignments of type letters and shapes, reprs, live block accounting, and ctypes'
# private errno copy (FUNCFLAG_USE_ERRNO).
import _rawffi

lib = _rawffi.CDLL('../../c/build/libffitest.so')

before = _rawffi._num_of_allocated_objects()
p = _rawffi.alloc(32, 16)
print('aligned:', p % 16 == 0, ' live blocks +1:', _rawffi._num_of_allocated_objects() - before)
print('zeroed:', _rawffi.rawstring_at(p, 8))
_rawffi.memset(p, 0x41, 8)
_rawffi.memset(p + 8, 0, 1)
print('memset:', _rawffi.rawstring_at(p, 9), _rawffi.charp2string(p))
_rawffi.memmove(p + 16, p, 4)
_rawffi.memset(p + 17, ord('b'), 2)
print('memmove:', _rawffi.charp2string(p + 16), _rawffi.charp2rawstring(p + 16, 6))
_rawffi.memmove(p + 1, p + 16, 4)          # overlapping moves are fine
print('overlap:', _rawffi.charp2string(p))
_rawffi.free(p)
print('live blocks back:', _rawffi._num_of_allocated_objects() - before)
big = _rawffi.alloc(100, 64)
print('64-byte aligned:', big % 64 == 0)
_rawffi.free(big)

# sizes and alignments (x86-64 Linux)
for letters in ('cbB?', 'hH', 'iIfu', 'lLqQdPzZ'):
    print(letters, [(_rawffi.sizeof(c), _rawffi.alignment(c)) for c in letters])
Point = _rawffi.Structure([('x', 'i'), ('y', 'i')])
print('sizeof Point:', _rawffi.sizeof(Point), ' (Point, 3):', _rawffi.sizeof((Point, 3)), " ('d', 4):", _rawffi.sizeof(('d', 4)),
      ' alignment:', _rawffi.alignment((Point, 3)))
print('size_alignment:', _rawffi.Array('h').size_alignment(5), Point.size_alignment(2))

# reprs carry the address
a = _rawffi.Array('i')(5)
print('array repr:', repr(a) == '<_rawffi array %x of length %d>' % (a.buffer, len(a)))
s = Point()
print('struct repr:', repr(s) == '<_rawffi struct %x>' % (s.buffer,), ' shape:', s.shape is Point, a.shape is _rawffi.Array('i'))
print('live blocks +2:', _rawffi._num_of_allocated_objects() - before)
a.free()
s.free()
print('live blocks back:', _rawffi._num_of_allocated_objects() - before)

# errno: a use_errno function swaps the private copy in before the call and out after it
set_errno_to = lib.ptr('set_errno_to', ['i'], 'i', _rawffi.FUNCFLAG_USE_ERRNO)
get_errno_value = lib.ptr('get_errno_value', [], 'i', _rawffi.FUNCFLAG_USE_ERRNO)
print('set_errno(0) returned the old value:', _rawffi.set_errno(0) is not None)
print('set_errno_to(34) =', set_errno_to(34), ' get_errno() =', _rawffi.get_errno())
print('set_errno(7) ->', _rawffi.set_errno(7), ' C sees', get_errno_value(), ' get_errno() =', _rawffi.get_errno())
plain = lib.ptr('set_errno_to', ['i'], 'i')
plain(99)
print('without the flag the copy is untouched:', _rawffi.get_errno())
