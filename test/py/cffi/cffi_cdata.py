# cffi cdata behaviour against real cffi: ffi.new with 'T *', 'T[]', 'T[n]' and initialisers,
# cast rules (truncation, float rounding, enums, pointers), string/unpack/buffer, sizeof/alignof/
# offsetof/addressof, field access and indexing, pointer arithmetic and comparisons,
# int()/float()/bool()/len()/iteration, reprs (owning, references '&', NULL), primitive cdata
# comparing as their values, NULL dereference raising, calls (arity, types, variadic), callbacks
# (call forms, error=, onerror=), errno, dlopen errors, new_allocator and init_once.
import cffi
from cffi import FFI

ffi = FFI()
ffi.cdef("""
    typedef struct point { int x, y; } point_t;
    struct node { int value; struct node *next; };
    struct outer { int kind; union { int i; double d; }; struct { short a, b; } pair; int arr[4]; point_t pts[2]; };
    enum e1 { A, B = 10, C };
    typedef int (*binop)(int, int);
    int abs(int);
    size_t strlen(const char *);
    int sprintf(char *, const char *, ...);
    void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
    int atoi(const char *);
""")
C = ffi.dlopen(None)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


def addr_free(s):
    """A repr without its address (addresses differ from run to run)."""
    return s[:s.index(' 0x')] + '>' if ' 0x' in s else s


# ffi.new
o = ffi.new('struct outer *')
o.kind = 1
o.i = 5
o.pair.a = 2
o.arr[3] = 9
o.pts[1].y = 7
print(o.kind, o.i, o.d != 0, o.pair.a, o.pair.b, list(o.arr), o.pts[1].y, o.pts[0].x, repr(o[0]), addr_free(repr(o.pair)), addr_free(repr(o.arr)))
n = ffi.new('struct node *', {'value': 1})
m = ffi.new('struct node *', [2, n])
print(m.next.value, m.next.next == ffi.NULL, m.next == n, repr(n), addr_free(repr(m.next[0])))
print(ffi.new('point_t[]', [[1, 2], {'y': 5}])[1].y, list(ffi.new('int[]', [1, 2, 3])), len(ffi.new('int[]', 4)), repr(ffi.new('int[2][3]')))
print(ffi.new('int[2][3]', [[1, 2, 3], [4]])[1][0], len(ffi.new('int[][3]', 4)), ffi.new('float *', 2)[0], ffi.new('int *', ffi.cast('long', 3))[0])
print(repr(ffi.new('point_t *')), repr(ffi.new('point_t[2]')), addr_free(repr(ffi.new('point_t[2]')[0])), repr(ffi.new('char[]', b'hi')))
for args in (('point_t *', {'x': 1, 'z': 2}), ('point_t *', [1, 2, 3]), ('int[4]', [1] * 5), ('char[]', 'str'),
             ('char *', b'ab'), ('int',), ('void *',), ('int[]', -1), ('struct undeclared *',), ('_Bool *', 2),
             ('int *', 'x'), ('double *', 'x'), ('char *', 65), ('int *', 2.5), ('int **', ffi.new('char *')),
             ('int **', 5), ('point_t **', ffi.new('int *')), ('unsigned char *', 300)):
    t(lambda: ffi.new(*args))
t(lambda: ffi.typeof('int[-1]'))

# casts
for args in (('int', 'x'), ('int *', 1.5), ('double', ffi.cast('int', 7)), ('char', 300), ('_Bool', 2),
             ('float', 1e300), ('float', 0.1), ('unsigned int', -1), ('int', ffi.cast('void *', 5)),
             ('long', ffi.cast('int *', 0x10)), ('enum e1', 10), ('enum e1', 99), ('binop', 0), ('point_t', 0),
             ('int', 1.9), ('int', -1.9), ('unsigned char', 256.5), ('int', 2 ** 70), ('int', ffi.cast('double', 3.7)),
             ('char', 'x'), ('wchar_t', 65), ('int', b'A'), ('point_t *', ffi.cast('int *', 8)), ('int[3]', 8), ('int', None)):
    t(lambda: ffi.cast(*args))

# strings, unpack, buffers
print(ffi.string(ffi.new('char[10]', b'hello'), 3), ffi.string(ffi.new('wchar_t[]', 'wide')), ffi.string(ffi.cast('enum e1', 11)), ffi.string(ffi.cast('enum e1', 3)))
print(ffi.string(ffi.cast('char', b'a')), ffi.string(ffi.cast('wchar_t', 'w')), ffi.unpack(ffi.new('int[3]', [7, 8, 9]), 2), ffi.unpack(ffi.new('char[]', b'abc'), 2), ffi.unpack(ffi.new('wchar_t[]', 'xyz'), 3))
for f in (lambda: ffi.string(ffi.cast('int', 5)), lambda: ffi.string(ffi.new('int[2]')), lambda: ffi.string(5),
          lambda: ffi.string(ffi.cast('_Bool', 1)), lambda: ffi.buffer(5)):
    t(f)
