// tspy with the _rawffi and _ffi modules registered, for running FFI benchmarks and scripts
// before interpreter/modules/index.ts calls registerFfiModules() itself (then plain
// `node bin/tspy.js` is the same). Usage: node bench/ffi/tspy_ffi.js script.py [args]
// The VM's protocols module is imported first: it fixes the evaluation order of the
// interpreter's import cycle, as the CLI's own import graph does.
await import('../../dist/interpreter/vm/ops/protocols.js');
const { registerFfiModules } = await import('../../dist/ffi/modules/index.js');
registerFfiModules();
await import('../../dist/interpreter/cli/main.js');
