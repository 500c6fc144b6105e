import { beforeAll, describe, expect, it } from 'vitest';
import { M, T, enc, ffi, ffiError, fn } from './helpers.js';

let typeLayout: any;
let fieldOffset: any;
beforeAll(() => {
  typeLayout = fn('type_layout', [T.charp, T.sint], T.slong);
  fieldOffset = fn('field_offset', [T.charp, T.charp], T.slong);
});
const cSize = (name: string) => typeLayout.invoke(enc(name), 0);
const cAlign = (name: string) => typeLayout.invoke(enc(name), 1);

// The test structs of test/c/ffitest.c, declared with our type model.
function structs() {
  const Point = ffi.defineStruct('Point', [{ name: 'x', type: T.sint }, { name: 'y', type: T.sint }]);
  const Padded = ffi.defineStruct('Padded', [{ name: 'c', type: T.char }, { name: 'd', type: T.double }, { name: 's', type: T.sshort }]);
  const Nested = ffi.defineStruct('Nested', [
    { name: 'tag', type: T.char }, { name: 'p', type: Point }, { name: 'pad', type: Padded },
    { name: 'arr', type: ffi.arrayOf(T.sint, 3) }, { name: 'name', type: ffi.arrayOf(T.char, 5) },
  ]);
  const Number_ = ffi.defineUnion('Number', [{ name: 'i', type: T.sint }, { name: 'd', type: T.double }, { name: 'bytes', type: ffi.arrayOf(T.uchar, 8) }]);
  const Packed1 = ffi.defineStruct('Packed1', [{ name: 'a', type: T.char }, { name: 'b', type: T.slonglong }], { pack: 1 });
  const Packed2 = ffi.defineStruct('Packed2', [{ name: 'a', type: T.char }, { name: 'b', type: T.sint }, { name: 'c', type: T.sshort }, { name: 'd', type: T.double }], { pack: 2 });
  const ByValue = ffi.defineStruct('ByValue', [{ name: 'a', type: T.sint }, { name: 'b', type: T.double }]);
  const MixedWidths = ffi.defineStruct('MixedWidths', [
    { name: 'a', type: T.uint8 }, { name: 'b', type: T.uint64 }, { name: 'c', type: ffi.arrayOf(T.uint16, 3) },
    { name: 'f', type: T.float }, { name: 'e', type: T.int8 },
  ]);
  const Bits = ffi.defineStruct('Bits', [{ name: 'a', type: T.uint, bits: 3 }, { name: 'b', type: T.uint, bits: 5 }, { name: 'c', type: T.sint, bits: 7 }]);
  const WithUnion = ffi.defineStruct('WithUnion', [{ name: 'c', type: T.char }, { name: 'u', type: Number_ }]);
  const Owned = ffi.defineStruct('Owned', [{ name: 'refcount', type: T.sint }, { name: 'value', type: T.sint }, { name: 'label', type: ffi.arrayOf(T.char, 16) }]);
  return { Point, Padded, Nested, Number: Number_, Packed1, Packed2, ByValue, MixedWidths, Bits, WithUnion, Owned };
}

describe('primitive sizes and alignments match the C compiler', () => {
  const cnames: [string, string][] = [
    ['char', 'char'], ['signed char', 'signed char'], ['unsigned char', 'unsigned char'], ['short', 'short'],
    ['unsigned short', 'unsigned short'], ['int', 'int'], ['unsigned int', 'unsigned int'], ['long', 'long'],
    ['unsigned long', 'unsigned long'], ['long long', 'long long'], ['unsigned long long', 'unsigned long long'],
    ['size_t', 'size_t'], ['ssize_t', 'ssize_t'], ['float', 'float'], ['double', 'double'], ['bool', 'bool'],
    ['wchar_t', 'wchar_t'], ['void *', 'void *'], ['char *', 'char *'], ['wchar_t *', 'wchar_t *'],
    ['int8_t', 'int8_t'], ['uint8_t', 'uint8_t'], ['int16_t', 'int16_t'], ['uint16_t', 'uint16_t'],
    ['int32_t', 'int32_t'], ['uint32_t', 'uint32_t'], ['int64_t', 'int64_t'], ['uint64_t', 'uint64_t'],
  ];
  for (const [ours, c] of cnames) {
    it(ours, () => {
      const t = ffi.primitive(ours);
      expect([t.size, t.align]).toEqual([cSize(c), cAlign(c)]);
    });
  }
  it('knows ctypes type letters', () => {
    expect(ffi.primitiveByCode('i')).toBe(T.sint);
    expect(ffi.primitiveByCode('L')).toBe(T.ulong);
    expect(ffi.primitiveByCode('z')).toBe(T.charp);
    expect(ffi.primitiveByCode('u')).toBe(T.wchar);
    expect(ffiError(() => ffi.primitiveByCode('X')).pyType).toBe('ValueError');
    expect(ffiError(() => ffi.primitive('nosuch')).pyType).toBe('TypeError');
  });
});

