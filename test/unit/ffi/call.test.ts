import { describe, expect, it } from 'vitest';
import { M, T, dec, enc, ffi, ffiError, fn, libcFn } from './helpers.js';

describe('integers of every width', () => {
  const cases: [string, any, (number | bigint)[]][] = [
    ['i8', T.int8, [-128, 127, 0, -1]], ['u8', T.uint8, [0, 255]], ['i16', T.int16, [-32768, 32767]],
    ['u16', T.uint16, [65535]], ['i32', T.int32, [-(2 ** 31), 2 ** 31 - 1]], ['u32', T.uint32, [2 ** 32 - 1]],
    ['i64', T.int64, [-(2n ** 63n), 2n ** 63n - 1n, -1, 2 ** 53 - 1]], ['u64', T.uint64, [2n ** 64n - 1n, 2 ** 53 - 1]],
    ['char', T.schar, [-128, 127]], ['schar', T.schar, [-5]], ['uchar', T.uchar, [200]], ['short', T.sshort, [-300]],
    ['ushort', T.ushort, [60000]], ['int', T.sint, [-7]], ['uint', T.uint, [4000000000]], ['long', T.slong, [-(2n ** 62n)]],
    ['ulong', T.ulong, [2n ** 63n]], ['longlong', T.slonglong, [-3]], ['ulonglong', T.ulonglong, [2n ** 64n - 2n]],
    ['size_t', T.size_t, [2n ** 64n - 1n]], ['ssize_t', T.ssize_t, [-1]],
  ];
  for (const [suffix, t, values] of cases) {
    it(`id_${suffix} is the identity at the extremes`, () => {
      const id = fn(`id_${suffix}`, [t], t);
      for (const v of values) expect(id.invoke(v)).toBe(v);
    });
  }
  it('sums wrap in C and the result is seen with C\'s width and sign', () => {
    expect(fn('add_i8', [T.int8, T.int8], T.int8).invoke(100, 100)).toBe(-56);
    expect(fn('add_u8', [T.uint8, T.uint8], T.uint8).invoke(200, 100)).toBe(44);
    expect(fn('add_i32', [T.int32, T.int32], T.int32).invoke(2 ** 31 - 1, 1)).toBe(-(2 ** 31));
    expect(fn('add_u32', [T.uint32, T.uint32], T.uint32).invoke(2 ** 32 - 1, 2)).toBe(1);
    expect(fn('add_i64', [T.int64, T.int64], T.int64).invoke(2n ** 62n, 2n ** 62n)).toBe(-(2n ** 63n));
    expect(fn('add_u64', [T.uint64, T.uint64], T.uint64).invoke(2 ** 52, 2 ** 52)).toBe(2n ** 53n);
    expect(fn('neg_u16', [T.uint16], T.uint16).invoke(1)).toBe(65535);
    expect(fn('sum_mixed', [T.int8, T.uint8, T.int16, T.uint16, T.int32, T.uint32, T.int64], T.int64)
      .invoke(-1, 255, -1, 65535, -1, 2 ** 32 - 1, -(2n ** 40n))).toBe(-1 + 255 - 1 + 65535 - 1 + (2 ** 32 - 1) - 2 ** 40);
  });
  it('wrap mode (ctypes) masks out-of-range arguments', () => {
    expect(fn('id_u8', [T.uint8], T.uint8).invoke(300)).toBe(44);
    expect(fn('id_int', [T.sint], T.sint).invoke(2 ** 40)).toBe(0);
    expect(fn('id_int', [T.sint], T.sint).invoke(2n ** 100n + 3n)).toBe(3);
    expect(fn('id_u64', [T.uint64], T.uint64).invoke(-1)).toBe(2n ** 64n - 1n);
  });
  it('check mode (cffi) raises OverflowError and says which argument', () => {
    const f = fn('add_u8', [T.uint8, T.uint8], T.uint8, { intMode: 'check' });
    expect(f.invoke(1, 2)).toBe(3);
    const e = ffiError(() => f.invoke(1, 300));
    expect(e.pyType).toBe('OverflowError');
    expect(e.message).toBe("integer 300 does not fit 'uint8_t'");
    expect(e.argIndex).toBe(2);
  });
  it('bool and wchar_t', () => {
    expect(fn('not_bool', [T.bool], T.bool).invoke(true)).toBe(false);
    expect(fn('bool_to_int', [T.bool], T.sint).invoke(5)).toBe(1);
    expect(fn('id_wchar', [T.wchar], T.wchar).invoke('\u{1F600}')).toBe('\u{1F600}');
    expect(fn('id_char', [T.char], T.char).invoke(200)).toBe(200);
  });
  it('void functions return undefined', () => {
    expect(fn('do_nothing', [], T.void).invoke()).toBe(undefined);
  });
});

