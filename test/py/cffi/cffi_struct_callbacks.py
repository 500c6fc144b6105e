# cffi callbacks taking and returning structs by value, called from C (test/c/ffitest.c): a
# small struct in registers, a struct mixing int and double, a large struct passed in memory with
# a nested struct, arrays and a char array; the callback's copy is its own; results given as a
# cdata struct, a dict or a list; unions by value are refused as real cffi refuses them.
import cffi

ffi = cffi.FFI()
ffi.cdef("""
    typedef struct { int x; int y; } Point;
    typedef struct { int a; double b; } ByValue;
    typedef struct { char c; double d; short s; } Padded;
    typedef struct { char tag; Point p; Padded pad; int arr[3]; char name[5]; } Nested;
    typedef union { int i; double d; unsigned char bytes[8]; } Number;
    int call_point_cb(int (*cb)(Point), int x, int y);
    int call_point_maker(Point (*cb)(int, int), int x, int y);
    ByValue call_byvalue_cb(ByValue (*cb)(ByValue, int), int a, double b, int k);
    double call_nested_cb(double (*cb)(Nested, int));
    int call_point_cb_keeps(int (*cb)(Point));
""")
lib = ffi.dlopen('../../c/build/libffitest.so')

seen = []


@ffi.callback("int(Point)")
def point_cb(p):
    seen.append((ffi.typeof(p).cname, p.x, p.y, ffi.sizeof(p)))
    return p.x * 10 + p.y


print(lib.call_point_cb(point_cb, 3, 4), lib.call_point_cb(point_cb, -1, 2), seen)

makers = [
    ffi.callback("Point(int, int)", lambda a, b: ffi.new("Point *", [a, b])[0]),
    ffi.callback("Point(int, int)", lambda a, b: {'x': b, 'y': a}),
    ffi.callback("Point(int, int)", lambda a, b: [a + b, a - b]),
]
print([lib.call_point_maker(m, 5, 3) for m in makers], ffi.typeof(makers[0]))


def transform(v, k):
    return {'a': v.a * k, 'b': v.b + k}


bv = lib.call_byvalue_cb(ffi.callback("ByValue(ByValue, int)", transform), 6, 0.25, 3)
print(ffi.typeof(bv), bv.a, bv.b)


def nested(n, k):
    print(n.tag, n.p.x, n.p.y, n.pad.c, n.pad.d, n.pad.s, list(n.arr), ffi.string(n.name), k)
    return n.p.x + n.p.y + sum(n.arr) + k + 0.5


print(lib.call_nested_cb(ffi.callback("double(Nested, int)", nested)))


def scribble(p):
    p.x = 7
    p.y = 8
    return p.x + p.y


print(lib.call_point_cb_keeps(ffi.callback("int(Point)", scribble)))

# an exception in the callback: C gets the error value
failing = ffi.callback("int(Point)", lambda p: 1 / 0, error=-5, onerror=lambda *exc: None)
print(lib.call_point_cb(failing, 1, 1))

for sig in ("double(Number)", "Number(int)"):
    try:
        ffi.callback(sig, lambda *a: 0)
    except NotImplementedError as e:
        print('NotImplementedError:', e)
