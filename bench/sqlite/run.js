// The SQLite UDF callback benchmark across runtimes: bench/sqlite_udf.py under tspy (--jit off
// and default), python3 and pypy3 (when installed), and the plain-JS koffi floor (floor.js).
// Each runtime reports the UDF query's seconds and SQLite's own cost (the same query without the
// UDF); ns per callback = (udf - sqlite) / N. Medians of 3 runs, taken round-robin across the
// runtimes; ratios are to python3. The machine should be otherwise idle: figures are wall time.
// Usage: node bench/sqlite/run.js [--quick] [--runs K] [N ...]   (--quick: N = 100,000, one run)

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'bench', 'sqlite_udf.py');
const FLOOR = path.join(ROOT, 'bench', 'sqlite', 'floor.js');
const TSPY = path.join(ROOT, 'bin', 'tspy.js');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsAt = args.indexOf('--runs');
const runs = quick ? 1 : runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const given = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
const sizes = given.length ? given : quick ? [100_000] : [1_000_000, 10_000_000];

function has(cmd) {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}

const runtimes = [
  { name: 'python3', cmd: ['python3', SCRIPT] },
  { name: 'pypy3', cmd: ['pypy3', SCRIPT], missing: !has('pypy3') },
  { name: 'tspy --jit off', cmd: [process.execPath, TSPY, '--jit', 'off', SCRIPT] },
  { name: 'tspy', cmd: [process.execPath, TSPY, SCRIPT] },
  { name: 'koffi floor (JS)', cmd: [process.execPath, FLOOR] },
];

/** One run: { sum, udf, sqlite } in seconds, parsed from the script's three lines. */
function runOnce(rt, n) {
  const [cmd, ...rest] = rt.cmd;
  const r = spawnSync(cmd, [...rest, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) {
    const tail = (r.stderr || '').trim().split('\n').filter((l) => l.trim()).slice(-6).join(' | ');
    throw new Error(`${rt.name} N=${n} failed (status ${r.status}, signal ${r.signal}): ${tail}`);
  }
  const field = (k) => {
    const m = r.stdout.match(new RegExp(`^${k} (\\S+)$`, 'm'));
    if (!m) throw new Error(`${rt.name}: no '${k}' line in output:\n${r.stdout}`);
    return m[1];
  };
  return { sum: field('sum'), udf: Number(field('udf_seconds')), sqlite: Number(field('sqlite_seconds')) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, w) => String(s).padStart(w);

console.log(`SQLite UDF callback benchmark: sum(f(x)) over a recursive CTE, f(x) = x + 1; median of ${runs} run(s)`);
for (const rt of runtimes) if (rt.missing) console.log(`(${rt.name} is not installed here: skipped)`);
for (const n of sizes) {
  console.log(`\nN = ${n.toLocaleString('en-US')}`);
  console.log(`${'runtime'.padEnd(18)} ${pad('udf s', 9)} ${pad('sqlite s', 9)} ${pad('ns/callback', 12)} ${pad('vs python3', 11)}`);
  // Round-robin: run k of every runtime before run k+1 of any, so that a change of machine
  // load during the benchmark affects all runtimes alike.
  const live = runtimes.filter((rt) => !rt.missing);
  const results = new Map(live.map((rt) => [rt, []]));
  const failed = new Map(); // runtime -> messages of its failed runs (the others still count)
  for (let k = 0; k < runs; k++) {
    for (const rt of live) {
      try {
        results.get(rt).push(runOnce(rt, n));
      } catch (e) {
        failed.set(rt, [...(failed.get(rt) ?? []), e.message]);
      }
    }
  }
  let base = null;
  const expected = String(n * (n + 1) / 2 + n);
  for (const rt of runtimes) {
    if (rt.missing) {
      console.log(`${rt.name.padEnd(18)} ${pad('-', 9)} ${pad('-', 9)} ${pad('-', 12)} ${pad('not installed', 11)}`);
      continue;
    }
    for (const msg of failed.get(rt) ?? []) console.log(`${rt.name.padEnd(18)} run failed: ${msg}`);
    const rs = results.get(rt);
    if (rs.length === 0) continue;
    const bad = rs.find((r) => r.sum !== expected);
    const udf = median(rs.map((r) => r.udf));
    const sqlite = median(rs.map((r) => r.sqlite));
    const ns = median(rs.map((r) => ((r.udf - r.sqlite) * 1e9) / n));
    if (rt.name === 'python3') base = ns;
    const ratio = base ? `${(ns / base).toFixed(2)}x` : '-';
    console.log(`${rt.name.padEnd(18)} ${pad(udf.toFixed(3), 9)} ${pad(sqlite.toFixed(3), 9)} ${pad(ns.toFixed(0), 12)} ${pad(ratio, 11)}` +
      (bad ? `  WRONG SUM ${bad.sum} (expected ${expected})` : ''));
  }
}