describe('floating point', () => {
  it('double and float, mixed with ints', () => {
    expect(fn('add_double', [T.double, T.double], T.double).invoke(0.1, 0.2)).toBe(0.1 + 0.2);
    expect(fn('add_float', [T.float, T.float], T.float).invoke(0.1, 0.2)).toBe(Math.fround(Math.fround(0.1) + Math.fround(0.2)));
    expect(fn('id_float', [T.float], T.float).invoke(1e300)).toBe(Infinity);
    expect(fn('mix_int_double', [T.sint, T.double, T.float, T.slonglong], T.double).invoke(1, 0.5, 0.25, 2n ** 40n)).toBe(1.75 + 2 ** 40);
    expect(fn('id_double', [T.double], T.double).invoke(7n)).toBe(7);
    expect(ffiError(() => fn('id_double', [T.double], T.double).invoke('1')).message).toBe('must be real number, not str');
  });
  it('libm cos and pow give the C library\'s bits', () => {
    const m = ffi.loadLibraryByName('m');
    const cos = ffi.cfunction(m.symbol('cos'), { args: [T.double], result: T.double });
    const pow = ffi.cfunction(m.symbol('pow'), { args: [T.double, T.double], result: T.double });
    expect(cos.invoke(0)).toBe(1);
    expect(Math.abs(cos.invoke(1) - 0.5403023058681398)).toBeLessThan(1e-15);
    expect(pow.invoke(2, 10)).toBe(1024);
    expect(pow.invoke(2, 0.5)).toBe(Math.SQRT2);
  });
});

describe('strings', () => {
  it('bytes → char * (NUL-terminated copy) and char * → bytes', () => {
    const strlen = libcFn('strlen', [T.charp], T.size_t);
    expect(strlen.invoke(enc('hello'))).toBe(5);
    expect(strlen.invoke(new Uint8Array([0x61, 0, 0x62]))).toBe(1); // as CPython: b'a\x00b' → 1
    expect(dec(fn('static_string', [], T.charp).invoke())).toBe('static string from C');
    expect(fn('null_string', [], T.charp).invoke()).toBe(null);
    expect(fn('is_null', [T.charp], T.sint).invoke(null)).toBe(1);
    expect(fn('static_wstring', [], T.wcharp).invoke()).toBe('wide \u00e9\u4e2d\u{1F600}');
    expect(fn('my_wcslen', [T.wcharp], T.size_t).invoke('abc\u{1F600}')).toBe(4);
  });
  it('a C function filling a caller buffer', () => {
    const buf = M.alloc(8);
    const need = fn('fill_greeting', [T.charp, T.size_t, T.charp], T.sint).invoke(buf, 8, enc('world'));
    expect(need).toBe(12);
    expect(dec(M.readCString(buf))).toBe('hello, ');
    fn('upper_inplace', [T.charp]).invoke(buf);
    expect(dec(M.readCString(buf))).toBe('HELLO, ');
    M.free(buf);
  });
  it('bytes with an explicit length (embedded NULs)', () => {
    expect(fn('count_byte', [T.pointer, T.sint, T.char], T.sint).invoke(new Uint8Array([1, 0, 1, 0, 0]), 5, 0)).toBe(3);
  });
  it('large bytes arguments overflow the arena and are still passed whole', () => {
    const big = new Uint8Array(3 << 20).fill(0x61);
    expect(libcFn('strlen', [T.charp], T.size_t).invoke(big)).toBe(3 << 20);
  });
  it('wrong types are TypeError', () => {
    const strlen = libcFn('strlen', [T.charp], T.size_t);
    const e = ffiError(() => strlen.invoke('str'));
    expect(e.pyType).toBe('TypeError');
    expect(e.argIndex).toBe(1);
    expect(ffiError(() => fn('my_wcslen', [T.wcharp], T.size_t).invoke(enc('x'))).pyType).toBe('TypeError');
  });
});