b = ffi.buffer(ffi.new('char[4]'))
b[1] = b'x'
print(b[:], b[0], b[1], len(b), ffi.buffer(ffi.new('int *', 0x41424344))[:], ffi.buffer(ffi.new('char[]', b'abc'), 2)[:])

# sizes and addresses
print(ffi.sizeof('int[10]'), ffi.sizeof(ffi.new('int[]', 7)), ffi.alignof('struct outer'), ffi.alignof('char'), ffi.sizeof(o[0]), ffi.sizeof(o))
for f in (lambda: ffi.sizeof('void'), lambda: ffi.sizeof(1), lambda: ffi.sizeof('struct undeclared'), lambda: ffi.offsetof('point_t', 'z'),
          lambda: ffi.offsetof('int', 'z'), lambda: ffi.offsetof('int', 0), lambda: ffi.addressof(ffi.new('int *')), lambda: ffi.addressof(5),
          lambda: ffi.addressof(ffi.new('int[2]'), 'x')):
    t(f)
arr = ffi.new('int[5]', [10, 20, 30, 40, 50])
p = ffi.addressof(arr, 2)
print(p[0], ffi.typeof(p), (p + 1)[0], (p - 2)[0], p - ffi.addressof(arr, 0), p > arr, p == arr + 2, (3 + p)[0])
print(ffi.typeof(ffi.addressof(o, 'pair')), ffi.addressof(o, 'pair').b, ffi.addressof(o.pair) == ffi.addressof(o, 'pair'), ffi.addressof(o[0], 'arr', 1)[0])
print(ffi.addressof(ffi.new('point_t *', [4, 5]), 'y')[0], ffi.typeof(ffi.addressof(ffi.new('point_t[2]'), 1)))

# conversions and protocols
print(int(ffi.cast('int', -5)), float(ffi.cast('double', 2.5)), bool(ffi.cast('int', 0)), int(ffi.cast('char', 65)), int(ffi.cast('_Bool', 1)), int(ffi.cast('float', 2.7)), int(ffi.cast('wchar_t', 'A')))
print(list(ffi.new('char[3]', b'ab')), list(iter(ffi.new('int[2]', [5, 6]))), bool(ffi.new('point_t *')[0]), bool(ffi.cast('float', 0.0)))
for f in (lambda: int(ffi.new('int *')), lambda: float(ffi.new('int *')), lambda: len(ffi.new('int *')), lambda: [x for x in ffi.new('int *')],
          lambda: float(ffi.cast('char', b'a')), lambda: int(ffi.cast('void *', 16)), lambda: o.nope, lambda: setattr(o, 'nope', 1),
          lambda: o.arr[4], lambda: o.arr[-1], lambda: ffi.new('int *')[1.5], lambda: ffi.new('int[2]')['a'], lambda: ffi.cast('void *', 5)[0],
          lambda: ffi.new('int *')(1)):
    t(f)

# comparisons and arithmetic
print(ffi.NULL, ffi.cast('void *', 0) == ffi.NULL, ffi.NULL == 0, ffi.NULL is None, bool(ffi.NULL), ffi.cast('char *', 0) == ffi.NULL)
print(ffi.cast('int', 5) == 5, ffi.cast('int', 5) == ffi.cast('long', 5), ffi.cast('int', 5) == ffi.cast('double', 5.0), ffi.cast('char', b'a') == b'a', ffi.cast('char', b'a') == 97)
print(ffi.cast('int', 5) == ffi.cast('int *', 5), ffi.cast('int *', 8) == ffi.cast('char *', 8), ffi.cast('int *', 8) < ffi.cast('char *', 9), ffi.cast('int', 5) < 6, hash(ffi.cast('int', 5)) == hash(5))
print(ffi.new('char[]', b'abc') == ffi.new('char[]', b'abc'), ffi.new('point_t *')[0] == ffi.new('point_t *')[0], ffi.cast('void *', 16) + 1, ffi.cast('void *', 16) - ffi.cast('void *', 8), ffi.cast('int *', 16) - ffi.cast('int *', 8))
for f in (lambda: ffi.cast('int *', 8) < 9, lambda: ffi.new('int *') + 1.5, lambda: ffi.new('int *') - 1.5, lambda: ffi.cast('int', 5) + 1,
          lambda: ffi.cast('int *', 8) - ffi.cast('char *', 0), lambda: ffi.new('int[2]') - ffi.new('int *'),
          lambda: ffi.cast('binop', 8) + 1, lambda: ffi.cast('struct undeclared *', 8) + 1, lambda: ffi.cast('int *', 0)[0],
          lambda: ffi.cast('void *', 0)[0], lambda: ffi.cast('binop', 0)(1, 2)):
    t(f)