describe('struct and union layouts match the C compiler', () => {
  const all = structs();
  for (const [name, st] of Object.entries(all)) {
    it(name, () => {
      expect(st.size).toBe(cSize(name));
      expect(st.align).toBe(cAlign(name));
      for (const f of st.fields) {
        if (f.bitSize !== undefined) continue;
        expect([f.name, f.offset]).toEqual([f.name, fieldOffset.invoke(enc(name), enc(f.name))]);
      }
    });
  }
  it('rejects duplicate fields, bad pack and bitfields on non-ints', () => {
    expect(ffiError(() => ffi.defineStruct('D', [{ name: 'a', type: T.sint }, { name: 'a', type: T.sint }])).pyType).toBe('ValueError');
    expect(ffiError(() => ffi.defineStruct('P', [{ name: 'a', type: T.sint }], { pack: 3 })).pyType).toBe('ValueError');
    expect(ffiError(() => ffi.defineStruct('B', [{ name: 'a', type: T.double, bits: 3 }])).pyType).toBe('TypeError');
    expect(ffiError(() => ffi.defineStruct('B', [{ name: 'a', type: T.sint, bits: 33 }])).pyType).toBe('ValueError');
    expect(ffiError(() => all.Point.field('z')).pyType).toBe('AttributeError');
  });
});

