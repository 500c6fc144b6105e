# cffi memory ownership: ffi.from_buffer shares memory with a bytearray/bytes/ctypes array (C
# writes seen by Python and back, BufferError on resizing while exported, release by `with`,
# ffi.release or the death of the cdata), ffi.gc destructors (run once the cdata has died and
# gc.collect() ran, or at ffi.release; removed with ffi.gc(p, None)), new_handle keeping its
# object only as long as the handle cdata lives. Objects are made and dropped inside functions.
import ctypes
import gc
import weakref
import cffi

ffi = cffi.FFI()
ffi.cdef("""
    void *malloc(size_t);
    void free(void *);
    void *memset(void *, int, size_t);
    char *strcpy(char *, const char *);
    size_t strlen(const char *);
    void *memcpy(void *, const void *, size_t);
""")
C = ffi.dlopen(None)


def try_(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


# -- from_buffer: one memory for Python and C
ba = bytearray(b'hello')
c = ffi.from_buffer(ba)
print(repr(c), ffi.typeof(c), len(c), ffi.sizeof(c), c[1], c[0:2], list(c)[:2])
c[0] = b'J'
ba[1] = ord('E')
print(ba, c[1], ffi.string(c))
C.memset(c, ord('x'), 2)
print(ba)
C.strcpy(c, b'abcd')
print(ba, C.strlen(c), C.strlen(ffi.from_buffer(b'xyz\0')))
ba[0:2] = b'QQ'                       # same size: allowed while exported
ba.reverse()
print(ba, ffi.string(c, 3), bytes(ffi.buffer(c)))
for op in (lambda: ba.append(1), lambda: ba.extend(b'zz'), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.insert(0, 1), lambda: ba.remove(0), lambda: ba.__delitem__(0),
           lambda: ba.__delitem__(slice(0, 4, 2)), lambda: ba.__setitem__(slice(0, 2), b'Q'),
           lambda: ba.__iadd__(b'z'), lambda: ba.__imul__(2), lambda: ba.__init__(b'new')):
    try_(op)
ba += b''
ba *= 1
print(ba, len(c))
ffi.release(c)
ffi.release(c)
ba.append(33)
print(ba)


def export_in_function(buf):
    k = ffi.from_buffer(buf)
    k[0] = b'K'


ba2 = bytearray(b'abc')
export_in_function(ba2)
gc.collect()
ba2.append(ord('d'))                  # the export died with its cdata
print(ba2)
with ffi.from_buffer(ba2) as w:
    w[1] = b'B'
    try_(ba2.append, 1)
ba2.extend(b'ef')
print(ba2)

# typed views, sizes and errors
ints = bytearray(12)
ia = ffi.from_buffer('int[]', ints)
ia[1] = -2
print(repr(ia), len(ia), list(ia), ints[4:8])
print(repr(ffi.from_buffer('int *', ints)), repr(ffi.from_buffer('int[2]', ints)), repr(ffi.from_buffer(bytearray())))
try_(ffi.from_buffer, 'int[4]', ints)
try_(ffi.from_buffer, 'int', ints)
try_(ffi.from_buffer, 'str')
for bad in (5, None, [1]):
    try_(ffi.from_buffer, bad)
b = b'immutable'
cb = ffi.from_buffer(b)
print(repr(cb), ffi.string(cb), cb[2], ffi.from_buffer(b)[0:3])
try_(lambda: ffi.from_buffer(b, require_writable=True))
try_(ffi.from_buffer, 'char[]', b, True)
arr = (ctypes.c_int * 3)(1, 2, 3)
ca = ffi.from_buffer('int[]', arr)
ca[0] = 9
arr[2] = 30
print(repr(ca), list(ca), list(arr))
n = ffi.new('int[2]', [4, 5])
cbuf = ffi.from_buffer('int[]', ffi.buffer(n))
cbuf[1] = 50
print(repr(cbuf), list(cbuf), list(n))

# -- ffi.gc
log = []


def destroy(p):
    log.append(('destroyed', ffi.typeof(p).cname, p[0]))
    C.free(p)


def make_gc():
    raw = ffi.cast('int *', C.malloc(4))
    raw[0] = 77
    p = ffi.gc(raw, destroy)
    print(ffi.typeof(p), p[0], p == raw, repr(p).startswith("<cdata 'int *' 0x"))


make_gc()
gc.collect()
print(log)


def make_detached():
    raw = ffi.new('int *', 5)
    p = ffi.gc(raw, lambda x: log.append('not called'))
    print(ffi.gc(p, None))
    try_(ffi.gc, raw, None)


make_detached()
gc.collect()
print(log[-1])
q = ffi.gc(ffi.new('int[3]', [1, 2, 3]), lambda x: log.append(('released', list(x))))
print(len(q), list(q))
ffi.release(q)
ffi.release(q)
with ffi.gc(ffi.new('char[]', b'ctx'), lambda x: log.append(('with', ffi.string(x)))) as g:
    pass
print(log[-2:])

# -- ffi.release and `with` on ffi.new; what cannot be released
with ffi.new('int *', 3) as z:
    print(z[0])
ffi.release(ffi.new('int[10]'))
try_(ffi.release, ffi.cast('int *', 0))
try_(ffi.release, ffi.new_handle(1))
try_(ffi.release, 5)


def with_cast():
    with ffi.cast('int *', 0):
        pass


try_(with_cast)


# -- new_handle: the object lives as long as the handle cdata
class Payload:
    pass


def make_handle():
    obj = Payload()
    h = ffi.new_handle(obj)
    same = ffi.cast('void *', h)
    print(ffi.from_handle(same) is obj, repr(h).startswith("<cdata 'void *' handle to <"))
    return weakref.ref(obj)


r = make_handle()
gc.collect()
print(r())
keep = ffi.new_handle([1, 2])
print(ffi.from_handle(ffi.cast('void *', keep)))
gc.collect()
print(ffi.from_handle(keep))
try_(ffi.from_handle, ffi.NULL)