describe('pointers, arrays, out-parameters, owned structs', () => {
  it('arrays in C memory', () => {
    const a = M.alloc(4 * 10);
    fn('fill_int_array', [T.pointer, T.sint, T.sint]).invoke(a, 10, -3);
    expect(Array.from({ length: 10 }, (_, i) => M.readI32(a + 4 * i))).toEqual([-3, -2, -1, 0, 1, 2, 3, 4, 5, 6]);
    expect(fn('sum_int_array', [ffi.arrayOf(T.sint, 10), T.sint], T.slonglong).invoke(a, 10)).toBe(15);
    const d = M.alloc(8 * 3);
    [1.5, 2.5, 3].forEach((x, i) => M.writeF64(d + 8 * i, x));
    expect(fn('sum_doubles', [T.pointer, T.sint], T.double).invoke(d, 3)).toBe(7);
    M.free(a); M.free(d);
  });
  it('int * and double * out-parameters', () => {
    const q = M.alloc(4), r = M.alloc(4), t = M.alloc(8);
    fn('divmod_out', [T.sint, T.sint, T.pointer, T.pointer]).invoke(17, 5, q, r);
    expect([M.readI32(q), M.readI32(r)]).toEqual([3, 2]);
    fn('double_out', [T.double, T.pointer]).invoke(1.25, t);
    expect(M.readF64(t)).toBe(2.5);
    fn('ptr_out', [T.pointer, T.pointer]).invoke(t, q);
    expect(M.readPtr(t)).toBe(q);
    M.free(q); M.free(r); M.free(t);
  });
  it('pointer results are numbers, NULL is 0', () => {
    const p = M.alloc(16);
    expect(fn('ptr_id', [T.pointer], T.pointer).invoke(p)).toBe(p);
    expect(fn('ptr_add', [T.pointer, T.ssize_t], T.pointer).invoke(p, 8)).toBe(p + 8);
    expect(fn('ptr_id', [T.pointer], T.pointer).invoke(null)).toBe(0);
    expect(fn('ptr_id', [T.pointer], T.pointer).invoke(2n ** 60n)).toBe(2n ** 60n);
    M.free(p);
  });
  it('a struct owned by C: returned by pointer, read, released by C', () => {
    const Owned = ffi.defineStruct('Owned', [{ name: 'refcount', type: T.sint }, { name: 'value', type: T.sint }, { name: 'label', type: ffi.arrayOf(T.char, 16) }]);
    const before = fn('owned_live_count', [], T.sint).invoke();
    const o = fn('owned_new', [T.sint], T.pointer).invoke(99);
    expect(Owned.readField(o, 'value')).toBe(99);
    expect(dec(M.readCString(Owned.readField(o, 'label')))).toBe('owned');
    fn('owned_free', [T.pointer]).invoke(o);
    expect(fn('owned_live_count', [], T.sint).invoke()).toBe(before);
  });
  it('structs by value, both ways', () => {
    const ByValue = ffi.defineStruct('ByValue', [{ name: 'a', type: T.sint }, { name: 'b', type: T.double }]);
    const s = M.alloc(ByValue.size);
    ByValue.writeField(s, 'a', 3);
    ByValue.writeField(s, 'b', 0.5);
    expect(fn('byvalue_sum', [ByValue], T.double).invoke(s)).toBe(3.5);
    const r = fn('byvalue_make', [T.sint, T.double], ByValue).invoke(7, 0.25);
    expect([ByValue.readField(r, 'a'), ByValue.readField(r, 'b')]).toEqual([7, 0.25]);
    M.free(r); M.free(s);
  });
  it('NULL array of strings terminated', () => {
    const arr = M.alloc(8 * 3), a = M.alloc(8), b = M.alloc(8);
    M.writeCString(a, enc('abc')); M.writeCString(b, enc('de'));
    M.writePtr(arr, a); M.writePtr(arr + 8, b); M.writePtr(arr + 16, 0);
    expect(fn('sum_strings_len', [T.pointer], T.sint).invoke(arr)).toBe(5);
    M.free(arr); M.free(a); M.free(b);
  });
});

