// Conformance suite: runs every script of test/py under tspy and compares its
// behaviour with what CPython 3.11 did (the .out/.err files beside each script,
// written by test/conformance/generate.py). See test/py/README.md.
//
// Environment knobs:
//   TSPY_CMD          command used instead of `node bin/tspy.js`, split on
//                     whitespace (e.g. TSPY_CMD=python3 checks the corpus itself)
//   TSPY_TEST_ARGS    extra CLI options put before the script name in every mode
//   TSPY_TEST_FILTER  only scripts whose path (relative to test/py) contains this
//   TSPY_TEST_JOBS    number of scripts run at once (default: number of CPUs)
//   TSPY_TEST_TIMEOUT per-script timeout in seconds (default 30)
//   TSPY_TEST_XFAIL   1: honour test/py/xfail.txt, 0: ignore it (run every
//                     script as a plain test). Default: 1, except when
//                     TSPY_CMD runs CPython (python*), which must pass all.
// When TSPY_CMD runs CPython, the scripts listed in test/py/not-cpython.txt
// (tspy-only features, expected output written by hand) are skipped.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(ROOT, "test", "py");

/** Each mode is a list of extra CLI options; each mode is one describe block
 *  running the whole corpus: the JIT off, default thresholds, and everything
 *  traced as early as possible. */
const TSPY_MODES: readonly (readonly string[])[] = [['--jit', 'off'], [], ['--jit', 'threshold=1,function_threshold=1']];

const TIMEOUT_MS = Number(process.env.TSPY_TEST_TIMEOUT ?? "30") * 1000;
const JOBS = Math.max(1, Number(process.env.TSPY_TEST_JOBS ?? "0") || os.availableParallelism());
const MAX_OUTPUT = 16 * 1024 * 1024;
const SKIP_DIRS = new Set(["_modules", "lib", "__pycache__"]);

const splitWords = (s: string | undefined): string[] => (s ?? "").split(/\s+/).filter((w) => w.length > 0);

const BASE_CMD: string[] = process.env.TSPY_CMD
  ? splitWords(process.env.TSPY_CMD)
  : [process.execPath, path.join(ROOT, "bin", "tspy.js")];
const EXTRA_ARGS = splitWords(process.env.TSPY_TEST_ARGS);
/** The JIT modes are tspy's; another command (CPython checking the corpus) runs once, plainly. */
const MODES: readonly (readonly string[])[] = process.env.TSPY_CMD ? [[]] : TSPY_MODES;
/** True when the command under test is CPython itself (checking the corpus). */
const IS_CPYTHON = /^python/.test(path.basename(BASE_CMD[0] ?? ""));
/** xfail.txt describes tspy; the reference CPython must pass every script. */
const USE_XFAIL = process.env.TSPY_TEST_XFAIL !== undefined ? process.env.TSPY_TEST_XFAIL !== "0" : !IS_CPYTHON;

// ---------------------------------------------------------------- discovery

/** Same rule as test/conformance/generate.py (is_script). */
function discover(dir: string, rel: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isPackage = entries.some((e) => e.isFile() && e.name === "__init__.py");
  for (const e of entries) {
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith("mod_")) continue;
      discover(path.join(dir, e.name), relPath, out);
    } else if (e.isFile() && e.name.endsWith(".py") && !isPackage) {
      if (e.name.startsWith("mod_") || e.name === "__init__.py") continue;
      out.push(relPath);
    }
  }
}

