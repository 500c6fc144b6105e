import { describe, expect, it } from 'vitest';
import { ffi, ffiError } from './helpers.js';

// Expected values measured with CPython 3.11's ctypes: c_T(v).value for v in
// [300, -1, 2**40, 2**64+5, -2**63-1, 2**100].
const inputs: (number | bigint)[] = [300, -1, 2 ** 40, 2n ** 64n + 5n, -(2n ** 63n) - 1n, 2n ** 100n];
const cpython: [string, number, boolean, (number | bigint)[]][] = [
  ['c_byte', 8, true, [44, -1, 0, 5, -1, 0]],
  ['c_ubyte', 8, false, [44, 255, 0, 5, 255, 0]],
  ['c_short', 16, true, [300, -1, 0, 5, -1, 0]],
  ['c_ushort', 16, false, [300, 65535, 0, 5, 65535, 0]],
  ['c_int', 32, true, [300, -1, 0, 5, -1, 0]],
  ['c_uint', 32, false, [300, 4294967295, 0, 5, 4294967295, 0]],
  ['c_long', 64, true, [300, -1, 1099511627776, 5, 9223372036854775807n, 0]],
  ['c_ulong', 64, false, [300, 18446744073709551615n, 1099511627776, 5, 9223372036854775807n, 0]],
];

describe('int conversion, wrap mode (ctypes)', () => {
  for (const [name, bits, signed, expected] of cpython) {
    it(`${name} wraps exactly as CPython`, () => {
      const conv = ffi.makeIntConverter(bits, signed, 'wrap', name);
      expect(inputs.map((v) => conv(v))).toEqual(expected);
    });
  }
  it('normalises results: safe ints are numbers, others bigint', () => {
    expect(ffi.wrapInt(5n, 64, true)).toBe(5);
    expect(ffi.wrapInt(-1, 64, false)).toBe(18446744073709551615n);
    expect(ffi.wrapInt(2 ** 53, 64, true)).toBe(9007199254740992n);
  });
  it('accepts booleans and rejects non-ints with TypeError', () => {
    const conv = ffi.makeIntConverter(32, true, 'wrap', 'int');
    expect(conv(true)).toBe(1);
    for (const bad of [1.5, '1', null, undefined, {}]) {
      const e = ffiError(() => conv(bad));
      expect(e.pyType).toBe('TypeError');
    }
    expect(ffiError(() => conv(1.5)).message).toBe("'float' object cannot be interpreted as an integer");
    expect(ffiError(() => conv(null)).message).toBe("'NoneType' object cannot be interpreted as an integer");
  });
});

describe('int conversion, check mode (cffi)', () => {
  it('raises OverflowError with cffi\'s message', () => {
    const u8 = ffi.makeIntConverter(8, false, 'check', 'uint8_t');
    expect(u8(255)).toBe(255);
    const e = ffiError(() => u8(300));
    expect(e.pyType).toBe('OverflowError');
    expect(e.message).toBe("integer 300 does not fit 'uint8_t'");
    expect(ffiError(() => u8(-1)).pyType).toBe('OverflowError');
  });
  it('checks 64-bit bounds exactly', () => {
    const i64 = ffi.makeIntConverter(64, true, 'check', 'int64_t');
    const u64 = ffi.makeIntConverter(64, false, 'check', 'uint64_t');
    expect(i64(-(2n ** 63n))).toBe(-(2n ** 63n));
    expect(i64(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(ffiError(() => i64(2n ** 63n)).pyType).toBe('OverflowError');
    expect(u64(2n ** 64n - 1n)).toBe(2n ** 64n - 1n);
    expect(ffiError(() => u64(2n ** 64n)).pyType).toBe('OverflowError');
    expect(ffiError(() => u64(-1)).pyType).toBe('OverflowError');
    expect(u64(12345)).toBe(12345);
  });
});
