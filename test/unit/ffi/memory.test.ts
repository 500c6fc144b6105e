import { describe, expect, it } from 'vitest';
import { M, T, dec, enc, ffi, ffiError, fn } from './helpers.js';

describe('allocation', () => {
  it('alloc returns zeroed, aligned memory; free releases it', () => {
    const p = M.alloc(100);
    expect(p % 16).toBe(0);
    expect([...M.readBytes(p, 100)].every((b) => b === 0)).toBe(true);
    expect(M.allocatedSize(p)).toBe(100);
    M.free(p);
    expect(M.allocatedSize(p)).toBe(-1);
    const q = M.alloc(10, 256);
    expect(q % 256).toBe(0);
    expect([...M.readBytes(q, 10)].every((b) => b === 0)).toBe(true);
    M.free(q);
  });
  it('double free of our block is ValueError, not a glibc abort', () => {
    const p = M.alloc(8);
    M.free(p);
    expect(ffiError(() => M.free(p)).pyType).toBe('ValueError');
    M.free(0); // free(NULL) is a no-op
  });
  it('bad sizes and alignments', () => {
    expect(ffiError(() => M.alloc(-1)).pyType).toBe('ValueError');
    expect(ffiError(() => M.alloc(8, 3)).pyType).toBe('ValueError');
    expect(ffiError(() => M.alloc(2 ** 50)).pyType).toBe('MemoryError');
  });
  it('memory malloc\'ed by C can be freed here', () => {
    const s = fn('malloc_string', [T.charp], T.pointer).invoke(enc('from C'));
    expect(dec(M.readCString(s))).toBe('from C');
    M.freeForeign(s);
  });
});

describe('typed reads and writes', () => {
  it('every primitive round-trips with C-visible sign extension', () => {
    const p = M.alloc(64);
    M.writeI8(p, -2); expect(M.readI8(p)).toBe(-2); expect(M.readU8(p)).toBe(254);
    M.writeI16(p, -2); expect(M.readI16(p)).toBe(-2); expect(M.readU16(p)).toBe(65534);
    M.writeI32(p, -2); expect(M.readI32(p)).toBe(-2); expect(M.readU32(p)).toBe(4294967294);
    M.writeI64(p, -2); expect(M.readI64(p)).toBe(-2); expect(M.readU64(p)).toBe(18446744073709551614n);
    M.writeI64(p, 2n ** 63n - 1n); expect(M.readI64(p)).toBe(2n ** 63n - 1n);
    M.writeI64(p, -(2n ** 63n)); expect(M.readI64(p)).toBe(-(2n ** 63n));
    M.writeI64(p, 2 ** 53 - 1); expect(M.readI64(p)).toBe(2 ** 53 - 1);
    M.writeI64(p, -(2 ** 53 - 1)); expect(M.readI64(p)).toBe(-(2 ** 53 - 1));
    M.writeU64(p, 2 ** 53); expect(M.readU64(p)).toBe(2n ** 53n);
    M.writeF32(p, 1.5); expect(M.readF32(p)).toBe(1.5);
    M.writeF64(p, Math.PI); expect(M.readF64(p)).toBe(Math.PI);
    M.writeBool(p, true); expect(M.readBool(p)).toBe(true);
    M.writePtr(p, p); expect(M.readPtr(p)).toBe(p);
    M.free(p);
  });
  it('values straddling a 16 KiB window boundary (unaligned)', () => {
    const W = M.windowStats().windowSize;
    const p = M.alloc(3 * W);
    const boundary = Math.ceil((p + 1) / W) * W;
    for (const back of [1, 2, 3, 5, 7]) {
      const a = boundary - back;
      M.writeI64(a, -1234567890123n); expect(M.readI64(a)).toBe(-1234567890123);
      M.writeF64(a, -0.1); expect(M.readF64(a)).toBe(-0.1);
      M.writeI32(a, -77); expect(M.readI32(a)).toBe(-77);
      M.writeU16(a, 65000); expect(M.readU16(a)).toBe(65000);
      M.writeF32(a, 2.5); expect(M.readF32(a)).toBe(2.5);
    }
    M.free(p);
  });
  it('reads the i-th pointer of an array without native calls', () => {
    const argv = M.alloc(8 * 4);
    for (let i = 0; i < 4; i++) M.writePtr(argv + 8 * i, 0x10000 * (i + 1));
    const before = M.windowStats().misses;
    let s = 0;
    for (let k = 0; k < 1000; k++) for (let i = 0; i < 4; i++) s += M.readPtrAt(argv, i) as number;
    expect(s).toBe(1000 * 0x10000 * 10);
    expect(M.windowStats().misses - before).toBeLessThanOrEqual(1);
    M.free(argv);
  });
  it('a pointer value above 2**53 reads back exactly as a bigint', () => {
    const p = M.alloc(8);
    M.writePtr(p, 0xffff800000000000n);
    expect(M.readPtr(p)).toBe(0xffff800000000000n);
    M.free(p);
  });
});

