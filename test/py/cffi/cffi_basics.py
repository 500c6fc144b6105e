# cffi ABI mode: cdef() of structs, functions, typedefs, enums, #defines; dlopen(None) and the
# getpwnam example; ffi.new owning memory, reprs, sizeof/alignof/offsetof/typeof, strlen and
# strcpy with buffers, cast, string/unpack/buffer, errors (CDefError, FFIError, TypeError).
import cffi
from cffi import FFI

ffi = FFI()
ffi.cdef("""
    #define BUFSIZE 16
    struct passwd {
        char *pw_name; char *pw_passwd; unsigned int pw_uid; unsigned int pw_gid;
        char *pw_gecos; char *pw_dir; char *pw_shell;
    };
    struct passwd *getpwnam(const char *);
    size_t strlen(const char *);
    char *strcpy(char *dest, const char *src);
    int abs(int);
    typedef struct { int x, y; } point_t;
    enum color { RED, GREEN = 5, BLUE };
    typedef int myarr_t[BUFSIZE / 4];
""")
C = ffi.dlopen(None)
p = C.getpwnam(b"root")
print(p.pw_uid == 0, p.pw_gid == 0, ffi.string(p.pw_name), ffi.string(p.pw_dir))
print(repr(p).startswith("<cdata 'struct passwd *' 0x"), ffi.typeof(p), C.getpwnam(b"no such user xyz") == ffi.NULL)
print(C.abs(-5), C.strlen(b"hello"), C.BUFSIZE, C.RED, C.GREEN, C.BLUE)

# owning memory
x = ffi.new("int *", 42)
print(x, x[0], ffi.sizeof(x), ffi.sizeof("int"), ffi.sizeof("point_t"), ffi.alignof("double"))
x[0] = -7
print(x[0], int(ffi.cast("int", x[0])))
a = ffi.new("int[3]", [1, 2, 3])
print(a, len(a), list(a), a[2], ffi.sizeof(a))
b = ffi.new("int[]", 5)
print(b, len(b), list(b))
buf = ffi.new("char[]", b"hi")
print(buf, len(buf), ffi.string(buf))
pt = ffi.new("point_t *", [3, 4])
print(pt, pt.x, pt.y, pt[0].x)
pt.x = 10
print(pt.x, ffi.offsetof("point_t", "y"), ffi.sizeof("myarr_t"), ffi.typeof("myarr_t"))
pd = ffi.new("point_t *", {'y': 9})
print(pd.x, pd.y)

# strlen/strcpy with buffers
dest = ffi.new("char[32]")
r = C.strcpy(dest, b"copied by strcpy")
print(ffi.string(dest), C.strlen(dest), r == dest, ffi.string(dest, 6), ffi.string(r))
print(ffi.unpack(dest, 6), ffi.buffer(dest, 4)[:], len(ffi.buffer(dest)))
ffi.buffer(dest)[0:3] = b"COP"
print(ffi.string(dest))
ffi.memmove(dest, b"xyz", 3)
print(ffi.string(dest))

# types and casts
print(ffi.typeof("int *"), ffi.typeof("char * *"), ffi.typeof("int[5]"), ffi.typeof("int(*)(int, long)"))
print(ffi.typeof("struct passwd"), ffi.typeof("enum color"), ffi.typeof("unsigned long long"))
print(ffi.cast("int", 2 ** 32 + 5), ffi.cast("unsigned char", -1), ffi.cast("double", 3), ffi.cast("char", 65))
print(int(ffi.cast("long", -3)), float(ffi.cast("float", 0.5)), bool(ffi.cast("int", 0)))
print(ffi.cast("enum color", 5), ffi.string(ffi.cast("enum color", 6)))
vp = ffi.cast("void *", 0x1000)
print(vp, int(ffi.cast("intptr_t", vp)), ffi.cast("int *", vp) + 2, ffi.cast("char *", 16) - ffi.cast("char *", 10))
print(ffi.NULL, bool(ffi.NULL), ffi.cast("int *", 0) == ffi.NULL)
ip = ffi.cast("int *", a)
print(ip[1], (ip + 1)[0], (ip + 2) - ip, ip + 1 > ip)
print(ffi.unpack(a, 3))

# errors
try:
    ffi.new("struct nope *")
except TypeError as e:
    print('TypeError:', e)
try:
    ffi.new("nope_t *")
except cffi.CDefError as e:
    print('CDefError:', e)
try:
    ffi.cdef("int x;\nint y z;")
except cffi.CDefError as e:
    print('CDefError:', e)
try:
    C.abs("x")
except TypeError as e:
    print('TypeError:', e)
try:
    C.strlen(42)
except TypeError as e:
    print('TypeError:', e)
try:
    ffi.new("unsigned char *", 300)
except OverflowError as e:
    print('OverflowError:', e)
try:
    a[3]
except IndexError as e:
    print('IndexError:', e)
try:
    ffi.cast("int *", 0)[0]
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    C.no_such_function
except AttributeError as e:
    print('AttributeError')
ffi.cdef("struct partial { int a; ...; };")
try:
    ffi.new("struct partial *")
except cffi.VerificationMissing as e:
    print('VerificationMissing:', e)