describe('libc', () => {
  it('getpid', () => {
    expect(libcFn('getpid', [], T.sint).invoke()).toBe(process.pid);
  });
  it('abs with a wrapped int like CPython: abs(2**40) == 0', () => {
    expect(libcFn('abs', [T.sint], T.sint).invoke(2 ** 40)).toBe(0);
  });
});

describe('errno (use_errno)', () => {
  it('captures the errno C set right after the call, and swaps the private copy in', () => {
    const setErr = fn('set_errno_to', [T.sint], T.sint, { useErrno: true });
    const getErr = fn('get_errno_value', [], T.sint, { useErrno: true });
    ffi.setErrno(0);
    setErr.invoke(34);
    expect(ffi.getErrno()).toBe(34);
    expect(ffi.setErrno(7)).toBe(34);
    expect(getErr.invoke()).toBe(7); // C sees the private copy
    const close = libcFn('close', [T.sint], T.sint, { useErrno: true });
    expect(close.invoke(-1)).toBe(-1);
    expect(ffi.getErrno()).toBe(9); // EBADF
  });
});

describe('variadic', () => {
  it('extra arguments with explicit C types and default promotions', () => {
    const f = fn('sum_varargs', [T.sint], T.slonglong, { variadic: true });
    expect(f.callVariadic([3], [T.sint, T.sint, T.sshort], [1, 2, -3])).toBe(0);
    const g = fn('sum_vardoubles', [T.sint], T.double, { variadic: true });
    expect(g.callVariadic([2], [T.double, T.float], [1.5, 0.25])).toBe(1.75);
    const snprintf = libcFn('snprintf', [T.charp, T.size_t, T.charp], T.sint, { variadic: true });
    const buf = M.alloc(64);
    snprintf.callVariadic([buf, 64, enc('%d %s %.2f %ls')], [T.sint, T.charp, T.double, T.wcharp], [42, enc('str'), 1.5, 'wide']);
    expect(dec(M.readCString(buf))).toBe('42 str 1.50 wide');
    M.free(buf);
    expect(f.invoke(0)).toBe(0);
    expect(ffiError(() => f.invoke(1, 2)).pyType).toBe('TypeError');
  });
});

describe('bad calls', () => {
  it('wrong argument count', () => {
    const add1 = fn('add1', [T.sint], T.sint);
    expect(ffiError(() => add1.invoke()).message).toBe('this function takes 1 argument (0 given)');
    expect(ffiError(() => add1.invoke(1, 2)).message).toBe('this function takes 1 argument (2 given)');
    const f2 = fn('add_double', [T.double, T.double], T.double);
    expect(ffiError(() => f2.invoke(1)).message).toBe('this function takes 2 arguments (1 given)');
    const f6 = fn('sum_mixed', [T.int8, T.uint8, T.int16, T.uint16, T.int32, T.uint32, T.int64], T.int64);
    expect(ffiError(() => f6.call([1, 2])).pyType).toBe('TypeError');
    expect(ffiError(() => fn('sum_varargs', [T.sint], T.slonglong, { variadic: true }).callVariadic([], [], [])).message)
      .toBe('this function takes at least 1 argument (0 given)');
  });
  it('wrong argument type names the argument', () => {
    const f = fn('mix_int_double', [T.sint, T.double, T.float, T.slonglong], T.double);
    const e = ffiError(() => f.invoke(1, 2, 'x', 4));
    expect(e.pyType).toBe('TypeError');
    expect(e.argIndex).toBe(3);
    expect(ffiError(() => f.invoke(1.5, 2, 3, 4)).argIndex).toBe(1);
  });
  it('a NULL function pointer and void arguments are rejected', () => {
    expect(ffiError(() => ffi.cfunction(0, { args: [], result: T.sint })).pyType).toBe('ValueError');
    expect(ffiError(() => ffi.signature({ args: [T.void] })).pyType).toBe('TypeError');
  });
  it('functions and signatures are built once and cached', () => {
    const a = fn('add1', [T.sint], T.sint);
    const b = fn('add1', [T.sint], T.sint);
    expect(a).toBe(b);
    expect(ffi.signature({ args: [T.sint], result: T.sint })).toBe(a.sig);
    expect(String(a.sig)).toBe('int (int)');
  });
});
