// The floor of this FFI stack: ns per call of a trivial C function (`int add1(int)` from
// test/c/ffitest.c) through raw koffi, against the same call through tspy's call layer
// (ffi/call.ts: count check + argument converter + result converter), plus a pointer-argument
// call and a callback round trip. Run: npx tsc -p tsconfig.json && node bench/ffi/koffi_floor.js
import koffi from 'koffi';
import { buildFfiTestLib } from '../../test/c/build.js';
import * as ffi from '../../dist/ffi/index.js';

const N = Number(process.env.N ?? 5e6);
const path = buildFfiTestLib();

function bench(name, f) {
  f(Math.min(N, 200000)); // warm up: let V8 optimise the loop and the converters
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    f(N);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / N);
  }
  console.log(`${name.padEnd(46)} ${best.toFixed(1).padStart(6)} ns/call`);
  return best;
}

const lib = koffi.load(path);
const rawAdd1 = lib.func('add1', 'int', ['int']);
const rawIsNull = lib.func('is_null', 'int', ['uintptr_t']);

const T = ffi.types;
const tlib = ffi.loadLibrary(path);
const add1 = ffi.cfunction(tlib.symbol('add1'), { args: [T.sint], result: T.sint });
const isNull = ffi.cfunction(tlib.symbol('is_null'), { args: [T.pointer], result: T.sint });
const p = ffi.memory.alloc(64);

const floor = bench('koffi raw: add1(i)', (n) => { let s = 0; for (let i = 0; i < n; i++) s += rawAdd1(i); return s; });
bench('tspy CFunction.native: add1(i)', (n) => { const f = add1.native; let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; });
const conv = bench('tspy CFunction.invoke: add1(i) (converters)', (n) => { const f = add1.invoke; let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; });
bench('koffi raw: is_null(p) uintptr_t', (n) => { let s = 0; for (let i = 0; i < n; i++) s += rawIsNull(p); return s; });
bench('tspy CFunction.invoke: is_null(p) void *', (n) => { const f = isNull.invoke; let s = 0; for (let i = 0; i < n; i++) s += f(p); return s; });
bench('tspy memory.readI32 (window cache hit)', (n) => { let s = 0; for (let i = 0; i < n; i++) s += ffi.memory.readI32(p + ((i & 7) << 2)); return s; });
bench('tspy memory.readPtrAt (argv[i])', (n) => { let s = 0; for (let i = 0; i < n; i++) s += ffi.memory.readPtrAt(p, i & 7); return s; });

const cb = ffi.createCallback((x) => x + 1, { args: [T.sint], result: T.sint });
const callN = ffi.cfunction(tlib.symbol('call_n_times'), { args: [T.pointer, T.sint], result: T.sint });
const M = Math.max(1, Math.floor(N / 10));
{
  callN.invoke(cb.address, 10000);
  const t0 = process.hrtime.bigint();
  callN.invoke(cb.address, M);
  console.log(`${'tspy callback entry (C → JS → C), per call'.padEnd(46)} ${(Number(process.hrtime.bigint() - t0) / M).toFixed(1).padStart(6)} ns/call`);
}
console.log(`converter overhead over the koffi floor: ${(conv - floor).toFixed(1)} ns/call`);