/** Non-comment, non-empty lines of a list file in test/py. */
function readList(name: string): string[] {
  const file = path.join(CORPUS, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((raw) => raw.replace(/#.*/, "").trim())
    .filter((line) => line.length > 0);
}

// ---------------------------------------------------------------- running

interface RunResult {
  stdout: Buffer;
  stderr: string;
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError?: string;
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PYTHON")) env[k] = v;
  env.PYTHONHASHSEED = "0";
  env.PYTHONIOENCODING = "utf-8";
  env.PYTHONDONTWRITEBYTECODE = "1";
  env.LC_ALL = "C.UTF-8";
  return env;
}
const ENV = childEnv();

function runScript(rel: string, modeArgs: readonly string[]): Promise<RunResult> {
  const scriptPath = path.join(CORPUS, rel);
  const cwd = path.dirname(scriptPath);
  const name = path.basename(scriptPath);
  const inFile = scriptPath.replace(/\.py$/, ".in");
  const stdin = existsSync(inFile) ? readFileSync(inFile) : Buffer.alloc(0);
  const [cmd, ...cmdArgs] = BASE_CMD;
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let spawnError: string | undefined;
    const child = spawn(cmd!, [...cmdArgs, ...EXTRA_ARGS, ...modeArgs, name], { cwd, env: ENV, stdio: "pipe" });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) child.kill("SIGKILL");
      else into.push(chunk);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    child.stdin.on("error", () => {}); // the script may exit without reading stdin
    child.stdin.end(stdin);
    child.on("error", (e) => {
      spawnError = String(e);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
        status,
        signal,
        timedOut,
        spawnError,
      });
    });
  });
}

/** Runs jobs in order with at most JOBS child processes at a time. Tests in
 *  this file run sequentially; each test asks for its own result and queues
 *  the next few scripts ahead of it, so that JOBS processes stay busy. */
class Prefetcher {
  private readonly started = new Map<number, Promise<RunResult>>();
  private readonly queue: Array<() => void> = [];
  private running = 0;
  constructor(private readonly jobs: ReadonlyArray<() => Promise<RunResult>>) {}

  get(index: number): Promise<RunResult> {
    for (let i = index; i < Math.min(this.jobs.length, index + 2 * JOBS); i++) this.start(i);
    return this.started.get(index)!;
  }

  private start(i: number): void {
    if (this.started.has(i)) return;
    const job = this.jobs[i]!;
    this.started.set(
      i,
      new Promise<RunResult>((resolve) => {
        this.queue.push(() => {
          this.running++;
          void job().then((r) => {
            this.running--;
            this.pump();
            resolve(r);
          });
        });
        this.pump();
      }),
    );
  }

  private pump(): void {
    while (this.running < JOBS && this.queue.length > 0) this.queue.shift()!();
  }
}

// ---------------------------------------------------------------- comparing

function lastNonEmptyLine(s: string): string {
  const lines = s.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length ? lines[lines.length - 1]! : "";
}

/** A short unified-style diff: the first differing region, a little context. */
function shortDiff(expected: string, actual: string, maxLines = 12, context = 2): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const lines: string[] = [`@@ -${from + 1},${endA - from} +${from + 1},${endB - from} @@`];
  for (let i = from; i < start; i++) lines.push(` ${a[i]}`);
  const show = (arr: string[], s: number, e: number, sign: string) => {
    for (let i = s; i < Math.min(e, s + maxLines); i++) lines.push(`${sign}${JSON.stringify(arr[i]).slice(1, -1)}`);
    if (e - s > maxLines) lines.push(`${sign}... (${e - s - maxLines} more lines)`);
  };
  show(a, start, endA, "-");
  show(b, start, endB, "+");
  for (let i = endA; i < Math.min(a.length, endA + context); i++) lines.push(` ${a[i]}`);
  return lines.join("\n");
}

