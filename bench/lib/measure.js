// Running one process and timing it (wall clock, start to exit, nothing subtracted), the
// median of several runs, and the comparison of a runtime's output with python3's.
import { spawnSync } from 'node:child_process';

/** Run cmd with args; returns { seconds, status: 'ok'|'fail'|'timeout', stdout, stderr, code }. */
export function runOnce(cmd, args, { timeoutSec = 300, cwd } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', timeout: timeoutSec * 1000, maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const base = { seconds, stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status };
  if (r.error?.code === 'ETIMEDOUT' || (r.signal && seconds >= timeoutSec)) return { ...base, status: 'timeout' };
  if (r.error) return { ...base, status: 'fail', stderr: String(r.error.message) };
  if (r.status !== 0) return { ...base, status: 'fail' };
  return { ...base, status: 'ok' };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function geomean(xs) {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

/** null when the outputs agree (trailing whitespace ignored), else the first differing line. */
export function firstDifference(expected, actual) {
  const a = expected.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  const b = actual.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return { line: i + 1, expected: a[i] ?? '<end of output>', actual: b[i] ?? '<end of output>' };
    }
  }
  return null;
}

/**
 * The line of a stderr text that says what went wrong: a Python traceback's last line, or for a
 * Node crash the error message (stack frames and Node's version footer skipped).
 */
export function lastLine(text) {
  const lines = text.split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^Node\.js v\d/.test(l));
  return lines.length ? lines[lines.length - 1].slice(0, 300) : '';
}