describe('long double', () => {
  it('doubles round-trip exactly through the x87 80-bit format, as C stores them', () => {
    const p = M.alloc(16);
    for (const v of [0, -0, 1.5, -3.25, 0.1, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1e-310, Infinity, -Infinity]) {
      M.writeF80(p, v);
      expect(Object.is(M.readF80(p), v)).toBe(true);
    }
    M.writeF80(p, 1.5);
    // mantissa 0xC000000000000000 (explicit integer bit), exponent 0x3FFF
    expect([...M.readBytes(p, 10)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0xc0, 0xff, 0x3f]);
    M.writeF80(p, NaN);
    expect(Number.isNaN(M.readF80(p))).toBe(true);
    M.free(p);
  });
  it('an extended value C computed reads rounded to the nearest double', () => {
    const p = M.alloc(16);
    M.writeU64(p, 0xffffffffffffffffn); // 2 - 2**-63: rounds up to 2
    M.writeU16(p + 8, 0x3fff);
    expect(M.readF80(p)).toBe(2);
    M.free(p);
  });
});

describe('NULL and freed memory', () => {
  it('NULL (and NULL + offset) is ValueError, never a segfault', () => {
    for (const f of [() => M.readI32(0), () => M.readF64(8), () => M.writeI32(0, 1), () => M.readCString(0),
      () => M.strlen(0), () => M.readWString(0), () => M.readBytes(0, 4), () => M.memset(0, 0, 4), () => M.memmove(0, 4096 * 4, 1)]) {
      const e = ffiError(f);
      expect(e.pyType).toBe('ValueError');
      expect(e.message).toBe('NULL pointer access');
    }
    expect(ffiError(() => M.readI32(-8)).pyType).toBe('ValueError');
    expect(ffiError(() => M.readI32(2 ** 60)).pyType).toBe('ValueError');
  });
  it('a freed Block reads as NULL; bounds are checked', () => {
    const b = M.Block.alloc(16);
    T.sint.write(b.addr(12, 4), 9);
    expect(T.sint.read(b.addr(12, 4))).toBe(9);
    expect(ffiError(() => b.addr(13, 4)).pyType).toBe('ValueError');
    b.free();
    expect(b.freed).toBe(true);
    const e = ffiError(() => T.sint.read(b.addr(0, 4)));
    expect(e.message).toBe('NULL pointer access');
    expect(ffiError(() => M.readI32(b.address)).message).toBe('NULL pointer access');
    b.free(); // idempotent
  });
});

describe('bulk operations and strings', () => {
  it('readBytes/writeBytes across several windows', () => {
    const n = 100_000;
    const src = new Uint8Array(n).map((_, i) => (i * 7) & 255);
    const p = M.alloc(n);
    M.writeBytes(p, src);
    expect(Buffer.from(M.readBytes(p, n)).equals(Buffer.from(src))).toBe(true);
    const q = M.alloc(n);
    M.memmove(q, p, n);
    expect(Buffer.from(M.readBytes(q, n)).equals(Buffer.from(src))).toBe(true);
    M.memset(q, 0x41, 10);
    expect(dec(M.readBytes(q, 10))).toBe('AAAAAAAAAA');
    M.free(p); M.free(q);
  });
  it('C strings: string_at semantics, long strings crossing windows', () => {
    const p = M.alloc(50_000);
    const long = 'x'.repeat(40_000);
    M.writeCString(p, enc(long));
    expect(M.strlen(p)).toBe(40_000);
    expect(fn('my_strlen', [T.charp], T.size_t).invoke(p)).toBe(40_000);
    expect(dec(M.readCString(p))).toBe(long);
    expect(dec(M.readCString(p, 3))).toBe('xxx');
    M.writeCString(p, new Uint8Array([0xff, 0x00, 0x41]));
    expect(M.readCString(p)).toEqual(new Uint8Array([0xff]));
    M.free(p);
  });
  it('wchar_t strings are UTF-32 and round-trip astral characters', () => {
    const s = 'h\u00e9\u4e2d\u{1F600}!';
    const p = M.alloc(64);
    expect(M.writeWString(p, s)).toBe(4 * 6);
    expect(M.wcslen(p)).toBe(5);
    expect(fn('my_wcslen', [T.wcharp], T.size_t).invoke(p)).toBe(5);
    expect(M.readWString(p)).toBe(s);
    expect(M.readWString(p, 2)).toBe('h\u00e9');
    M.writeU32(p, 0x110000);
    expect(ffiError(() => M.readWString(p, 1)).message).toBe('character U+110000 is not in range [U+0000; U+10ffff]');
    M.free(p);
  });
  it('live views on C memory see C\'s writes', () => {
    const p = M.alloc(32);
    const v = M.bytesView(p, 32);
    fn('fill_greeting', [T.charp, T.size_t, T.charp], T.sint).invoke(p, 32, enc('view'));
    expect(dec(v.subarray(0, 11))).toBe('hello, view');
    const dv = M.dataView(p, 8);
    dv.setInt32(0, 0x41424344, true);
    expect(dec(M.readBytes(p, 4))).toBe('DCBA');
    M.free(p);
  });
});
