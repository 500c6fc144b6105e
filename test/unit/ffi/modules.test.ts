// Unit tests for the Python-visible FFI modules (_rawffi, _ffi in ffi/modules/), driven through
// the VM's protocols on the compiled tree in dist/: type specs, the Python <-> JS converters, the
// FuncPtr shape the JIT relies on (one CFunction, per-argument unboxers), error messages,
// structure layout and memory access. End-to-end behaviour is in test/py/ffi/*.py.

import { beforeAll, describe, expect, it } from 'vitest';
// First: the VM's protocols module (it orders the interpreter's import cycle correctly).
import '../../../dist/interpreter/vm/ops/protocols.js';
// @ts-ignore -- compiled output, no .d.ts
import { call, repr } from '../../../dist/interpreter/vm/ops/protocols.js';
// @ts-ignore
import { getAttr, setAttr } from '../../../dist/interpreter/vm/ops/attr.js';
// @ts-ignore
import { getItem, setItem } from '../../../dist/interpreter/vm/ops/subscript.js';
// @ts-ignore
import { builtinFunction } from '../../../dist/interpreter/types/define.js';
// @ts-ignore
import { bootstrap } from '../../../dist/interpreter/bootstrap.js';
// @ts-ignore
import { newInt } from '../../../dist/interpreter/objects/int.js';
// @ts-ignore
import { newFloat } from '../../../dist/interpreter/objects/float.js';
// @ts-ignore
import { newStr } from '../../../dist/interpreter/objects/str.js';
// @ts-ignore
import { newBytes, PyBytes } from '../../../dist/interpreter/objects/bytes.js';
// @ts-ignore
import { newList } from '../../../dist/interpreter/objects/list.js';
// @ts-ignore
import { newTuple } from '../../../dist/interpreter/objects/tuple.js';
// @ts-ignore
import { None } from '../../../dist/interpreter/objects/singletons.js';
// @ts-ignore
import { PyBaseException } from '../../../dist/interpreter/objects/exceptions.js';
// @ts-ignore
import { makeRawffiModule, makeFfiModule } from '../../../dist/ffi/modules/index.js';
// @ts-ignore
import { unboxer, boxer } from '../../../dist/ffi/modules/pyconv.js';
// @ts-ignore
import { parseTypeSpec } from '../../../dist/ffi/modules/typecodes.js';
// @ts-ignore
import { countError } from '../../../dist/ffi/modules/caller.js';
// @ts-ignore
import { autofreeOutstanding } from '../../../dist/ffi/modules/cdata.js';
// @ts-ignore
import { FuncPtr } from '../../../dist/ffi/modules/ffi_funcptr.js';
// @ts-ignore
import { buildFfiTestLib } from '../../c/build.js';
// @ts-ignore
import { newBytearray } from '../../../dist/interpreter/objects/bytes.js';
// @ts-ignore
import { forceCollection } from '../../../dist/ffi/gc.js';
import { T, ffi } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
let raw: any;
let ffim: any;
let libPath: string;
const s = (v: string) => newStr(v);
const i = (v: number) => newInt(v);
const attr = (o: any, name: string) => getAttr(o, name);
const callAttr = (o: any, name: string, ...args: any[]) => call(getAttr(o, name), args);
const value = (o: any) => (o as { value: unknown }).value;
const data = (o: any) => (o as { data: Uint8Array }).data;

