import { afterEach, describe, expect, it } from 'vitest';
import { M, T, dec, enc, ffi, ffiError, fn, libcFn } from './helpers.js';

const intCb = { args: [T.sint], result: T.sint };

afterEach(() => {
  ffi.setCallbackErrorHook(null);
});

describe('callbacks', () => {
  it('C calls a JS function n times and sums the results', () => {
    const cb = ffi.createCallback((x: number) => x * x, intCb);
    expect(fn('call_n_times', [T.pointer, T.sint], T.sint).invoke(cb.address, 10)).toBe(285);
    cb.free();
  });
  it('doubles, 64-bit ints, pointers and strings as arguments and results', () => {
    const d = ffi.createCallback((a: number, b: number) => a / b, { args: [T.double, T.double], result: T.double });
    expect(fn('call_double_cb', [T.pointer, T.double, T.double], T.double).invoke(d.address, 1, 4)).toBe(0.25);
    const i64 = ffi.createCallback((v: bigint) => v, { args: [T.int64], result: T.int64 });
    expect(fn('call_i64_cb', [T.pointer, T.int64], T.int64).invoke(i64.address, -(2n ** 62n))).toBe(-(2n ** 62n));
    const p = ffi.createCallback((v: number) => v + 1, { args: [T.pointer], result: T.pointer });
    expect(fn('call_ptr_cb', [T.pointer, T.pointer], T.pointer).invoke(p.address, 0x1000)).toBe(0x1001);
    let got: unknown;
    const s = ffi.createCallback((b: Uint8Array) => { got = dec(b); }, { args: [T.charp], result: T.void });
    fn('call_void_cb', [T.pointer, T.charp]).invoke(s.address, enc('to JS'));
    expect(got).toBe('to JS');
    for (const c of [d, i64, p, s]) c.free();
  });
  it('a stored callback is called later (registered, not transient)', () => {
    const cb = ffi.createCallback((x: number) => -x, intCb);
    fn('store_cb', [T.pointer]).invoke(cb.address);
    expect(fn('call_stored', [T.sint], T.sint).invoke(5)).toBe(-5);
    fn('store_cb', [T.pointer]).invoke(0);
    cb.free();
  });
  it('qsort-style sort with a JS comparator (ffitest and libc qsort)', () => {
    const n = 20;
    const a = M.alloc(4 * n);
    const values = Array.from({ length: n }, (_, i) => ((i * 37) % 23) - 11);
    values.forEach((v, i) => M.writeI32(a + 4 * i, v));
    const cmp = ffi.createCallback((x: number, y: number) => M.readI32(x) - M.readI32(y), { args: [T.pointer, T.pointer], result: T.sint });
    fn('my_sort', [T.pointer, T.size_t, T.size_t, T.pointer]).invoke(a, n, 4, cmp.address);
    const sorted = [...values].sort((x, y) => x - y);
    expect(Array.from({ length: n }, (_, i) => M.readI32(a + 4 * i))).toEqual(sorted);
    const rev = ffi.createCallback((x: number, y: number) => M.readI32(y) - M.readI32(x), { args: [T.pointer, T.pointer], result: T.sint });
    libcFn('qsort', [T.pointer, T.size_t, T.size_t, T.pointer]).invoke(a, n, 4, rev.address);
    expect(Array.from({ length: n }, (_, i) => M.readI32(a + 4 * i))).toEqual(sorted.reverse());
    cmp.free(); rev.free(); M.free(a);
  });
  it('SQLite-UDF shape: void f(void *ctx, int argc, void **argv) reads argv through views', () => {
    const argv = M.alloc(8 * 3);
    const vals = [M.alloc(8), M.alloc(8), M.alloc(8)];
    vals.forEach((v, i) => { M.writeF64(v, i + 0.5); M.writePtr(argv + 8 * i, v); });
    let total = 0;
    let ctxSeen = 0;
    const udf = ffi.createCallback((ctx: number, argc: number, av: number) => {
      ctxSeen = ctx;
      for (let i = 0; i < argc; i++) total += M.readF64(M.readPtrAt(av, i));
    }, { args: [T.pointer, T.sint, T.pointer], result: T.void });
    const callUdf = fn('call_udf', [T.pointer, T.pointer, T.sint, T.pointer, T.sint]);
    const misses = M.windowStats().misses;
    callUdf.invoke(udf.address, 0x5000, 3, argv, 1000);
    expect(ctxSeen).toBe(0x5000);
    expect(total).toBe(1000 * (0.5 + 1.5 + 2.5));
    expect(M.windowStats().misses - misses).toBeLessThanOrEqual(4);
    udf.free(); M.free(argv); vals.forEach((v) => M.free(v));
  });
});

