/* layout: reports the platform C compiler's sizeof/alignof/offsetof for the test structs of
 * ffitest.c, so the FFI tests compare our computed layouts against the compiler's, not against
 * numbers written by hand. Compiled into the same libffitest.so as ffitest.c. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include <stdbool.h>

#define EXPORT __attribute__((visibility("default")))

typedef struct { int x; int y; } Point;
typedef struct { char c; double d; short s; } Padded;
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
typedef struct { int refcount; int value; char label[16]; } Owned;

#define ALIGNOF(T) ((long)offsetof(struct { char c; T t; }, t))

/* Returns sizeof (what == 0), alignof (what == 1) of a named type, or -1 when unknown. */
EXPORT long type_layout(const char *name, int what)
{
#define T(N, TY) if (!strcmp(name, N)) return what == 0 ? (long)sizeof(TY) : ALIGNOF(TY);
    T("char", char) T("signed char", signed char) T("unsigned char", unsigned char)
    T("short", short) T("unsigned short", unsigned short) T("int", int) T("unsigned int", unsigned int)
    T("long", long) T("unsigned long", unsigned long) T("long long", long long)
    T("unsigned long long", unsigned long long) T("size_t", size_t) T("ssize_t", ptrdiff_t)
    T("float", float) T("double", double) T("long double", long double) T("bool", bool)
    T("wchar_t", wchar_t) T("void *", void *) T("char *", char *) T("wchar_t *", wchar_t *)
    T("int8_t", int8_t) T("uint8_t", uint8_t) T("int16_t", int16_t) T("uint16_t", uint16_t)
    T("int32_t", int32_t) T("uint32_t", uint32_t) T("int64_t", int64_t) T("uint64_t", uint64_t)
    T("Point", Point) T("Padded", Padded) T("Nested", Nested) T("Number", Number)
    T("Packed1", Packed1) T("Packed2", Packed2) T("ByValue", ByValue) T("MixedWidths", MixedWidths)
    T("Bits", Bits) T("WithUnion", WithUnion) T("Owned", Owned)
#undef T
    return -1;
}

/* Returns offsetof(struct, field), or -1 when unknown. */
EXPORT long field_offset(const char *type, const char *field)
{
#define F(TN, TY, FN) if (!strcmp(type, TN) && !strcmp(field, #FN)) return (long)offsetof(TY, FN);
    F("Point", Point, x) F("Point", Point, y)
    F("Padded", Padded, c) F("Padded", Padded, d) F("Padded", Padded, s)
    F("Nested", Nested, tag) F("Nested", Nested, p) F("Nested", Nested, pad) F("Nested", Nested, arr)
    F("Nested", Nested, name)
    F("Number", Number, i) F("Number", Number, d) F("Number", Number, bytes)
    F("Packed1", Packed1, a) F("Packed1", Packed1, b)
    F("Packed2", Packed2, a) F("Packed2", Packed2, b) F("Packed2", Packed2, c) F("Packed2", Packed2, d)
    F("ByValue", ByValue, a) F("ByValue", ByValue, b)
    F("MixedWidths", MixedWidths, a) F("MixedWidths", MixedWidths, b) F("MixedWidths", MixedWidths, c)
    F("MixedWidths", MixedWidths, f) F("MixedWidths", MixedWidths, e)
    F("WithUnion", WithUnion, c) F("WithUnion", WithUnion, u)
    F("Owned", Owned, refcount) F("Owned", Owned, value) F("Owned", Owned, label)
#undef F
    return -1;
}