# primitive reprs
print([repr(ffi.cast(*a)) for a in (('int', 3), ('unsigned char', 200), ('double', 0.1), ('float', 0.1), ('char', b'a'), ('wchar_t', 'w'), ('_Bool', 1), ('enum e1', 1), ('enum e1', 10))])
print(repr(ffi.cast('int *', 0)), repr(ffi.cast('int *', 16)), repr(ffi.typeof(C.abs)), addr_free(repr(C.abs)))

# calls
buf = ffi.new('char[64]')
print(C.abs(-3), C.strlen(b'abc'), C.strlen(ffi.new('unsigned char[]', b'ab')), C.sprintf(buf, b'%d-%s-%.2f', ffi.cast('int', 42), ffi.new('char[]', b'xy'), ffi.cast('double', 1.5)), ffi.string(buf))
for f in (lambda: C.abs(2 ** 31), lambda: C.abs(), lambda: C.abs(1, 2), lambda: C.abs(1.5), lambda: C.abs(ffi.new('int *')), lambda: C.abs(ffi.cast('double', 3.5)),
          lambda: C.strlen('str'), lambda: C.strlen(None), lambda: C.strlen(ffi.new('int *')), lambda: C.strlen(ffi.new('void **')),
          lambda: C.sprintf(buf, b'%s', b'xy'), lambda: C.sprintf(buf, b'%d', 42), lambda: C.nonexistent_fn):
    t(f)
print(C.abs(ffi.cast('long', 3)))
C.sprintf(buf, b'%d %u %ld %lu %c %hd %s %p', ffi.cast('int', -5), ffi.cast('unsigned int', 4000000000), ffi.cast('long', -2 ** 40),
          ffi.cast('unsigned long', 2 ** 63), ffi.cast('char', b'Z'), ffi.cast('short', -3), ffi.new('char[]', b'str'), ffi.cast('void *', 0x1234))
print(ffi.string(buf))

# callbacks
for f in (lambda: ffi.callback('int(int)', 5), lambda: ffi.callback('int', lambda: 0), lambda: ffi.callback('void(int)', lambda x: x, error=5),
          lambda: ffi.callback('int(int)', lambda x: x)(2, 3)):
    t(f)
print(ffi.callback('int(*)(int)', lambda x: x)(4), ffi.callback('double(double)', lambda x: x * 2)(1.5), ffi.callback('char *(int)', lambda x: ffi.NULL)(1))
cb = ffi.callback('int(int)', lambda x: x)
print(ffi.typeof(cb), cb == cb, bool(cb), ffi.cast('void *', cb) != ffi.NULL, type(ffi.callback('int(int)')).__name__)
seen = []


def onerr(exc, val, tb):
    seen.append((exc.__name__, str(val), tb is not None))
    return 42


bad = ffi.callback('int(int)', lambda x: 1 // x, error=-1, onerror=onerr)
quiet = ffi.callback('int(int)', lambda x: 1 // x, error=-2, onerror=lambda *a: None)
print(bad(0), bad(2), quiet(0), seen)


@ffi.callback('int(const void *, const void *)', error=0)
def cmp(a, b):
    return ffi.cast('int *', a)[0] - ffi.cast('int *', b)[0]


values = ffi.new('int[]', [3, 1, 2])
C.qsort(values, 3, 4, cmp)
print(list(values))

# errno, libraries
ffi.errno = 5
print(ffi.errno, C.atoi(b'42'), type(C).__name__, type(C).__module__, ffi.dlopen('libc.so.6').abs(-2), ffi.dlopen('c').abs(-3))
t(lambda: ffi.dlopen('no_such_library_xyz.so'))
t(lambda: ffi.dlopen(5))
print(ffi.RTLD_NOW, ffi.RTLD_LAZY, ffi.RTLD_GLOBAL, ffi.RTLD_LOCAL, ffi.RTLD_NODELETE, ffi.RTLD_NOLOAD, ffi.RTLD_DEEPBIND)

# new_allocator, init_once, include
log = []
ffi.cdef("void *malloc(size_t); void free(void *);")
alloc = ffi.new_allocator(C.malloc, lambda p: (log.append('freed'), C.free(p)), should_clear_after_alloc=True)
a3 = alloc('int[3]', [1, 2, 3])
one = alloc('int *')
print(list(a3), ffi.typeof(a3), one[0], ffi.new_allocator()('int[2]', [4, 5])[1])
ffi.release(a3)
ffi.release(one)
print(log, ffi.init_once(lambda: 'first', 'tag'), ffi.init_once(lambda: 'second', 'tag'))
other = FFI()
other.include(ffi)
print(other.sizeof('point_t'), other.typeof('binop'))
