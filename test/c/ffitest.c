/* ffitest: a C library exercised by the FFI unit tests (test/unit/ffi/).
 * Every function is small and deterministic so a test can predict its result; sums are used
 * so that truncation, sign extension and overflow are visible in the value C returns. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <stdbool.h>

#define EXPORT __attribute__((visibility("default")))

/* ---- integers of every width: identity, sum of two, and one that adds 1 ---- */
#define INT_FUNCS(T, N) \
    EXPORT T id_##N(T x) { return x; } \
    EXPORT T add_##N(T a, T b) { return (T)(a + b); } \
    EXPORT T neg_##N(T x) { return (T)(-x); }
INT_FUNCS(int8_t, i8)
INT_FUNCS(uint8_t, u8)
INT_FUNCS(int16_t, i16)
INT_FUNCS(uint16_t, u16)
INT_FUNCS(int32_t, i32)
INT_FUNCS(uint32_t, u32)
INT_FUNCS(int64_t, i64)
INT_FUNCS(uint64_t, u64)
INT_FUNCS(char, char)
INT_FUNCS(signed char, schar)
INT_FUNCS(unsigned char, uchar)
INT_FUNCS(short, short)
INT_FUNCS(unsigned short, ushort)
INT_FUNCS(int, int)
INT_FUNCS(unsigned int, uint)
INT_FUNCS(long, long)
INT_FUNCS(unsigned long, ulong)
INT_FUNCS(long long, longlong)
INT_FUNCS(unsigned long long, ulonglong)
INT_FUNCS(size_t, size_t)
INT_FUNCS(ptrdiff_t, ssize_t)
INT_FUNCS(wchar_t, wchar)

EXPORT int add1(int x) { return x + 1; }
EXPORT bool not_bool(bool b) { return !b; }
EXPORT int bool_to_int(bool b) { return b ? 1 : 0; }
EXPORT void do_nothing(void) {}

/* mixed widths: the callee sees exactly the truncated/extended values */
EXPORT int64_t sum_mixed(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, int64_t g)
{
    return (int64_t)a + b + c + d + e + f + g;
}

/* ---- floating point ---- */
EXPORT double id_double(double x) { return x; }
EXPORT float id_float(float x) { return x; }
EXPORT double add_double(double a, double b) { return a + b; }
EXPORT float add_float(float a, float b) { return a + b; }
EXPORT double mix_int_double(int a, double b, float c, long long d) { return a + b + c + (double)d; }
EXPORT double sum_doubles(const double *xs, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += xs[i];
    return s;
}

