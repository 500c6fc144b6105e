// Proves callback slots do not leak: creates 1e6 callbacks one after the other, first freeing
// each explicitly, then merely dropping each (slots come back through GC: see ffi/callback.ts),
// calling some of them from C, and checks koffi's busy-trampoline count returns to where it was.
// Run: npx tsc -p tsconfig.json && node bench/ffi/callbacks_1e6.js   (N=... to change the count)
import { buildFfiTestLib } from '../../test/c/build.js';
import * as ffi from '../../dist/ffi/index.js';

const N = Number(process.env.N ?? 1e6);
const T = ffi.types;
const lib = ffi.loadLibrary(buildFfiTestLib());
const callN = ffi.cfunction(lib.symbol('call_n_times'), { args: [T.pointer, T.sint], result: T.sint });
const sig = ffi.signature({ args: [T.sint], result: T.sint });

function run(label, drop) {
  const before = ffi.callbackStats();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const cb = ffi.createCallback((x) => x + i, sig);
    if (i % 1000 === 0 && callN.invoke(cb.address, 1) !== i) throw new Error(`callback ${i} returned a wrong value`);
    if (!drop) cb.free();
  }
  const ms = performance.now() - t0;
  if (drop) ffi.collectDeadCallbacks();
  const after = ffi.callbackStats();
  console.log(`${label}: ${N} callbacks in ${(ms / 1000).toFixed(2)} s (${((ms * 1e6) / N).toFixed(0)} ns each); ` +
    `koffi busy slots before ${before.koffiBusy}, after ${after.koffiBusy}; forced GCs ${after.forcedCollections - before.forcedCollections}`);
  if (after.koffiBusy > before.koffiBusy + 1) throw new Error('callback slots leaked');
}

run('create + free()', false);
run('create + drop  ', true);
console.log('no leak');
