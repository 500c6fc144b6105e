// End-to-end checks of the JIT driver through the CLI: loops get compiled (jit-summary), bridges
// get attached, exceptions raised in compiled code and in inlined calls reach the right handler
// with the right traceback, and the output is the interpreter's.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'tspy-jit-'));
let n = 0;

function write(src: string): string {
  const file = path.join(dir, `t${n++}.py`);
  writeFileSync(file, src);
  return file;
}

function tspy(src: string, args: string[], env: Record<string, string> = {}, file = write(src)): { out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tspy.js'), ...args, file], {
    encoding: 'utf8', env: { ...process.env, ...env },
  });
  return { out: r.stdout, err: r.stderr };
}

function same(src: string): { out: string; err: string } {
  const file = write(src);
  const off = tspy(src, ['--jit', 'off'], {}, file);
  const on = tspy(src, ['--jit', 'threshold=1', '--jit-stats'], {}, file);
  expect(on.out).toBe(off.out);
  expect(on.err.replace(/\[jit-summary\][^]*\[\/jit-summary\]\n?/, '')).toBe(off.err);
  return on;
}

describe('jit driver', () => {
  test('an int loop is compiled and runs to the same result', () => {
    const r = same('def f(n):\n    s = 0\n    for i in range(n):\n        s += i * i\n    return s\nprint(f(1000))\n');
    expect(r.err).toMatch(/loops: 1/);
    expect(r.err).toMatch(/aborts: 0/);
  });
  test('int overflow into big ints leaves the trace correctly', () => {
    same('def f(n):\n    x = 1\n    i = 0\n    while i < n:\n        x = x * 7 + i\n        i += 1\n    return x\nprint(f(200))\n');
  });
  test('exception raised by a residual call is handled by the frame', () => {
    same('def f():\n    out = []\n    for i in range(-5, 5):\n        try:\n            out.append(12 // i)\n        except ZeroDivisionError as e:\n            out.append(str(e))\n    return out\nprint(f())\n');
  });
  test('exception inside an inlined call: traceback and handler as the interpreter', () => {
    same([
      'def g(x):', '    return 10 // x', 'def f():', '    t = 0', '    for i in range(5, -3, -1):', '        t += g(i)', '    return t',
      'try:', '    f()', 'except ZeroDivisionError as e:', '    print(repr(e))', 'print(f.__name__)', 'f()',
    ].join('\n') + '\n');
  });
  test('guard failure in an inlined call resumes both frames', () => {
    same([
      'class A:', '    def __init__(self): self.v = 1', '    def get(self, k):', '        if k > 50: return 0.5', '        return self.v + k',
      'def f():', '    a = A(); t = 0', '    for i in range(100):', '        t = t + a.get(i)', '    return t', 'print(f())',
    ].join('\n') + '\n');
  });
  test('nested loops, bridges and module-level loops', () => {
    const r = same([
      'def f(n):', '    t = 0', '    for i in range(n):', '        for j in range(i):', '            t += j', '        t -= 1', '    return t', 'print(f(60))',
      'acc = 0', 'for k in range(300):', '    acc += k if k % 2 else -k', 'print(acc)',
    ].join('\n') + '\n');
    expect(r.err).toMatch(/bridges: [1-9]/);
  });
  test('TSPY_JITLOG writes source lines, IR before and after, JS', () => {
    const log = path.join(dir, 'jit.log');
    tspy('def f(n):\n    s = 0.0\n    for i in range(n):\n        s += i / 2\n    return s\nprint(f(100))\n', ['--jit', 'threshold=5'],
      { TSPY_JITLOG: `jit-log-opt,jit-summary:${log}` });
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/# Python source and bytecode/);
    expect(text).toMatch(/FOR_ITER/);
    expect(text).toMatch(/# IR after optimisation/);
    expect(text).toMatch(/float_truediv/);
    expect(text).toMatch(/\[jit-summary\]/);
  });
});
