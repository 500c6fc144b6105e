import { describe, expect, it } from 'vitest';
import { ffi, ffiError, testLib } from './helpers.js';

describe('find_library', () => {
  it('finds sonames the way CPython does on Linux', () => {
    expect(ffi.findLibrary('c')).toBe('libc.so.6');
    expect(ffi.findLibrary('m')).toBe('libm.so.6');
    expect(ffi.findLibrary('sqlite3')).toBe('libsqlite3.so.0');
  });
  it('returns null for a missing library, and caches', () => {
    expect(ffi.findLibrary('nosuchlib_tspy')).toBe(null);
    const t0 = performance.now();
    expect(ffi.findLibrary('nosuchlib_tspy')).toBe(null);
    expect(performance.now() - t0).toBeLessThan(5);
  });
});

describe('loadLibrary', () => {
  it('loads by soname, by path and by short name', () => {
    expect(ffi.loadLibrary('libc.so.6').symbol('strlen')).toBeGreaterThan(0);
    expect(testLib().symbol('add1')).toBeGreaterThan(0);
    expect(ffi.loadLibraryByName('m').symbol('cos')).toBeGreaterThan(0);
  });
  it('loads the main program with null (CDLL(None))', () => {
    expect(ffi.loadLibrary(null).symbol('malloc')).toBeGreaterThan(0);
  });
  it('raises OSError with dlerror text for a missing library', () => {
    const e = ffiError(() => ffi.loadLibrary('libfoo.so'));
    expect(e.pyType).toBe('OSError');
    expect(e.message).toBe('libfoo.so: cannot open shared object file: No such file or directory');
    const e2 = ffiError(() => ffi.loadLibrary('/nonexistent/libfoo.so'));
    expect(e2.message).toBe('/nonexistent/libfoo.so: cannot open shared object file: No such file or directory');
  });
  it('raises AttributeError with dlerror text for a missing symbol', () => {
    const e = ffiError(() => ffi.loadLibrary('libc.so.6').symbol('nosuch'));
    expect(e.pyType).toBe('AttributeError');
    expect(e.message).toBe('/lib/x86_64-linux-gnu/libc.so.6: undefined symbol: nosuch');
    expect(ffi.loadLibrary('libc.so.6').hasSymbol('nosuch')).toBe(false);
  });
  it('reads exported variables through symbols', () => {
    const addr = testLib().symbol('global_counter');
    expect(ffi.memory.readI32(addr)).toBe(42);
    const namePtr = ffi.memory.readPtr(testLib().symbol('global_name'));
    expect(new TextDecoder().decode(ffi.memory.readCString(namePtr))).toBe('ffitest');
  });
  it('close() makes further lookups a ValueError', () => {
    const lib = ffi.loadLibrary('libm.so.6');
    lib.close();
    expect(ffiError(() => lib.symbol('cos')).pyType).toBe('ValueError');
  });
});
