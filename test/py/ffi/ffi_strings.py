# C strings: bytes passed as char * (a NUL-terminated copy for the duration of the call), str as
# wchar_t *, char * / wchar_t * results decoded to bytes / str (None for NULL), buffers that C
# fills, and memory malloc'ed by C read with charp2string then released with libc free().
import _ffi
import _rawffi
from _ffi import types

lib = _ffi.CDLL('../../c/build/libffitest.so')
libc = _ffi.CDLL('c')

my_strlen = lib.getfunc('my_strlen', [types.char_p], types.size_t)
print('my_strlen(b"abc") =', my_strlen(b'abc'))
print('my_strlen(b"with\\0nul") =', my_strlen(b'with\0nul'))  # C stops at the first NUL
print('my_strlen(None) == 2**64 - 1:', my_strlen(None) == 2 ** 64 - 1)  # the function returns (size_t)-1 for NULL
my_wcslen = lib.getfunc('my_wcslen', [types.wchar_p], types.size_t)
print('my_wcslen("wide \\u00e9\\u4e2d\\U0001F600") =', my_wcslen('wide \u00e9\u4e2d\U0001F600'))

print('static_string() =', lib.getfunc('static_string', [], types.char_p)())
ws = lib.getfunc('static_wstring', [], types.wchar_p)()
print('static_wstring() == "wide \\u00e9\\u4e2d\\U0001F600":', ws == 'wide \u00e9\u4e2d\U0001F600', len(ws))
print('null_string() =', lib.getfunc('null_string', [], types.char_p)())
is_null = lib.getfunc('is_null', [types.pointer], types.sint)
print('is_null(None) =', is_null(None), ' is_null(b"") =', is_null(b''), ' is_null(0) =', is_null(0))

# a buffer C writes into
fill = lib.getfunc('fill_greeting', [types.pointer, types.size_t, types.char_p], types.sint)
buf = _rawffi.Array('c')(32)
need = fill(buf, 32, b'bob')
print('fill_greeting ->', need, _rawffi.charp2string(buf.buffer))
need = fill(buf, 6, b'alice')  # truncated to 5 characters + NUL
print('fill_greeting(size=6) ->', need, _rawffi.charp2string(buf.buffer), buf[0:6])
buf.free()

upper = lib.getfunc('upper_inplace', [types.char_p], types.void)
text = _rawffi.Array('c')(13, b'mixed Case 1')
upper(text.buffer)
print('upper_inplace ->', _rawffi.charp2string(text.buffer), ' maxlen 5:', _rawffi.charp2string(text.buffer, 5))
text.free()

count_byte = lib.getfunc('count_byte', [types.char_p, types.sint, types.char], types.sint)
print('count_byte(b"banana", 6, b"a") =', count_byte(b'banana', 6, b'a'))

# _rawffi: 'z' results are bytes, 'P' results addresses
rlib = _rawffi.CDLL('../../c/build/libffitest.so')
print('_rawffi z result:', rlib.ptr('static_string', [], 'z')())
malloc_string = rlib.ptr('malloc_string', ['z'], 'P')
p = malloc_string(b'copied by C')
print('malloc_string ->', _rawffi.charp2string(p), ' raw 6:', _rawffi.charp2rawstring(p, 6), ' at:', _rawffi.rawstring_at(p, 3))
libc.getfunc('free', [types.pointer], types.void)(p)

# wchar_t arrays
w = _rawffi.Array('u')(6, 'xy\u00e9')
print('wcharp2unicode:', w[0], w[2] == '\u00e9', _rawffi.wcharp2unicode(w.buffer) == 'xy\u00e9', _rawffi.wcharp2unicode(w.buffer, 2))
print('wchar array sizeof:', _rawffi.sizeof('u'), ' Z length:', lib.getfunc('my_wcslen', [types.pointer], types.size_t)(w))
w.free()
