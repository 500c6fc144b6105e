#!/usr/bin/env node
// The benchmark runner (`npm run bench`): runs every bench/*.py under tspy --jit off, tspy,
// python3, pypy3 (when installed) and the hand-written JS floor, checks each output against
// python3's, prints seconds and ratios side by side, and saves bench/results/latest.{json,svg}.
//
// Usage: node bench/run.js [--quick | --full] [--only a,b] [--runs N] [--runtimes a,b]
//                          [--timeout SEC] [--tspy DIR] [--list]
// Each process is timed from spawn to exit (nothing subtracted); a cell is the median of its runs.
// Redraw the chart from a saved table: node bench/lib/svg.js bench/results/latest.json > x.svg
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS, STARTUP, sizeFor } from './lib/benchmarks.js';
import { firstDifference, lastLine, median, runOnce } from './lib/measure.js';
import { makeRuntimes, probePython } from './lib/runtimes.js';
import { formatRatio, formatSeconds, formatTable, geomeans } from './lib/report.js';
import { resultsChart } from './lib/svg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const STARTUP_TARGET_MS = 150;
const CELL_BUDGET_SEC = 45;        // stop repeating a cell once its runs add up to this

const HELP = `usage: node bench/run.js [options]
  --quick          small sizes, 1 run each (a smoke test; figures are rough)
  --full           the sizes the JIT issue quotes (fib 35, nbody 500000, spectral_norm 400)
  --only a,b       run only these benchmarks (names as in --list; 'startup' is one)
  --runs N         runs per cell, median reported (default 3; --quick: 1)
  --runtimes a,b   only these runtimes: tspy-nojit, tspy, python3, pypy3, js (python3 always runs)
  --timeout SEC    kill a run after SEC seconds (default 300)
  --tspy DIR       measure the tspy in DIR (a built checkout or a copy of bin/, dist/, stdlib/,
                   node_modules/), e.g. a snapshot taken while others rebuild dist/ here
  --list           list the benchmarks and their sizes
Results: bench/results/latest.json and bench/results/latest.svg (overwritten by every run).`;

function parseArgs(argv) {
  const opts = { mode: 'default', only: null, runs: null, runtimes: null, timeout: 300, list: false, tspy: ROOT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--quick') opts.mode = 'quick';
    else if (a === '--full') opts.mode = 'full';
    else if (a === '--only') opts.only = value().split(',').filter(Boolean);
    else if (a === '--runs') opts.runs = positiveInt(a, value());
    else if (a === '--runtimes') opts.runtimes = value().split(',').filter(Boolean);
    else if (a === '--timeout') opts.timeout = positiveInt(a, value());
    else if (a === '--tspy') opts.tspy = path.resolve(value());
    else if (a === '--list') opts.list = true;
    else if (a === '-h' || a === '--help') { console.log(HELP); process.exit(0); }
    else fail(`unknown option ${a}\n${HELP}`);
  }
  opts.runs ??= opts.mode === 'quick' ? 1 : 3;
  return opts;
}

