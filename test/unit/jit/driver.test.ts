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
  test('an outer loop gets compiled and compiled loops go straight into each other', () => {
    // the outer header is only ever reached through compiled code (inner bridges finish there)
    const src = [
      'def f(rows):', '    t = 0', '    for r in rows:', '        for x in r:', '            t += x', '        for x in r:', '            t -= x // 2',
      '    return t', 'rows = [list(range(k % 7 + 1)) for k in range(40)]', 'print(sum(f(rows) for _ in range(60)))',
    ].join('\n') + '\n';
    const r = same(src);
    const def = tspy(src, ['--jit', 'threshold=50', '--jit-stats']);
    expect(def.err).toMatch(/loops: [3-9]/);
    expect(def.err).toMatch(/trace-to-trace transfers[^:]*: [1-9]\d{2,}/);
    expect(r.out).toBe(def.out);
  });
  test('list and range iterators in traces: growing lists, exhausted iterators stay exhausted', () => {
    same([
      'def f():', '    out = []', '    l = [1, 2, 3]', '    for x in l:', '        if len(l) < 40: l.append(x + 1)', '        out.append(x)',
      '    it = iter(l)', '    for x in it: pass', '    l.append(99)', '    out.append(list(it))', '    for i in range(10, -10, -3): out.append(i)',
      '    return out', 'for _ in range(30): r = f()', 'print(r)',
    ].join('\n') + '\n');
  });
  test('comprehensions inside loops (MAKE_FUNCTION in a trace), closures stay per call', () => {
    same([
      'def f(n):', '    fs = []', '    t = 0', '    for i in range(n):', '        t += sum([i * j for j in range(5)])',
      '        fs.append(lambda k=i: k + i)', '    return t, [g() for g in fs[-3:]]', 'print(f(300))',
    ].join('\n') + '\n');
  });
  test('recursive calls go from trace to trace directly; exceptions and tracebacks deep inside them', () => {
    const r = same([
      'def fib(n):', '    if n < 2: return n', '    return fib(n - 1) + fib(n - 2)', 'print(fib(22))',
      'def down(n, d):', '    if n == 0: return 10 // d', '    return down(n - 1, d) + 1',
      'print(sum(down(k % 30, 1) for k in range(3000)))', 'try:', '    down(25, 0)', 'except ZeroDivisionError as e:',
      '    import sys', '    tb = e.__traceback__', '    n = 0', '    while tb: n += 1; tb = tb.tb_next', '    print("frames", n)',
      'def deep(n): return 0 if n == 0 else deep(n - 1) + 1', 'try:', '    deep(100000)', 'except RecursionError as e:', '    print("RecursionError", e)',
      'print(fib(2.5) if False else fib(10.0))',
    ].join('\n') + '\n');
    const def = tspy('def fib(n):\n    if n < 2: return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(24))\n', ['--jit-stats']);
    expect(def.err).toMatch(/direct calls of function traces[^:]*: [1-9]\d{3,}/);
    expect(r.out).toMatch(/frames 27/);
  });
  test('instances made from compiled code: __init__ traces, a non-None __init__ result, abstract classes, a replaced __init__', () => {
    // also: a local unbound while recording but bound at run time (msg) survives the loop's exit
    same([
      'import abc',
      'class P:',
      '    def __init__(self, a, b=2):',
      '        self.a = a',
      '        self.b = b',
      'class Bad:',
      '    def __init__(self, x):',
      '        self.x = x',
      '        if x > 2500: return 5',
      'class A(abc.ABC):',
      '    @abc.abstractmethod',
      '    def f(self): pass',
      '    def __init__(self, x): self.x = x',
      'def run():',
      '    t = 0',
      '    for i in range(3000):',
      '        p = P(i, i * 0.5)',
      '        t += p.a + p.b',
      '        try:',
      '            Bad(i)',
      '        except TypeError as e:',
      '            t += 1',
      '            msg = str(e)',
      '    return t, msg',
      'print(run())',
      'for i in range(3):',
      '    try:',
      '        A(1)',
      '    except TypeError as e:',
      '        print(e)',
      'class Q(P):',
      '    pass',
      'def run2():',
      '    out = 0',
      '    for i in range(3000):',
      '        q = Q(i)',
      '        if i == 2000:',
      "            Q.__init__ = lambda self, a: setattr(self, 'a', -a) or setattr(self, 'b', 0)",
      '        out += q.a + q.b',
      '    return out',
      'print(run2())',
    ].join('\n') + '\n');
  });
  test('instances made inline in traces: virtual until they escape, guard failures and exceptions inside __init__', () => {
    same("class V:\n    def __init__(self, x, y=1.0):\n        self.x = x\n        self.y = y\n    def add(self, o):\n        return V(self.x + o.x, self.y + o.y)\n    def norm2(self):\n        return self.x * self.x + self.y * self.y\nclass W(V):\n    def __init__(self, x):\n        V.__init__(self, x, 2.0)\n        if x > 900:\n            raise ValueError(\"too big %d\" % x)\n        self.z = x // 2\ndef f(n):\n    acc = V(0.0, 0.0)\n    keep = []\n    s = 0.0\n    for i in range(n):\n        v = V(i * 0.5)\n        acc = acc.add(v)\n        s += v.norm2()\n        if i % 97 == 0:\n            keep.append(V(i, i))\n        if i == 1500:\n            V.extra = 3\n    return acc.x, acc.y, s, len(keep), keep[-1].x, sorted(vars(keep[3]).items())\nprint(f(3000))\ndef g(n):\n    out = 0\n    for i in range(n):\n        try:\n            w = W(i)\n            out += w.z + w.y\n        except ValueError as e:\n            out -= 1\n            last = e\n    return out, str(last)\nprint(g(1000))\ndef h():\n    objs = []\n    for i in range(2000):\n        o = V(i)\n        if i > 1990:\n            o.tag = i\n            objs.append(o)\n    return [(o.x, getattr(o, \'tag\', None), type(o).__name__) for o in objs]\nprint(h())\nclass E:\n    def __init__(self, k):\n        self.k = 10 // k\ndef boom():\n    for k in range(5, -1, -1):\n        E(k)\ntry:\n    boom()\nexcept ZeroDivisionError as e:\n    tb = e.__traceback__\n    names = []\n    while tb:\n        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))\n        tb = tb.tb_next\n    print(names)\n");
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
