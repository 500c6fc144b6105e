import struct

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for fmt in ['<q', '>q', '<Q', '>Q', 'q', 'Q', '<i', '<I', '<h', '<H', '<b', '<B', 'n', 'N', 'P',
            '<l', '<L', 'i', 'I', 'l', 'L', 'B', 'b', 'H', 'h']:
    print(fmt, [attempt(struct.pack, fmt, v) for v in [2 ** 64, 2 ** 63, -2 ** 63 - 1, -1, 2 ** 32, -2 ** 31 - 1, 300, -200, 7]])

print(attempt(struct.pack, '<i', 'x'), attempt(struct.pack, '<i', 1.5), attempt(struct.pack, '<d', 'x'))
print(attempt(struct.pack, '<f', 1e300), attempt(struct.pack, '<e', 1e6), attempt(struct.pack, 'c', b'ab'))
print(attempt(struct.pack, 's', 1), attempt(struct.pack, '<c', 'a'), attempt(struct.Struct, 3))
for fmt in ['<n', 'z', '3', '<P', 'i i', 'ii ', '  i', ' 3 i', '3 i', '=n', '=l', '@bi', '@ib', '@bq0q', 'bP', '?e', '0i', '3x', '@h3si']:
    print(repr(fmt), attempt(struct.calcsize, fmt))
print(attempt(struct.unpack, '<i', b'abc'), attempt(struct.unpack, '<i', b'abcdefgh'), attempt(struct.unpack, '<i', 'abcd'))
print(attempt(struct.pack, '<ii', 1), attempt(struct.pack, '<i', 1, 2))
print(attempt(struct.unpack_from, '<i', b'abc', 1), attempt(struct.unpack_from, '<i', b'abcdefgh', -1))
print(attempt(struct.unpack_from, '<i', b'abcdefgh', 10), attempt(struct.unpack_from, '<i', b'abcdefgh', -20))
print(struct.unpack_from('<i', b'abcdefgh', -4), struct.unpack_from('<h', b'abcdefgh', offset=2))
print(attempt(struct.iter_unpack, '<i', b'abcdefg'), attempt(struct.iter_unpack, '', b'abcdefg'))
b = bytearray(8)
print(attempt(struct.pack_into, '<ii', bytearray(4), 0, 1, 2), attempt(struct.pack_into, '<i', bytearray(4), 3, 1))
print(attempt(struct.pack_into, '<i', b, -2, 1), attempt(struct.pack_into, '<i', b, -20, 1), attempt(struct.pack_into, '<i', bytes(8), 0, 1))
struct.pack_into('<hh', b, 2, 258, -1)
struct.pack_into('<b', b, -1, -3)
print(b)
print(struct.pack('5p', b'abc'), struct.pack('2p', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.pack('300p', b'x' * 300)[:3])
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3c'), struct.pack('>e', 65504.0), struct.pack('<e', 1e-7), struct.pack('<e', 5e-8))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in [0.1, 1 / 3, -2.5, 1e-5, 6e-8, 65519.0, float('inf')]])
print(struct.unpack('<??', b'\x00\x05'), struct.unpack('<3sx2c', b'abcdef'), struct.unpack('0s', b''), struct.pack('3x'))
print(struct.unpack('<f', b'\x00\x00\x80\x7f'), struct.pack('>d', -0.0), struct.pack('<f', float('nan')), struct.pack('<d', float('-inf')))
print(struct.pack('s', b''), struct.pack('4s', bytearray(b'ab')), struct.pack('<?', []), struct.pack('<?', 'x'))

class Idx:
    def __index__(self):
        return 7

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack('<i', Idx()), struct.pack('<d', Flt()), struct.pack('<d', 3), struct.pack('<i', True))
print(struct.Struct(b'<h').format, struct.pack(b'<h', 1), struct.Struct('>3h').size)
s = struct.Struct('<2h')
print(s.unpack_from(b'\x00\x01\x02\x03\x04', offset=1), s.size, s.format)
it = s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00')
print(type(it).__name__, it.__length_hint__(), list(it))
print(struct.pack('@bq', 1, 2), struct.pack('=bq', 1, 2), struct.pack('!hQ', -2, 2 ** 64 - 1))
print(struct.unpack('>qQ', b'\xff' * 16), struct.unpack('@P', struct.pack('@P', -1)))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.Struct.__name__)