function positiveInt(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} wants a positive integer, got '${text}'`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function listBenchmarks() {
  for (const b of BENCHMARKS) {
    const s = b.sizes;
    console.log(`${b.name.padEnd(14)} quick ${String(s.quick).padEnd(7)} default ${String(s.default).padEnd(8)}` +
      ` full ${String(s.full ?? s.default).padEnd(8)} ${b.js ? 'js ' : '   '} ${b.note}`);
  }
  console.log(`${STARTUP.name.padEnd(14)} ${STARTUP.note}`);
}

/** Which runtimes take part: python3 is required (it is the reference); pypy3 only if installed. */
function chooseRuntimes(opts) {
  const notes = [];
  let runtimes = makeRuntimes(ROOT, opts.tspy);
  if (opts.runtimes) {
    const unknown = opts.runtimes.filter((id) => !runtimes.some((rt) => rt.id === id));
    if (unknown.length) fail(`unknown runtime(s) ${unknown.join(', ')}`);
    runtimes = runtimes.filter((rt) => rt.id === 'python3' || opts.runtimes.includes(rt.id));
  }
  const versions = { node: process.version };
  const python = probePython('python3');
  if (!python) fail('python3 not found: it is the reference every output is checked against');
  versions.python3 = `${python.version} (${python.executable})`;
  runtimes.find((rt) => rt.id === 'python3').cmd = python.executable;
  if (runtimes.some((rt) => rt.id === 'pypy3')) {
    const pypy = probePython('pypy3');
    if (pypy) {
      versions.pypy3 = `${pypy.version} (${pypy.executable})`;
      runtimes.find((rt) => rt.id === 'pypy3').cmd = pypy.executable;
    } else {
      notes.push('pypy3: not installed');
      runtimes = runtimes.filter((rt) => rt.id !== 'pypy3');
    }
  }
  if (runtimes.some((rt) => rt.id.startsWith('tspy'))) {
    if (!existsSync(path.join(opts.tspy, 'dist', 'interpreter', 'cli', 'main.js'))) {
      fail(`${path.join(opts.tspy, 'dist')} is missing: run \`npm run build\` first`);
    }
    const r = runOnce(process.execPath, [path.join(opts.tspy, 'bin', 'tspy.js'), '--version']);
    versions.tspy = r.status === 'ok' ? (r.stdout || r.stderr).trim() : `unknown (${lastLine(r.stderr)})`;
    if (opts.tspy !== ROOT) versions.tspy += ` (${opts.tspy})`;
  }
  return { runtimes, versions, notes };
}

/**
 * Measure one row. `argsFor(rt)` gives the argv for a runtime (null: no version of this benchmark).
 * Runs are interleaved across runtimes (run 1 of each, then run 2 of each, ...) so that a change in
 * machine load hits every runtime alike.
 */
function measureRow(row, runtimes, argsFor, runs, timeout) {
  const state = new Map();
  for (const rt of runtimes) {
    const args = argsFor(rt);
    state.set(rt.id, args ? { args, times: [], outputs: [], status: 'ok', detail: null } : null);
  }
  for (let k = 0; k < runs; k++) {
    for (const rt of runtimes) {
      const st = state.get(rt.id);
      if (!st || st.status !== 'ok') continue;
      const spent = st.times.reduce((a, b) => a + b, 0);
      if (k > 0 && spent > CELL_BUDGET_SEC) continue;
      const r = runOnce(rt.cmd, st.args, { timeoutSec: timeout, cwd: ROOT });
      if (r.status !== 'ok') {
        st.status = r.status;
        st.detail = r.status === 'timeout' ? `killed after ${timeout}s` : `exit ${r.code}: ${lastLine(r.stderr)}`;
        continue;
      }
      st.times.push(r.seconds);
      st.outputs.push(r.stdout);
      process.stderr.write(`  ${row.name} ${rt.label}: ${formatSeconds(r.seconds)}\n`);
    }
  }
  const reference = state.get('python3');
  const expected = reference && reference.status === 'ok' ? reference.outputs[0] : null;
  for (const rt of runtimes) {
    const st = state.get(rt.id);
    if (!st) { row.cells[rt.id] = { status: 'absent' }; continue; }
    const cell = { status: st.status, times: st.times, median: st.times.length ? median(st.times) : null };
    if (st.detail) cell.detail = st.detail;
    if (st.status === 'ok' && expected !== null) {
      for (const out of st.outputs) {
        const diff = firstDifference(expected, out);
        if (diff) { cell.status = 'diff'; cell.detail = diff; break; }
      }
    }
    row.cells[rt.id] = cell;
  }
  const base = row.cells.python3?.status === 'ok' ? row.cells.python3.median : null;
  for (const rt of runtimes) {
    const cell = row.cells[rt.id];
    if (base && cell.median != null && cell.status !== 'fail' && cell.status !== 'timeout') cell.ratio = cell.median / base;
  }
}