/* ---- strings ---- */
EXPORT size_t my_strlen(const char *s) { return s ? strlen(s) : (size_t)-1; }
EXPORT size_t my_wcslen(const wchar_t *s) { return s ? wcslen(s) : (size_t)-1; }
/* fills buf with "hello, <name>" truncated to size (always NUL-terminated), returns needed length */
EXPORT int fill_greeting(char *buf, size_t size, const char *name)
{
    const char *prefix = "hello, ";
    size_t need = strlen(prefix) + strlen(name);
    if (size > 0) {
        size_t i = 0;
        for (const char *p = prefix; *p && i + 1 < size; p++) buf[i++] = *p;
        for (const char *p = name; *p && i + 1 < size; p++) buf[i++] = *p;
        buf[i] = 0;
    }
    return (int)need;
}
EXPORT const char *static_string(void) { return "static string from C"; }
EXPORT const wchar_t *static_wstring(void) { return L"wide \u00e9\u4e2d\U0001F600"; }
EXPORT const char *null_string(void) { return NULL; }
EXPORT int is_null(const void *p) { return p == NULL; }
EXPORT void upper_inplace(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
EXPORT int count_byte(const char *s, int n, char c)
{
    int k = 0;
    for (int i = 0; i < n; i++) k += s[i] == c;
    return k;
}

/* ---- structs ---- */
typedef struct { int x; int y; } Point;
typedef struct { char c; double d; short s; } Padded;                  /* 1 + 7 pad + 8 + 2 + 6 pad */
typedef struct { char tag; Point p; Padded pad; int arr[3]; char name[5]; } Nested;
typedef union { int i; double d; unsigned char bytes[8]; } Number;
typedef struct { char a; long long b; } __attribute__((packed)) Packed1;
#pragma pack(push, 2)
typedef struct { char a; int b; short c; double d; } Packed2;
#pragma pack(pop)
typedef struct { int a; double b; } ByValue;
typedef struct { uint8_t a; uint64_t b; uint16_t c[3]; float f; int8_t e; } MixedWidths;
typedef struct { unsigned a : 3; unsigned b : 5; int c : 7; } Bits;
typedef struct { char c; Number u; } WithUnion;

EXPORT void point_fill(Point *p, int x, int y) { p->x = x; p->y = y; }
EXPORT int point_sum(const Point *p) { return p->x + p->y; }
EXPORT void padded_fill(Padded *p) { p->c = 'A'; p->d = 2.5; p->s = -3; }
EXPORT double padded_sum(const Padded *p) { return p->c + p->d + p->s; }
EXPORT void nested_fill(Nested *n)
{
    n->tag = 'N';
    n->p.x = 10; n->p.y = 20;
    n->pad.c = 'p'; n->pad.d = 1.25; n->pad.s = 7;
    n->arr[0] = 1; n->arr[1] = 2; n->arr[2] = 3;
    memcpy(n->name, "abcd", 5);
}
EXPORT double nested_sum(const Nested *n)
{
    return n->tag + n->p.x + n->p.y + n->pad.c + n->pad.d + n->pad.s + n->arr[0] + n->arr[1] + n->arr[2] + n->name[0];
}
EXPORT double number_as_double(const Number *u) { return u->d; }
EXPORT int number_as_int(const Number *u) { return u->i; }
EXPORT long long packed1_b(const Packed1 *p) { return p->b; }
EXPORT double packed2_sum(const Packed2 *p) { return p->a + p->b + p->c + p->d; }
EXPORT double byvalue_sum(ByValue v) { return v.a + v.b; }
EXPORT ByValue byvalue_make(int a, double b) { ByValue v = { a, b }; return v; }
EXPORT double mixed_sum(const MixedWidths *m) { return m->a + (double)m->b + m->c[0] + m->c[1] + m->c[2] + m->f + m->e; }
EXPORT int bits_sum(const Bits *b) { return b->a + b->b + b->c; }

/* a struct owned by the library: returned by pointer, released by the library */
typedef struct { int refcount; int value; char label[16]; } Owned;
static int owned_live;
EXPORT Owned *owned_new(int value)
{
    Owned *o = calloc(1, sizeof(Owned));
    o->refcount = 1; o->value = value;
    strcpy(o->label, "owned");
    owned_live++;
    return o;
}
EXPORT void owned_free(Owned *o) { if (o) { free(o); owned_live--; } }
EXPORT int owned_live_count(void) { return owned_live; }
/* memory allocated by C with malloc, to be released by the caller with free() */
EXPORT char *malloc_string(const char *s) { char *r = malloc(strlen(s) + 1); strcpy(r, s); return r; }

/* ---- arrays and out-parameters ---- */
EXPORT long long sum_int_array(const int *xs, int n) { long long s = 0; for (int i = 0; i < n; i++) s += xs[i]; return s; }
EXPORT void fill_int_array(int *xs, int n, int start) { for (int i = 0; i < n; i++) xs[i] = start + i; }
EXPORT void divmod_out(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
EXPORT void double_out(double x, double *twice) { *twice = 2 * x; }
EXPORT void ptr_out(void **out, void *value) { *out = value; }
EXPORT void *ptr_id(void *p) { return p; }
EXPORT void *ptr_add(void *p, ptrdiff_t n) { return (char *)p + n; }
EXPORT int sum_strings_len(const char **strs) { int n = 0; for (; *strs; strs++) n += (int)strlen(*strs); return n; }

/* ---- callbacks ---- */
typedef int (*int_cb)(int);
EXPORT int call_n_times(int_cb cb, int n) { int s = 0; for (int i = 0; i < n; i++) s += cb(i); return s; }
EXPORT double call_double_cb(double (*cb)(double, double), double a, double b) { return cb(a, b); }
EXPORT void *call_ptr_cb(void *(*cb)(void *), void *p) { return cb(p); }
EXPORT long long call_i64_cb(int64_t (*cb)(int64_t), int64_t v) { return cb(v); }
EXPORT void call_void_cb(void (*cb)(const char *), const char *s) { cb(s); }
static int_cb stored_cb;
EXPORT void store_cb(int_cb cb) { stored_cb = cb; }
EXPORT int call_stored(int x) { return stored_cb ? stored_cb(x) : -1; }
/* SQLite-UDF-shaped callback: void f(void *ctx, int argc, void **argv) */
typedef void (*udf_cb)(void *ctx, int argc, void **argv);
EXPORT void call_udf(udf_cb cb, void *ctx, int argc, void **argv, int times)
{
    for (int i = 0; i < times; i++) cb(ctx, argc, argv);
}
/* a qsort-style sort using insertion sort, so the comparator sequence is deterministic */
EXPORT void my_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char tmp[256];
    char *b = base;
    if (size > sizeof tmp) return;
    for (size_t i = 1; i < n; i++) {
        memcpy(tmp, b + i * size, size);
        size_t j = i;
        while (j > 0 && cmp(b + (j - 1) * size, tmp) > 0) {
            memcpy(b + j * size, b + (j - 1) * size, size);
            j--;
        }
        memcpy(b + j * size, tmp, size);
    }
}

/* ---- structs by value through callbacks: C builds the struct, the callback gets a copy ---- */
EXPORT int call_point_cb(int (*cb)(Point), int x, int y) { Point p = { x, y }; return cb(p); }
EXPORT int call_point_maker(Point (*cb)(int, int), int x, int y)
{
    Point p = cb(x, y);
    return p.x * 100 + p.y;
}
/* the callback gets v and k and returns a new ByValue; C returns what the callback returned */
EXPORT ByValue call_byvalue_cb(ByValue (*cb)(ByValue, int), int a, double b, int k)
{
    ByValue v = { a, b };
    return cb(v, k);
}
/* a large struct (passed in memory) with a nested struct, arrays and a char array */
EXPORT double call_nested_cb(double (*cb)(Nested, int))
{
    Nested n;
    memset(&n, 0, sizeof n);
    nested_fill(&n);
    return cb(n, 7);
}
/* the callback changes its copy: C's struct must not change */
EXPORT int call_point_cb_keeps(int (*cb)(Point))
{
    Point p = { 1, 2 };
    int r = cb(p);
    return r * 100 + p.x * 10 + p.y;
}

/* ---- errno ---- */
EXPORT int set_errno_to(int e) { errno = e; return -1; }
EXPORT int get_errno_value(void) { return errno; }

/* ---- variadic ---- */
#include <stdarg.h>
EXPORT long long sum_varargs(int n, ...)
{
    va_list ap; va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
EXPORT double sum_vardoubles(int n, ...)
{
    va_list ap; va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

/* ---- exported variables ---- */
EXPORT int global_counter = 42;
EXPORT const char *global_name = "ffitest";
