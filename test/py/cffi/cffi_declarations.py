# cffi cdef(): typedefs, named/anonymous/nested structs and unions (anonymous members flattened,
# '$N' names), enums, arrays with constant lengths, pointers, function pointers, prototypes,
# global variables, '#define NAME <int>'; ctype introspection (kind, cname, item, length, fields,
# args, result, elements); typeof/getctype/list_types; the errors of malformed declarations
# (CDefError naming the line, as pycparser words them) and of redeclarations.
import cffi
from cffi import FFI

ffi = FFI()
ffi.cdef("""
    #define FOUR 4
    #define NEG -3
    #define HEX 0x10
    #define OCT 010
    typedef int myint;
    typedef unsigned long long u64;
    typedef struct point { int x, y; } point_t, *point_p;
    struct node { int value; struct node *next; };
    typedef union { int i; float f; char c[4]; } num_t;
    struct outer {
        int kind;
        union { int i; double d; };
        struct { short a, b; } pair;
        struct { char tag; };
        int arr[FOUR];
        point_t pts[2];
    };
    struct bits { unsigned a : 3; int c : 5; long d; };
    enum e1 { A, B = 10, C, D = -1 };
    typedef enum { X = 1, Y = 1 << 3, Z = X | Y } flags_t;
    typedef int (*binop)(int, int);
    typedef void (*handler_t)(void *, const char *);
    struct with_fp { binop op; int (*cmp)(const void *, const void *); };
    int abs(int);
    long labs(long);
    double sqrt(double);
    int printf(const char *, ...);
    typedef char name_t[16];
    extern int *int_ptr_array[3];
    struct later;
    typedef struct later later_t;
    struct later { int z; };
""")
lib = ffi.dlopen(None)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(ffi.sizeof('point_t'), ffi.sizeof('struct point'), ffi.sizeof('point_p'), ffi.sizeof('num_t'), ffi.sizeof('struct outer'), ffi.sizeof('struct bits'))
print([ffi.offsetof('struct outer', f) for f in ('kind', 'i', 'd', 'pair', 'tag', 'arr', 'pts')], ffi.offsetof('struct outer', 'pts', 1), ffi.offsetof('struct outer', 'arr', 2))
print(ffi.typeof('myint'), ffi.typeof('u64'), ffi.typeof('point_p'), ffi.typeof('struct point'), ffi.typeof('num_t'), ffi.typeof('flags_t'))
print(ffi.typeof('binop'), ffi.typeof('handler_t'), ffi.typeof('name_t'), ffi.typeof('later_t'), ffi.typeof('struct later'), ffi.typeof('struct outer *'))
print(lib.FOUR, lib.NEG, lib.HEX, lib.OCT, lib.A, lib.B, lib.C, lib.D, lib.X, lib.Y, lib.Z)
print(ffi.list_types())
print(ffi.getctype('int *'), ffi.getctype('int', '*'), ffi.getctype('int[5]', 'a'), ffi.getctype('int(*)(int)', 'f'), ffi.getctype('point_t', '*p'), ffi.getctype(ffi.typeof('int[3]'), '*p'))
print(ffi.typeof('int(*)[3]'), ffi.typeof('int *[3]'), ffi.typeof('int(*(*)(int))[2]'), ffi.typeof('void(*)(void)'), ffi.typeof('int(*)(int, ...)'), ffi.typeof('int(**)(int)'), ffi.typeof('int(*[3])(int)'))
print(ffi.typeof('int[FOUR]'), ffi.typeof('char[FOUR * 2 + 1]'), ffi.typeof('void'), ffi.typeof('unsigned short int'), ffi.typeof('long long unsigned'))

# ctype introspection
for c in ('int', 'int *', 'int[3]', 'int[]', 'struct bits', 'enum e1', 'flags_t', 'int(*)(int, ...)', 'void', 'struct outer', 'num_t', 'double'):
    ct = ffi.typeof(c)
    print(c, '|', ct.kind, ct.cname, dir(ct))
print(ffi.typeof('int[3]').item, ffi.typeof('int[3]').length, ffi.typeof('int[]').length, ffi.typeof('point_p').item)
print([(n, f.type, f.offset, f.bitshift, f.bitsize, f.flags) for n, f in ffi.typeof('struct bits').fields])
print([(n, f.type, f.offset) for n, f in ffi.typeof('struct outer').fields])
fp = ffi.typeof('int(*)(int, ...)')
print(fp.args, fp.result, fp.ellipsis, fp.abi, ffi.typeof('binop').args)
print(ffi.typeof('enum e1').elements == {0: 'A', 10: 'B', 11: 'C', -1: 'D'}, ffi.typeof('flags_t').relements == {'X': 1, 'Y': 8, 'Z': 9})
t(lambda: ffi.typeof('int').item)
t(lambda: ffi.typeof('int *').fields)
t(lambda: ffi.typeof('binop').item)
t(lambda: ffi.typeof('struct later').fields[0][1].type)

# globals and prototypes
print(ffi.typeof(lib.abs), ffi.typeof(lib.printf), lib.abs(-3), lib.labs(-2 ** 40), lib.sqrt(2.0))
print(ffi.typeof(ffi.addressof(lib, 'abs')), ffi.addressof(lib, 'abs') == lib.abs)

# errors in declarations
for src in ('int bad(int;', 'int f(int) { return 1; }', 'int a;\nint f2(int) { }', '#include <stdio.h>',
            '#define W abc', '#define W2 (1)', 'unknown_t f(void);', 'int x;\n  unknown_t *y;', 'const unknown_t x;',
            'static unknown_t z;', 'typedef unknown_t *up;', 'int g(unknown_t *);', 'int g2(int, unknown_t);',
            'struct T { unknown_t a; };', 'unsigned unknown_t x;', 'int x y;', 'int h(int x',
            'struct point { int z; };', 'typedef int myint;', 'typedef long myint;', 'int abs(int);',
            'double sqrt(double);', 'struct s1 { int a; ...; };', 'typedef struct { int a; ...; } partial_t;',
            '#pragma pack(1)', '#define DOTS ...', 'int y = 5;', 'enum e2 { P = FOUR * 2, Q };'):
    try:
        ffi.cdef(src)
        print('ok:', repr(src))
    except (cffi.CDefError, cffi.FFIError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(lib.P, lib.Q, lib.y)
for bad in ('nope', 'unknown_t *', 'int x y', 'int]', 'unknown_t[3]', 'int(int)', 'struct undeclared *', 'int[-1]'):
    t(lambda: ffi.typeof(bad))
t(lambda: ffi.typeof(5))
t(lambda: ffi.typeof(ffi.typeof('int')))
t(lambda: ffi.new('struct s1 *'))
t(lambda: ffi.sizeof('partial_t'))
t(lambda: lib.nonexistent_fn)
t(lambda: ffi.cdef('int fresh;', override=True) or 'override ok')