function check(rel: string, r: RunResult): void {
  const base = path.join(CORPUS, rel).replace(/\.py$/, "");
  const expectedOut = readFileSync(`${base}.out`);
  const errFile = `${base}.err`;
  let expectedStatus = 0;
  let expectedLast: string | null = null;
  if (existsSync(errFile)) {
    const lines = readFileSync(errFile, "utf8").split("\n");
    const m = /^exit (\d+)$/.exec(lines[0] ?? "");
    if (!m) throw new Error(`${errFile}: first line must be "exit N"`);
    expectedStatus = Number(m[1]);
    expectedLast = lines[1] ?? "";
  }
  const problems: string[] = [];
  if (r.spawnError) problems.push(`could not start ${BASE_CMD.join(" ")}: ${r.spawnError}`);
  if (r.timedOut) problems.push(`timed out after ${TIMEOUT_MS / 1000} s`);
  else if (r.signal) problems.push(`killed by signal ${r.signal}`);
  if (!r.stdout.equals(expectedOut)) {
    problems.push(`stdout differs (--- CPython, +++ tspy):\n${shortDiff(expectedOut.toString("utf8"), r.stdout.toString("utf8"))}`);
  }
  if (r.status !== expectedStatus) problems.push(`exit status ${r.status}, expected ${expectedStatus}`);
  const actualLast = lastNonEmptyLine(r.stderr);
  if (expectedLast !== null && actualLast !== expectedLast) {
    problems.push(`last stderr line differs:\n- ${expectedLast}\n+ ${actualLast}`);
  }
  if (problems.length) {
    let msg = `${rel}:\n${problems.join("\n")}`;
    if (expectedLast === null && r.stderr.trim()) {
      const tail = r.stderr.trimEnd().split("\n").slice(-8).join("\n");
      msg += `\nstderr (tail):\n${tail}`;
    }
    expect.fail(msg);
  }
}

// ---------------------------------------------------------------- the suite

const scripts: string[] = [];
discover(CORPUS, "", scripts);
/** xfail.txt lines: a script (fails in every mode), or a script and the label of the one mode
 *  it fails in ("--jit off", "default", "--jit threshold=1,function_threshold=1"). */
const modeLabel = (mode: readonly string[]) => (mode.length ? mode.join(" ") : "default");
const xfailEntries = readList("xfail.txt").map((line) => {
  const [rel, ...label] = line.split(/\s+/);
  return { rel, mode: label.length ? label.join(" ") : null };
});
const xfail = new Set(xfailEntries.map((x) => x.rel));
const isXfail = (rel: string, label: string) => xfailEntries.some((x) => x.rel === rel && (x.mode === null || x.mode === label));
/** Script paths, or folders ending in "/". */
const notCpython = readList("not-cpython.txt");
const isNotCpython = (rel: string) => notCpython.some((e) => rel === e || (e.endsWith("/") && rel.startsWith(e)));

for (const x of xfail) {
  if (!scripts.includes(x)) throw new Error(`test/py/xfail.txt lists ${x}, which is not a corpus script`);
}
for (const x of xfailEntries) {
  if (x.mode !== null && !TSPY_MODES.some((m) => modeLabel(m) === x.mode)) {
    throw new Error(`test/py/xfail.txt: no mode '${x.mode}' (for ${x.rel})`);
  }
}

const filter = process.env.TSPY_TEST_FILTER;
const selected = scripts.filter((s) => !filter || s.includes(filter));
const skipped = (rel: string) => IS_CPYTHON && isNotCpython(rel);
const runnable = selected.filter((rel) => !skipped(rel));

// One job per (mode, runnable script), in the order the tests run.
const jobs: Array<() => Promise<RunResult>> = [];
for (const mode of MODES) for (const rel of runnable) jobs.push(() => runScript(rel, mode));
const prefetcher = new Prefetcher(jobs);
// A script's own run can wait for the ones queued before it to free a slot.
const TEST_TIMEOUT = TIMEOUT_MS * 2 + 10_000;

MODES.forEach((mode, m) => {
  const label = modeLabel(mode);
  describe(`conformance [${label}]`, () => {
    if (selected.length === 0) test.skip("no scripts selected", () => {});
    for (const rel of selected) {
      if (skipped(rel)) {
        test.skip(`${rel} (not-cpython.txt)`, () => {});
        continue;
      }
      const index = m * runnable.length + runnable.indexOf(rel);
      const fn = async () => check(rel, await prefetcher.get(index));
      if (USE_XFAIL && isXfail(rel, label)) test.fails(rel, fn, TEST_TIMEOUT);
      else test(rel, fn, TEST_TIMEOUT);
    }
  });
});
