# _ffi: typed function pointers (getfunc with _ffi.types) for every integer type, in the default
# wrapping mode (ctypes') and in check mode (intmode='check', cffi's): there an out-of-range
# argument raises OverflowError instead of being reduced modulo 2**bits.
import _ffi
from _ffi import types

lib = _ffi.CDLL('../../c/build/libffitest.so')

# (type, C suffix, bits, signed)
WIDTHS = [
    (types.sint8, 'i8', 8, True), (types.uint8, 'u8', 8, False),
    (types.sint16, 'i16', 16, True), (types.uint16, 'u16', 16, False),
    (types.sint32, 'i32', 32, True), (types.uint32, 'u32', 32, False),
    (types.sint64, 'i64', 64, True), (types.uint64, 'u64', 64, False),
    (types.schar, 'schar', 8, True), (types.uchar, 'uchar', 8, False),
    (types.sshort, 'short', 16, True), (types.ushort, 'ushort', 16, False),
    (types.sint, 'int', 32, True), (types.uint, 'uint', 32, False),
    (types.slong, 'long', 64, True), (types.ulong, 'ulong', 64, False),
    (types.slonglong, 'longlong', 64, True), (types.ulonglong, 'ulonglong', 64, False),
    (types.size_t, 'size_t', 64, False), (types.ssize_t, 'ssize_t', 64, True),
]

for t, suffix, bits, signed in WIDTHS:
    add = lib.getfunc('add_' + suffix, [t, t], t)
    add_checked = lib.getfunc('add_' + suffix, [t, t], t, intmode='check')
    top = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
    bottom = -(2 ** (bits - 1)) if signed else 0
    line = [t.name, str(t.sizeof()), str(add(top, 0) == top), str(add(bottom, 0) == bottom)]
    # C arithmetic wraps inside the function in both modes
    line.append(str(add(top, 1) == bottom))
    line.append(str(add_checked(top, 1) == bottom))
    # wrap mode: top + 1 as an argument wraps; check mode: OverflowError
    line.append(str(add(top + 1, 0) == bottom))
    try:
        add_checked(top + 1, 0)
        line.append('no error')
    except OverflowError as e:
        line.append('OverflowError: ' + str(e))
    print(' '.join(line))

# getfunc returns the same object for the same name and signature
f1 = lib.getfunc('add1', [types.sint], types.sint)
print('cached:', f1 is lib.getfunc('add1', [types.sint], types.sint), f1(41))
print('name:', f1.name, ' restype is sint:', f1.restype is types.sint)
# the address is the symbol's
print('getaddr == getaddressindll:', f1.getaddr() == lib.getaddressindll('add1'))
# a FuncPtr from an address
g = _ffi.FuncPtr.fromaddr(lib.getaddressindll('add1'), 'add1', [types.sint], types.sint)
print('fromaddr:', g(1))
# chars and wide chars
id_char = lib.getfunc('id_char', [types.char], types.char)
print('char:', id_char(b'z'), id_char(0x41))
id_wchar = lib.getfunc('id_wchar', [types.unichar], types.unichar)
print('wchar:', id_wchar('\u00e9') == '\u00e9', ord(id_wchar('\U0001F600')) == 0x1F600)
# bool
print('bool:', lib.getfunc('bool_to_int', [types.bool], types.sint)(True), lib.getfunc('not_bool', [types.bool], types.bool)(False))
# 64-bit results beyond 2**53 are exact
id_u64 = lib.getfunc('id_u64', [types.uint64], types.uint64)
print('u64:', id_u64(2 ** 64 - 1) == 18446744073709551615, id_u64(2 ** 53 + 1) - 2 ** 53)