/** The Python exception raised by f, as "Type: message" (a thrown FFIError becomes one too). */
function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e: any) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${value(e.args[0])}`;
    if (e && e.pyType) return `${e.pyType}: ${e.message}`;
    throw e;
  }
  throw new Error('expected an exception');
}

beforeAll(() => {
  bootstrap([], null, '/tmp');
  raw = makeRawffiModule();
  ffim = makeFfiModule();
  libPath = buildFfiTestLib();
});

const mod = (m: any, name: string) => m.ns.getStr(name);

describe('type specs', () => {
  it('letters resolve to primitives of the platform sizes', () => {
    for (const [letter, size] of [['c', 1], ['b', 1], ['h', 2], ['i', 4], ['l', 8], ['q', 8], ['f', 4], ['d', 8], ['?', 1], ['u', 4], ['P', 8], ['z', 8], ['Z', 8], ['s', 8]] as const) {
      expect(parseTypeSpec(s(letter), 'arg').size).toBe(size);
    }
    expect(parseTypeSpec(None, 'result').kind).toBe('void');
    expect(parseTypeSpec(s('v'), 'result').kind).toBe('void');
  });
  it('rejects void arguments, unknown letters and arrays by value', () => {
    expect(pyErr(() => parseTypeSpec(s('v'), 'arg'))).toBe('ValueError: void is not a valid argument type');
    expect(pyErr(() => parseTypeSpec(s('x'), 'arg'))).toBe("ValueError: unknown type letter 'x'");
    expect(pyErr(() => parseTypeSpec(newTuple([s('i'), i(3)]), 'arg'))).toMatch(/^TypeError: arrays cannot be passed by value/);
    expect(parseTypeSpec(newTuple([s('i'), i(3)]), 'field').size).toBe(12);
  });
  it('(StructShape, 1) is the structure itself, (StructShape, n) an array of n', () => {
    const S = call(mod(raw, 'Structure'), [newList([newTuple([s('a'), s('i')]), newTuple([s('b'), s('d')])])]);
    expect(parseTypeSpec(newTuple([S, i(1)]), 'arg').kind).toBe('struct');
    expect(parseTypeSpec(newTuple([S, i(2)]), 'field').size).toBe(32);
    expect(parseTypeSpec(S, 'field').size).toBe(16);
  });
});

describe('converters', () => {
  it('unbox ints, floats, bytes and addresses for each C kind', () => {
    expect(unboxer(T.sint, 'arg')(i(5))).toBe(5);
    expect(unboxer(T.double, 'arg')(i(5))).toBe(5);
    expect(unboxer(T.double, 'arg')(newFloat(0.5))).toBe(0.5);
    expect(unboxer(T.pointer, 'arg')(None)).toBe(null);
    expect(unboxer(T.charp, 'arg')(newBytes(new Uint8Array([65])))).toEqual(new Uint8Array([65]));
    expect(pyErr(() => unboxer(T.charp, 'memory')(newBytes(new Uint8Array([65]))))).toMatch(/^TypeError: expected int or None/);
    expect(pyErr(() => unboxer(T.sint, 'arg')(newFloat(1.5)))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
  });
  it('box results per kind: char * as bytes for results, as an address in memory', () => {
    expect(data(boxer(T.charp, 'result')(new Uint8Array([104, 105])))).toEqual(new Uint8Array([104, 105]));
    expect(boxer(T.charp, 'result')(null)).toBe(None);
    expect(value(boxer(T.charp, 'memory')(4096))).toBe(4096);
    expect(value(boxer(T.uint64, 'result')(2n ** 64n - 1n))).toBe(2n ** 64n - 1n);
    expect(data(boxer(T.char, 'result')(65))).toEqual(new Uint8Array([65]));
  });
  it('count errors read as CPython ctypes\' messages', () => {
    expect(countError(1, 0).message).toBe('this function takes at least 1 argument (0 given)');
    expect(countError(2, 3).message).toBe('this function takes 2 arguments (3 given)');
  });
});

describe('_ffi function pointers', () => {
  it('expose one CFunction and per-argument unboxers (the JIT shape), and are cached', () => {
    const types = mod(ffim, 'types');
    const sint = types.ns.getStr('sint');
    const lib = call(mod(ffim, 'CDLL'), [s(libPath)]);
    const f = callAttr(lib, 'getfunc', s('add1'), newList([sint]), sint);
    expect(f).toBeInstanceOf(FuncPtr);
    expect(f.cfunc.native(41)).toBe(42);
    expect(f.unboxers.length).toBe(1);
    expect(f.argTypes[0]).toBe(ffi.types.sint);
    expect(value(call(f, [i(41)]))).toBe(42);
    expect(callAttr(lib, 'getfunc', s('add1'), newList([sint]), sint)).toBe(f);
    expect(f.cfunc).toBe(ffi.cfunction(f.cfunc.address, f.cfunc.sig));
  });
  it('report bad arguments with their position', () => {
    const types = mod(ffim, 'types');
    const d = types.ns.getStr('double');
    const libm = call(mod(ffim, 'CDLL'), [s('m')]);
    const pow = callAttr(libm, 'getfunc', s('pow'), newList([d, d]), d);
    expect(value(call(pow, [i(2), newFloat(0.5)]))).toBe(Math.SQRT2);
    expect(pyErr(() => call(pow, [i(2), s('x')]))).toBe('TypeError: argument 2: must be real number, not str');
    expect(pyErr(() => call(pow, [i(2)]))).toBe('TypeError: this function takes at least 2 arguments (1 given)');
  });
  it('check mode raises OverflowError where wrap mode reduces', () => {
    const types = mod(ffim, 'types');
    const u8 = types.ns.getStr('uint8');
    const lib = call(mod(ffim, 'CDLL'), [s(libPath)]);
    const wrap = callAttr(lib, 'getfunc', s('id_u8'), newList([u8]), u8);
    const check = call(getAttr(lib, 'getfunc'), [s('id_u8'), newList([u8]), u8, s('check')], ['intmode']);
    expect(value(call(wrap, [i(300)]))).toBe(44);
    expect(pyErr(() => call(check, [i(300)]))).toBe("OverflowError: argument 1: integer 300 does not fit 'uint8_t'");
  });
});

describe('_rawffi memory', () => {
  it('arrays: items, wrapping stores, range checks, free', () => {
    const A = call(mod(raw, 'Array'), [s('b')]);
    const a = call(A, [i(3)]);
    setItem(a, i(0), i(255));
    expect(value(getItem(a, i(0)))).toBe(-1);
    expect(pyErr(() => getItem(a, i(3)))).toBe('IndexError: array index out of range');
    callAttr(a, 'free');
    expect(pyErr(() => getItem(a, i(0)))).toBe('SegfaultException: access to freed array');
  });
  it('autofree blocks are tracked until freed (explicitly or by GC)', () => {
    const A = call(mod(raw, 'Array'), [s('d')]);
    const before = autofreeOutstanding();
    const a = call(A, [i(4)], null);
    const b = call(getAttr(A, '__call__'), [i(4), None, newInt(1)]);
    expect(autofreeOutstanding().count - before.count).toBe(1);
    expect(autofreeOutstanding().bytes - before.bytes).toBe(32);
    callAttr(b, 'free');
    expect(autofreeOutstanding().count - before.count).toBe(0);
    callAttr(a, 'free');
  });
  it('structures: GCC layout, fields by name, nested views', () => {
    const Structure = mod(raw, 'Structure');
    const P = call(Structure, [newList([newTuple([s('x'), s('i')]), newTuple([s('y'), s('i')])])]);
    const N = call(Structure, [newList([newTuple([s('c'), s('c')]), newTuple([s('p'), P]), newTuple([s('d'), s('d')])])]);
    expect(value(attr(N, 'size'))).toBe(24);
    expect(value(callAttr(N, 'fieldoffset', s('p')))).toBe(4);
    expect(value(callAttr(N, 'fieldoffset', s('d')))).toBe(16);
    const n = call(N, []);
    const p = attr(n, 'p');
    setAttr(p, 'y', i(7));
    expect(value(attr(attr(n, 'p'), 'y'))).toBe(7);
    expect(repr(P)).toBe("<_rawffi.Structure 'x' 'y' (8, 4)>");
    expect(pyErr(() => attr(n, 'nosuch'))).toBe("AttributeError: C structure has no field 'nosuch'");
    callAttr(n, 'free');
  });
  it('C strings and errno', () => {
    const A = call(mod(raw, 'Array'), [s('c')]);
    const a = call(A, [i(6), newBytes(new TextEncoder().encode('hello'))]);
    const bytes = call(mod(raw, 'charp2string'), [attr(a, 'buffer')]);
    expect(bytes).toBeInstanceOf(PyBytes);
    expect(new TextDecoder().decode(data(bytes))).toBe('hello');
    expect(call(mod(raw, 'charp2string'), [i(0)])).toBe(None);
    callAttr(a, 'free');
    call(mod(raw, 'set_errno'), [i(5)]);
    expect(value(call(mod(raw, 'get_errno'), []))).toBe(5);
    expect(value(call(mod(raw, 'set_errno'), [i(0)]))).toBe(5);
  });
  it('callbacks turn Python callables into C function pointers', () => {
    const lib = call(mod(raw, 'CDLL'), [s(libPath)]);
    const callN = callAttr(lib, 'ptr', s('call_n_times'), newList([s('P'), s('i')]), s('i'));
    const seen: number[] = [];
    // A builtin function stands in for a Python function (bytecode needs the compiler).
    const f = builtinFunction('triple', (args: any[]) => { seen.push(value(args[0]) as number); return newInt(3 * (value(args[0]) as number)); });
    const cb = call(mod(raw, 'CallbackPtr'), [f, newList([s('i')]), s('i')]);
    expect(value(call(callN, [cb, i(4)]))).toBe(3 * (0 + 1 + 2 + 3));
    expect(seen).toEqual([0, 1, 2, 3]);
    callAttr(cb, 'free');
    expect(value(attr(cb, 'buffer'))).toBe(0);
  });
});

describe('buffer exports (ffi.from_buffer)', () => {
  const exportBuffer = (...args: any[]) => call(mod(raw, 'export_buffer'), args);
  const releaseBuffer = (holder: any) => call(mod(raw, 'release_buffer'), [holder]);
  const append = (ba: any, b: number) => callAttr(ba, 'append', i(b));

  it('moves the storage into C memory: C and Python see the same bytes', () => {
    const ba = newBytearray(Uint8Array.of(1, 2, 3));
    const holder = newList([]);
    const [a, n] = (exportBuffer(ba, holder, None) as any).items.map(value);
    expect(n).toBe(3);
    expect([...ffi.memory.readBytes(a, 3)]).toEqual([1, 2, 3]);
    ffi.memory.writeU8(a + 1, 42);
    expect(data(ba)[1]).toBe(42);
    data(ba)[2] = 7;
    expect(ffi.memory.readU8(a + 2)).toBe(7);
    // a second export shares the same memory
    expect(value((exportBuffer(ba, newList([]), None) as any).items[0])).toBe(a);
  });
  it('a bytearray cannot be resized while exported; release_buffer ends the export', () => {
    const ba = newBytearray(Uint8Array.of(1, 2));
    const holder = newList([]);
    exportBuffer(ba, holder, None);
    expect(pyErr(() => append(ba, 3))).toBe('BufferError: Existing exports of data: object cannot be re-sized');
    releaseBuffer(holder);
    releaseBuffer(holder);
    append(ba, 3);
    expect([...data(ba)]).toEqual([1, 2, 3]);
  });
  it('the export ends when its holder dies (found by a forced collection)', () => {
    const ba = newBytearray(Uint8Array.of(9));
    (() => { exportBuffer(ba, newList([]), None); })();
    forceCollection();
    append(ba, 10);
    expect([...data(ba)]).toEqual([9, 10]);
  });
  it('bytes are read-only to a writable export; other objects are refused', () => {
    expect(pyErr(() => exportBuffer(newBytes(Uint8Array.of(1)), None, i(1)))).toBe('BufferError: Object is not writable.');
    expect(value((exportBuffer(newBytes(Uint8Array.of(5, 6)), None, None) as any).items[1])).toBe(2);
    expect(pyErr(() => exportBuffer(i(5), None, None))).toBe("TypeError: a bytes-like object is required, not 'int'");
  });
});
