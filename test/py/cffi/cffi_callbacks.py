# cffi callbacks and handles: qsort with a Python comparator (decorator and call forms), a
# callback C stores and calls later, error= and onerror= for exceptions in callbacks,
# new_handle/from_handle round trip through a C `void *`, a C API returning a pointer to a
# struct it owns, global variables, function pointers in structs, errno.
from cffi import FFI

ffi = FFI()
ffi.cdef("""
    void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
    int abs(int);
""")
C = ffi.dlopen(None)
lib_ffi = FFI()
lib_ffi.cdef("""
    typedef int (*int_cb)(int);
    int call_n_times(int_cb cb, int n);
    void store_cb(int_cb cb);
    int call_stored(int x);
    double call_double_cb(double (*cb)(double, double), double a, double b);
    void *ptr_id(void *p);
    typedef struct { int refcount; int value; char label[16]; } Owned;
    Owned *owned_new(int value);
    void owned_free(Owned *o);
    int owned_live_count(void);
    int set_errno_to(int e);
    extern int global_counter;
    extern const char *global_name;
    void my_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
    typedef struct { int x; int y; } Point;
""")
lib = lib_ffi.dlopen('../../c/build/libffitest.so')

@ffi.callback("int(const void *, const void *)")
def cmp(a, b):
    x = ffi.cast("int *", a)[0]
    y = ffi.cast("int *", b)[0]
    return (x > y) - (x < y)

values = ffi.new("int[]", [5, -3, 9, 1, 7, 0, 2])
C.qsort(values, len(values), ffi.sizeof("int"), cmp)
print(list(values), repr(cmp).startswith("<cdata 'int(*)(void *, void *)' calling <function cmp"))
desc = ffi.callback("int(void *, void *)", lambda a, b: ffi.cast("int *", b)[0] - ffi.cast("int *", a)[0])
C.qsort(values, 7, 4, desc)
print(list(values))

# structures sorted by a field through the deterministic insertion sort
pts = lib_ffi.new("Point[]", [(0, 20), (1, 40), (2, 10), (3, 30)])
by_y = lib_ffi.callback("int(void *, void *)", lambda a, b: lib_ffi.cast("Point *", a).y - lib_ffi.cast("Point *", b).y)
lib.my_sort(pts, 4, lib_ffi.sizeof("Point"), by_y)
print([(p.x, p.y) for p in pts])

seen = []
def square(v):
    seen.append(v)
    return v * v
sq = lib_ffi.callback("int_cb", square)
print(lib.call_n_times(sq, 5), seen)
double_it = lib_ffi.callback("int(int)", lambda v: 2 * v)  # C stores it: keep it alive
lib.store_cb(double_it)
print(lib.call_stored(21))
keep = lib_ffi.callback("int(int)", lambda v: v + 1000)
lib.store_cb(keep)
print(lib.call_stored(1))
lib.store_cb(lib_ffi.NULL)
print(lib.call_stored(1))
print(lib.call_double_cb(lib_ffi.callback("double(double, double)", lambda a, b: a * b), 1.5, 4.0))

# exceptions in callbacks: error= gives the value C receives, onerror= can replace it
def failing(v):
    raise ValueError('boom %d' % v)
quiet = lib_ffi.callback("int(int)", failing, error=-1, onerror=lambda et, ev, tb: None)
print(lib.call_n_times(quiet, 3))
caught = []
def onerror(exc_type, exc_value, tb):
    caught.append((exc_type.__name__, str(exc_value)))
    return 100
handled = lib_ffi.callback("int(int)", failing, onerror=onerror)
print(lib.call_n_times(handled, 2), caught)

# handles: a Python object through a C void * and back
class Box:
    def __init__(self, v):
        self.v = v
box = Box('payload')
h = lib_ffi.new_handle(box)
back = lib.ptr_id(h)
print(lib_ffi.typeof(back), lib_ffi.from_handle(back) is box, lib_ffi.from_handle(back).v, repr(h).startswith("<cdata 'void *' handle to <"))

# a struct the library owns
o = lib.owned_new(99)
print(lib_ffi.typeof(o), o.refcount, o.value, lib_ffi.string(o.label), lib.owned_live_count())
o.value += 1
print(o.value, o[0].value, lib_ffi.sizeof(o[0]))
lib.owned_free(o)
print(lib.owned_live_count())

# global variables
print(lib.global_counter, lib_ffi.string(lib.global_name))
lib.global_counter = 7
print(lib.global_counter)
lib.global_counter = 42

# errno is saved after each call
lib_ffi.errno = 0
print(lib.set_errno_to(34), lib_ffi.errno)

# lib functions are cdata function pointers too
print(lib_ffi.typeof(lib.call_stored), C.abs(-3))
