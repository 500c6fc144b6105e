// Runs bench/ffi_calls.py under tspy, python3 and pypy3 (when installed) beside the plain-JS
// koffi floor (the same libc abs call straight through koffi, and through ffi/'s CFunction), and
// prints one table of ns per call. Every figure comes from the same machine in the same run.
// Usage: npm run build && node bench/ffi/run_ffi_bench.js [N]     (N calls per row, default 300000)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'bench', 'ffi_calls.py');
const N = process.argv[2] ?? process.env.N ?? '300000';

/** Rows "name   123.4 ns/call" of a ffi_calls.py run. */
function parseRows(stdout) {
  const rows = [];
  for (const line of stdout.split('\n')) {
    const m = /^(.*?)\s+(-?[\d.]+) ns\/call$/.exec(line);
    if (m) rows.push({ name: m[1].trim(), ns: Number(m[2]) });
  }
  return rows;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 30 * 60 * 1000 });
  if (r.error) return { ok: false, why: r.error.code === 'ENOENT' ? 'not installed' : String(r.error) };
  if (r.status !== 0) return { ok: false, why: `exit ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}` };
  return { ok: true, rows: parseRows(r.stdout) };
}

const results = [];
function add(runtime, res) {
  if (!res.ok) {
    results.push({ runtime, name: `(${res.why})`, ns: NaN });
    return;
  }
  const empty = res.rows.find((r) => r.name === 'empty loop');
  for (const r of res.rows) results.push({ runtime, name: r.name, ns: r.ns, net: r === empty || !empty ? NaN : r.ns - empty.ns });
}

// tspy: the CLI, or the launcher that registers the FFI modules when the CLI does not yet.
let tspy = run(process.execPath, [path.join(ROOT, 'bin', 'tspy.js'), SCRIPT, N]);
if (!tspy.ok || !tspy.rows.some((r) => r.name.startsWith('_ffi'))) {
  tspy = run(process.execPath, [path.join(ROOT, 'bench', 'ffi', 'tspy_ffi.js'), SCRIPT, N]);
}
add('tspy', tspy);
add('python3', run('python3', [SCRIPT, N]));
add('pypy3', run('pypy3', [SCRIPT, N]));

// The floor: the same call from a JS loop, through raw koffi and through ffi/'s CFunction.
function floor(name, f) {
  const n = Number(N) * 10;
  f(Math.min(n, 200000));
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    f(n);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / n);
  }
  results.push({ runtime: 'node', name, ns: best, net: NaN });
}
const rawAbs = koffi.load('libc.so.6').func('abs', 'int', ['int']);
floor('koffi abs(i) (JS loop)', (n) => { let s = 0; for (let i = 0; i < n; i++) s += rawAbs(i); return s; });
try {
  const ffi = await import(path.join(ROOT, 'dist', 'ffi', 'index.js'));
  const abs = ffi.cfunction(ffi.loadLibrary('libc.so.6').symbol('abs'), { args: [ffi.types.sint], result: ffi.types.sint }, 'abs');
  floor('ffi CFunction.invoke abs(i) (JS loop)', (n) => { const f = abs.invoke; let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; });
} catch (e) {
  results.push({ runtime: 'node', name: `(ffi/ not built: ${e.message})`, ns: NaN, net: NaN });
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
console.log(`FFI call cost, ns per call (N=${N}; "net" = minus the same runtime's empty loop)`);
console.log(`${'runtime'.padEnd(9)} ${'row'.padEnd(40)} ${'ns/call'.padStart(10)} ${'net'.padStart(10)}`);
for (const r of results) console.log(`${r.runtime.padEnd(9)} ${r.name.padEnd(40)} ${fmt(r.ns).padStart(10)} ${fmt(r.net).padStart(10)}`);