function describeProblems(rows, runtimes) {
  const lines = [];
  for (const row of rows) {
    for (const rt of runtimes) {
      const c = row.cells[rt.id];
      if (!c || c.status === 'ok' || c.status === 'absent') continue;
      if (c.status === 'diff') {
        lines.push(`${row.name}: ${rt.label} printed something else than python3, first at line ${c.detail.line}:` +
          `\n    python3: ${c.detail.expected}\n    ${rt.label}: ${c.detail.actual}`);
      } else {
        lines.push(`${row.name}: ${rt.label} ${c.status.toUpperCase()} (${c.detail})`);
      }
    }
  }
  return lines;
}


function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) { listBenchmarks(); return; }
  const known = [...BENCHMARKS.map((b) => b.name), STARTUP.name];
  const unknown = (opts.only ?? []).filter((n) => !known.includes(n));
  if (unknown.length) fail(`unknown benchmark(s) ${unknown.join(', ')} (see --list)`);
  const wanted = (name) => !opts.only || opts.only.includes(name);

  const { runtimes, versions, notes } = chooseRuntimes(opts);
  const loadStart = os.loadavg()[0].toFixed(2);
  for (const n of notes) console.log(n);
  console.log(`runtimes: ${runtimes.map((rt) => rt.label).join(', ')}; ${opts.mode} sizes; ${opts.runs} run(s) per cell; ` +
    `load average ${loadStart} on ${os.cpus().length} cores`);

  const started = Date.now();
  const rows = [];
  for (const b of BENCHMARKS.filter((x) => wanted(x.name))) {
    const size = sizeFor(b, opts.mode);
    const row = { name: b.name, size, note: b.note, cells: {} };
    process.stderr.write(`${b.name} (${size})\n`);
    measureRow(row, runtimes, (rt) => rt.args(b, size), opts.runs, opts.timeout);
    rows.push(row);
  }
  if (wanted(STARTUP.name)) {
    // Start-up is short and noisy: take more runs.
    const runs = opts.mode === 'quick' ? 5 : Math.max(10, opts.runs);
    const row = { name: STARTUP.name, size: '-c pass', note: STARTUP.note, cells: {} };
    process.stderr.write('startup (-c pass)\n');
    measureRow(row, runtimes, (rt) => rt.startupArgs, runs, opts.timeout);
    rows.push(row);
  }

  const means = geomeans(rows, runtimes);
  console.log('');
  for (const line of formatTable(rows, runtimes, means)) console.log(line);
  console.log('seconds: median wall time of the whole process; x: ratio to python3 (lower is faster)');

  const startup = rows.find((r) => r.name === 'startup');
  if (startup?.cells.tspy?.median != null) {
    const ms = startup.cells.tspy.median * 1000;
    console.log(`startup: tspy -c pass ${ms.toFixed(0)} ms (target < ${STARTUP_TARGET_MS} ms: ` +
      `${ms < STARTUP_TARGET_MS ? 'met' : 'not met'}); python3 -c pass ${(startup.cells.python3.median * 1000).toFixed(0)} ms`);
  }
  const problems = describeProblems(rows, runtimes);
  if (problems.length) {
    console.log('\nproblems (a differing output is a bug in that runtime; python3 is the reference):');
    for (const p of problems) console.log(`  ${p}`);
  }

  const meta = {
    date: new Date().toISOString(), mode: opts.mode, runs: opts.runs,
    seconds: Math.round((Date.now() - started) / 1000),
    host: { platform: `${os.platform()} ${os.arch()}`, cpu: os.cpus()[0]?.model, cpus: os.cpus().length,
      loadStart, loadEnd: os.loadavg()[0].toFixed(2) },
    versions, notes,
  };
  const json = {
    ...meta,
    runtimes: runtimes.map((rt) => ({ id: rt.id, label: rt.label })),
    benchmarks: rows,
    geomean: means,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  writeFileSync(path.join(RESULTS, 'latest.svg'), resultsChart(json));
  console.log(`\nsaved bench/results/latest.json and bench/results/latest.svg (${meta.seconds}s in all)`);
  if (problems.length) process.exitCode = 1;
}

main();