describe('struct field access in memory, checked by C', () => {
  const S = structs();
  it('Point written by C, read by us, and back', () => {
    const p = M.alloc(S.Point.size);
    fn('point_fill', [T.pointer, T.sint, T.sint]).invoke(p, 3, -4);
    expect(S.Point.readField(p, 'x')).toBe(3);
    expect(S.Point.readField(p, 'y')).toBe(-4);
    S.Point.writeField(p, 'y', 10);
    expect(fn('point_sum', [T.pointer], T.sint).invoke(p)).toBe(13);
    M.free(p);
  });
  it('Nested with padding, inner struct and arrays', () => {
    const n = M.alloc(S.Nested.size);
    fn('nested_fill', [T.pointer]).invoke(n);
    expect(S.Nested.readField(n, 'tag')).toBe('N'.charCodeAt(0));
    const p = S.Nested.readField(n, 'p'); // composite → its address
    expect(S.Point.readField(p, 'y')).toBe(20);
    const pad = S.Nested.readField(n, 'pad');
    expect(S.Padded.readField(pad, 'd')).toBe(1.25);
    expect(S.Padded.readField(pad, 's')).toBe(7);
    const arr = ffi.arrayOf(T.sint, 3);
    const a = S.Nested.readField(n, 'arr');
    expect([0, 1, 2].map((i) => T.sint.read(arr.elementAddress(a, i)))).toEqual([1, 2, 3]);
    expect(ffiError(() => arr.elementAddress(a, 3)).pyType).toBe('ValueError');
    expect(new TextDecoder().decode(M.readCString(S.Nested.readField(n, 'name')))).toBe('abcd');
    T.sint.write(arr.elementAddress(a, 2), 100);
    expect(fn('nested_sum', [T.pointer], T.double).invoke(n)).toBe(78 + 10 + 20 + 112 + 1.25 + 7 + 1 + 2 + 100 + 97);
    M.free(n);
  });
  it('union views the same bytes', () => {
    const u = M.alloc(S.Number.size);
    S.Number.writeField(u, 'd', 1.5);
    expect(fn('number_as_double', [T.pointer], T.double).invoke(u)).toBe(1.5);
    S.Number.writeField(u, 'i', 77);
    expect(fn('number_as_int', [T.pointer], T.sint).invoke(u)).toBe(77);
    M.free(u);
  });
  it('packed structs (unaligned 8-byte field)', () => {
    const p = M.alloc(S.Packed1.size);
    S.Packed1.writeField(p, 'b', -(2n ** 60n));
    expect(fn('packed1_b', [T.pointer], T.slonglong).invoke(p)).toBe(-(2n ** 60n));
    const q = M.alloc(S.Packed2.size);
    S.Packed2.writeField(q, 'a', 1); S.Packed2.writeField(q, 'b', 2); S.Packed2.writeField(q, 'c', 3); S.Packed2.writeField(q, 'd', 0.5);
    expect(fn('packed2_sum', [T.pointer], T.double).invoke(q)).toBe(6.5);
    M.free(p); M.free(q);
  });
  it('mixed widths and float', () => {
    const m = M.alloc(S.MixedWidths.size);
    S.MixedWidths.writeField(m, 'a', 200);
    S.MixedWidths.writeField(m, 'b', 2 ** 40);
    const c = S.MixedWidths.readField(m, 'c');
    for (let i = 0; i < 3; i++) T.uint16.write(c + 2 * i, 1000 * (i + 1));
    S.MixedWidths.writeField(m, 'f', 0.25);
    S.MixedWidths.writeField(m, 'e', -5);
    expect(fn('mixed_sum', [T.pointer], T.double).invoke(m)).toBe(200 + 2 ** 40 + 6000 + 0.25 - 5);
    M.free(m);
  });
  it('bitfields: layout and read-modify-write agree with C', () => {
    const b = M.alloc(S.Bits.size);
    S.Bits.writeField(b, 'a', 5);
    S.Bits.writeField(b, 'b', 17);
    S.Bits.writeField(b, 'c', -9);
    expect(S.Bits.readField(b, 'a')).toBe(5);
    expect(S.Bits.readField(b, 'b')).toBe(17);
    expect(S.Bits.readField(b, 'c')).toBe(-9);
    expect(fn('bits_sum', [T.pointer], T.sint).invoke(b)).toBe(5 + 17 - 9);
    S.Bits.writeField(b, 'a', 9); // wraps to 3 bits, like ctypes
    expect(S.Bits.readField(b, 'a')).toBe(1);
    expect(ffiError(() => S.Bits.writeField(b, 'a', 9, 'check')).pyType).toBe('OverflowError');
    M.free(b);
  });
  it('koffi struct types mirror our layout (by-value passing)', () => {
    expect(ffi.types.sint.koffiType().size).toBe(4);
    expect(S.ByValue.koffiType().size).toBe(16);
    expect(S.Packed2.koffiType().size).toBe(S.Packed2.size);
    expect(ffiError(() => S.Bits.koffiType()).pyType).toBe('TypeError');
  });
});

describe('primitive values', () => {
  it('char is a byte, wchar_t a code point string, bool a boolean', () => {
    const p = M.alloc(16);
    T.char.write(p, 255);
    expect(T.char.read(p)).toBe(255);
    T.char.write(p, new Uint8Array([65]));
    expect(T.char.read(p)).toBe(65);
    expect(ffiError(() => T.char.write(p, 300)).message).toBe('one character bytes, bytearray or integer expected');
    T.wchar.write(p, '\u{1F600}');
    expect(T.wchar.read(p)).toBe('\u{1F600}');
    expect(ffiError(() => T.wchar.write(p, 'ab')).message).toBe('one character unicode string expected');
    T.bool.write(p, 7);
    expect(T.bool.read(p)).toBe(true);
    T.double.write(p, 10n);
    expect(T.double.read(p)).toBe(10);
    expect(ffiError(() => T.double.write(p, 10n ** 400n)).pyType).toBe('OverflowError');
    expect(ffiError(() => T.double.write(p, 'x')).message).toBe('must be real number, not str');
    T.float.write(p, 1e300);
    expect(T.float.read(p)).toBe(Infinity); // ctypes: c_float(1e300).value == inf
    T.pointer.write(p, -1);
    expect(T.pointer.read(p)).toBe(18446744073709551615n); // c_void_p(-1).value
    M.free(p);
  });
});