describe('exceptions inside callbacks', () => {
  it('are reported, never crash, and C gets the default result', () => {
    const reported: [unknown, Function][] = [];
    ffi.setCallbackErrorHook((e: unknown, f: Function) => reported.push([e, f]));
    function boom(x: number) { if (x % 2) throw new Error(`odd ${x}`); return 10; }
    const cb = ffi.createCallback(boom, intCb);
    expect(fn('call_n_times', [T.pointer, T.sint], T.sint).invoke(cb.address, 4)).toBe(20); // 10 + 0 + 10 + 0
    expect(reported.length).toBe(2);
    expect((reported[0][0] as Error).message).toBe('odd 1');
    expect(reported[0][1]).toBe(boom);
    cb.free();
  });
  it('a result of the wrong type or out of range is reported too', () => {
    const reported: unknown[] = [];
    ffi.setCallbackErrorHook((e: unknown) => reported.push(e));
    const bad = ffi.createCallback(() => 'not an int', intCb);
    expect(fn('call_n_times', [T.pointer, T.sint], T.sint).invoke(bad.address, 2)).toBe(0);
    expect((reported[0] as any).pyType).toBe('TypeError');
    const dbl = ffi.createCallback(() => { throw new Error('x'); }, { args: [T.double, T.double], result: T.double });
    expect(fn('call_double_cb', [T.pointer, T.double, T.double], T.double).invoke(dbl.address, 1, 2)).toBe(0);
    const ptr = ffi.createCallback(() => { throw new Error('x'); }, { args: [T.pointer], result: T.pointer });
    expect(fn('call_ptr_cb', [T.pointer, T.pointer], T.pointer).invoke(ptr.address, 5)).toBe(0);
    for (const c of [bad, dbl, ptr]) c.free();
  });
  it('the default hook prints CPython\'s header to stderr', () => {
    const writes: string[] = [];
    const orig = process.stderr.write;
    (process.stderr as any).write = (s: string) => { writes.push(String(s)); return true; };
    try {
      const cb = ffi.createCallback(function f() { throw new Error('inner'); }, intCb);
      fn('call_n_times', [T.pointer, T.sint], T.sint).invoke(cb.address, 1);
      cb.free();
    } finally {
      (process.stderr as any).write = orig;
    }
    expect(writes.join('')).toMatch(/^Exception ignored on calling ctypes callback function: <function f>\n/);
    expect(writes.join('')).toMatch(/Error: inner/);
  });
  it('a throwing hook is swallowed as well', () => {
    ffi.setCallbackErrorHook(() => { throw new Error('hook fails'); });
    const cb = ffi.createCallback(() => { throw new Error('x'); }, intCb);
    expect(fn('call_n_times', [T.pointer, T.sint], T.sint).invoke(cb.address, 3)).toBe(0);
    cb.free();
  });
});

