# _rawffi: calls of every C integer width through ctypes type letters (libffitest's id_/add_/neg_
# functions). Integer arguments wrap modulo 2**bits as in ctypes; results are the C values.
import _rawffi

lib = _rawffi.CDLL('../../c/build/libffitest.so')

# letter, C suffix of the test function, bits, signed
WIDTHS = [
    ('b', 'schar', 8, True), ('B', 'uchar', 8, False),
    ('h', 'short', 16, True), ('H', 'ushort', 16, False),
    ('i', 'int', 32, True), ('I', 'uint', 32, False),
    ('l', 'long', 64, True), ('L', 'ulong', 64, False),
    ('q', 'longlong', 64, True), ('Q', 'ulonglong', 64, False),
]

for letter, suffix, bits, signed in WIDTHS:
    ident = lib.ptr('id_' + suffix, [letter], letter)
    add = lib.ptr('add_' + suffix, [letter, letter], letter)
    neg = lib.ptr('neg_' + suffix, [letter], letter)
    top = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
    bottom = -(2 ** (bits - 1)) if signed else 0
    # identity at both ends of the range; one past the top wraps to the bottom
    print(letter, 'id(top) == top:', ident(top) == top, ' id(bottom) == bottom:', ident(bottom) == bottom)
    print(letter, 'id(top + 1) == bottom:', ident(top + 1) == bottom)
    # add overflows the way C does (the sum is truncated to the type)
    print(letter, 'add(top, 1) == bottom:', add(top, 1) == bottom, ' add(20, 22) =', add(20, 22))
    # neg(1) is -1 for signed types and 2**bits - 1 for unsigned ones
    print(letter, 'neg(1) =', neg(1), ' expected', -1 if signed else 2 ** bits - 1)
    # the sizes ctypes has on x86-64 Linux
    print(letter, 'sizeof =', _rawffi.sizeof(letter), ' expected', bits // 8)

# ints of any size wrap: 2**100 + 5 is 5 modulo every width
print('id_int(2**100 + 5) =', lib.ptr('id_int', ['i'], 'i')(2 ** 100 + 5))
# -1 as an unsigned 64-bit value
print('id_ulonglong(-1) == 2**64 - 1:', lib.ptr('id_ulonglong', ['Q'], 'Q')(-1) == 2 ** 64 - 1)
# bools are ints
print('add_int(True, True) =', lib.ptr('add_int', ['i', 'i'], 'i')(True, True))
# a char is a 1-byte bytes object
id_char = lib.ptr('id_char', ['c'], 'c')
print('id_char(b"A") =', id_char(b'A'), ' id_char(66) =', id_char(66))
# sum of mixed widths: (-1) + 255 + (-1) + 65535 + (-1) + 4294967295 + (-1)
sum_mixed = lib.ptr('sum_mixed', ['b', 'B', 'h', 'H', 'i', 'I', 'q'], 'q')
print('sum_mixed =', sum_mixed(-1, 255, -1, 65535, -1, 4294967295, -1), ' expected', 255 + 65535 + 4294967295 - 4)
# bool in and out
not_bool = lib.ptr('not_bool', ['?'], '?')
print('not_bool(True) =', not_bool(True), ' not_bool(0) =', not_bool(0))
print('do_nothing() =', lib.ptr('do_nothing', [], None)())