describe('structs by value in callbacks', () => {
  const Point = ffi.defineStruct('Point', [{ name: 'x', type: T.sint }, { name: 'y', type: T.sint }]);
  const ByValue = ffi.defineStruct('ByValue', [{ name: 'a', type: T.sint }, { name: 'b', type: T.double }]);
  it('a struct argument arrives as the address of a copy the callback owns', () => {
    const seen: number[][] = [];
    const cb = ffi.createCallback((addr: number) => {
      seen.push([M.readI32(addr), M.readI32(addr + 4)]);
      M.writeI32(addr, 99); // the callback's own copy: C's struct does not change
      const r = M.readI32(addr) + M.readI32(addr + 4);
      M.free(addr);
      return r;
    }, { args: [Point], result: T.sint });
    expect(fn('call_point_cb', [T.pointer, T.sint, T.sint], T.sint).invoke(cb.address, 3, 4)).toBe(103);
    expect(fn('call_point_cb_keeps', [T.pointer], T.sint).invoke(cb.address)).toBe(101 * 100 + 12);
    expect(seen).toEqual([[3, 4], [1, 2]]);
    cb.free();
  });
  it('a struct result is read from the address the callback returns', () => {
    const block = M.alloc(ByValue.size);
    const cb = ffi.createCallback((addr: number, k: number) => {
      M.writeI32(block, M.readI32(addr) * k);
      M.writeF64(block + 8, M.readF64(addr + 8) + k);
      M.free(addr);
      return block;
    }, { args: [ByValue, T.sint], result: ByValue });
    const call = fn('call_byvalue_cb', [T.pointer, T.sint, T.double, T.sint], ByValue);
    const out = call.invoke(cb.address, 6, 0.25, 3);
    expect([M.readI32(out), M.readF64(out + 8)]).toEqual([18, 3.25]);
    M.free(out);
    M.free(block);
    cb.free();
  });
});

describe('callback slots', () => {
  it('rejects bad input', () => {
    expect(ffiError(() => ffi.createCallback(42, intCb)).pyType).toBe('TypeError');
    expect(ffiError(() => ffi.createCallback(() => 0, { args: [T.sint], result: T.sint, variadic: true })).pyType).toBe('TypeError');
  });
  it('free() releases the slot at once; free twice is harmless', () => {
    const before = ffi.callbackStats().koffiBusy;
    const cb = ffi.createCallback((x: number) => x, intCb);
    expect(ffi.callbackStats().koffiBusy).toBe(before + 1);
    cb.free();
    cb.free();
    expect(cb.freed).toBe(true);
    expect(cb.address).toBe(0);
    expect(ffi.callbackStats().koffiBusy).toBe(before);
  });
  it('1e5 callbacks created and freed sequentially', () => {
    const before = ffi.callbackStats().koffiBusy;
    const callN = fn('call_n_times', [T.pointer, T.sint], T.sint);
    for (let i = 0; i < 100_000; i++) {
      const cb = ffi.createCallback((x: number) => x + i, intCb);
      if (i % 10_000 === 0) expect(callN.invoke(cb.address, 1)).toBe(i);
      cb.free();
    }
    expect(ffi.callbackStats().koffiBusy).toBe(before);
  }, 60_000);
  it('1e5 callbacks created and DROPPED: slots come back through GC, no MemoryError', () => {
    const start = ffi.callbackStats();
    const callN = fn('call_n_times', [T.pointer, T.sint], T.sint);
    for (let i = 0; i < 100_000; i++) {
      const cb = ffi.createCallback((x: number) => x + i, intCb);
      if (i % 10_000 === 0) expect(callN.invoke(cb.address, 1)).toBe(i);
    }
    const end = ffi.callbackStats();
    expect(end.live).toBeLessThanOrEqual(ffi.MAX_CALLBACKS);
    expect(end.koffiBusy).toBeLessThanOrEqual(ffi.MAX_CALLBACKS);
    expect(end.reclaimedByGC - start.reclaimedByGC).toBeGreaterThan(100_000 - ffi.MAX_CALLBACKS - 1);
    ffi.collectDeadCallbacks();
    expect(ffi.callbackStats().live).toBeLessThan(100);
  }, 120_000);
  it('live callbacks beyond the limit are a MemoryError, not a crash', () => {
    const held: any[] = [];
    let err: any;
    try {
      for (let i = 0; i < ffi.MAX_CALLBACKS + 10; i++) held.push(ffi.createCallback((x: number) => x, intCb));
    } catch (e) {
      err = e;
    }
    expect(err?.pyType).toBe('MemoryError');
    for (const c of held) c.free();
    expect(ffi.callbackStats().live).toBeLessThan(100);
  }, 60_000);
});
