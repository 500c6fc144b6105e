// Property test of the JIT: seeded random small Python programs (loops, int arithmetic that
// overflows into big ints, floats, branches, lists, tuples, attributes, calls, exceptions) must
// print exactly the same with the JIT off and with everything traced at once (threshold=1).
// Programs are batched 100 to a script; TSPY_PROP_SCRIPTS / TSPY_PROP_SEED change the size and seed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPTS = Number(process.env.TSPY_PROP_SCRIPTS ?? '24');
const PER_SCRIPT = 100;
const SEED = Number(process.env.TSPY_PROP_SEED ?? '20261121');

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(private r: () => number) {}
  int(lo: number, hi: number): number { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]; }
  chance(p: number): boolean { return this.r() < p; }

  intExpr(): string {
    return this.pick([
      () => `${this.int(-5, 20)}`, () => 'a', () => 'c', () => 'i', () => '(a + i)', () => '(c * 3)',
      () => `len(lst)`, () => 'o.x', () => `helper(i, ${this.int(0, 4)})`, () => 'tup[1]', () => `lst[i % len(lst)]`,
      () => `(a % ${this.int(1, 9)})`, () => `big`,
    ])();
  }

  stmt(depth: number): string[] {
    const ind = (xs: string[]) => xs.map((x) => '    ' + x);
    const k = this.int(0, 21);
    switch (k) {
      // (big ints are kept below 10**40 so that no program runs for long)
      case 0: return [`a = a ${this.pick(['+', '-', '*'])} ${this.intExpr()}`, 'if a > 10**40 or a < -10**40: a = a % 1000003'];
      case 1: return [`c = ${this.intExpr()} ${this.pick(['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>'])} ${this.pick(['3', '7', '-2', 'i', 'a % 5', '(i % 4)'])}`,
        'if c > 10**40 or c < -10**40: c = c % 999983'];
      case 2: return [`a = a * ${this.pick(['1000003', '99991', '2**31', '-7'])}`, `if a > 10**30 or a < -10**30: a = a % 1000`];
      case 3: return [`b = b ${this.pick(['+', '-', '*'])} ${this.pick(['1.5', 'i', '0.1', 'a % 3', 'b'])}`];
      case 4: return [`b = b / ${this.pick(['3', '(i - 2)', '2.5', '(a % 4)'])}`];
      case 5: return [`if ${this.intExpr()} ${this.pick(['<', '>', '==', '!=', '<=', '>='])} ${this.intExpr()}:`, ...ind(this.block(depth + 1)),
        ...(this.chance(0.5) ? ['else:', ...ind(this.block(depth + 1))] : [])];
      case 6: return [`lst[i % len(lst)] = lst[i % len(lst)] + ${this.intExpr()}`];
      case 7: return this.chance(0.3) ? ['lst.append(i)'] : ['lst[-1] = a'];
      case 8: return [`o.x = o.x + ${this.intExpr()}`];
      case 9: return [`o.y = ${this.pick(['b', 'i * 0.5', 'o.y + 1'])}`];
      case 10: return [`acc = acc + helper(${this.intExpr()}, ${this.intExpr()})`];
      case 11: return ['tup = (tup[1], a)', 'a, c = c, a'];
      case 12: return depth < 2 ? [`for j in range(${this.int(0, 4)}):`, ...ind(this.block(depth + 1))] : ['acc += 1'];
      case 13: return [`if i == ${this.int(0, 12)}:`, `    raise ValueError(i)`];
      case 14: return ['try:', `    c = a // ${this.pick(['(i - 3)', 'c', '(a % 3)'])}`, 'except ZeroDivisionError:', '    c = -1'];
      case 15: return [`s = s + str(${this.pick(['i', 'a % 10', 'c'])})[:2]`];
      case 16: return [`acc = acc + o.total(${this.intExpr()})`];
      case 17: return [`f = ${this.pick(['True', 'a > c', 'not f', 'i % 2 == 0'])}`, 'if f: acc += 1'];
      case 18: return [`acc += ${this.pick(['int(b) % 7', 'abs(c)', 'max(a % 5, i)', '(a > 0)'])}`];
      case 19: return depth < 2 ? [`k = ${this.int(0, 3)}`, 'while k > 0:', '    k -= 1', ...ind(this.block(depth + 1))] : ['acc -= 1'];
      case 20: return [`b = b * ${this.pick(['1e300', '1e-300', '-1.0', '0.5'])}`];
      default: return [`d[i % 3] = d.get(i % 3, 0) + 1`];
    }
  }

  block(depth: number): string[] {
    const n = this.int(1, depth > 0 ? 2 : 5);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(...this.stmt(depth));
    return out;
  }

  program(id: number): string {
    const n = this.int(0, 40);
    const body = this.block(0).map((l) => '        ' + l);
    return [
      `def p${id}():`,
      `    a = ${this.int(-10, 10)}; c = ${this.int(-3, 3)}; b = ${this.pick(['0.0', '1.5', '-2.25'])}; acc = 0`,
      `    lst = [1, 2, 3]; tup = (1, 2); o = Obj(); s = ''; f = False; big = 2**60; d = {}`,
      `    try:`,
      `      for i in range(${n}):`,
      ...body,
      `    except ValueError as e:`,
      `        acc = acc + 1000 + e.args[0]`,
      `    return a, c, b, acc, lst[:6], len(lst), tup, o.x, o.y, s[-8:], f, sorted(d.items())`,
      `try:`,
      `    print(${id}, p${id}())`,
      `except Exception as e:`,
      `    print(${id}, type(e).__name__)`,
    ].join('\n');
  }
}

const PRELUDE = [
  'def helper(x, y=2):',
  '    if y > 3: return x - y',
  '    return x * y + 1',
  'class Obj:',
  '    def __init__(self):',
  '        self.x = 0',
  '        self.y = 0.0',
  '    def total(self, k):',
  '        return self.x + k',
].join('\n');

function script(seed: number): string {
  const g = new Gen(rng(seed));
  const parts = [PRELUDE];
  for (let i = 0; i < PER_SCRIPT; i++) parts.push(g.program(i));
  return parts.join('\n') + '\n';
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'tspy.js'), ...args, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (code) => resolve(`${out}\n[exit ${code}]`));
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tspy-prop-'));

describe('JIT property: same output with the JIT off and at threshold 1', () => {
  for (let s = 0; s < SCRIPTS; s++) {
    test(`script ${s} (seed ${SEED + s})`, async () => {
      const file = path.join(dir, `prop_${s}.py`);
      writeFileSync(file, script(SEED + s));
      const [off, on] = await Promise.all([run(file, ['--jit', 'off']), run(file, ['--jit', 'threshold=1,function_threshold=1'])]);
      if (off !== on) {
        const a = off.split('\n'), b = on.split('\n');
        const i = a.findIndex((l, j) => l !== b[j]);
        expect(`${file}: first difference at line ${i}:\noff: ${a[i]}\non:  ${b[i]}`).toBe('');
      }
      expect(off).not.toContain('Traceback');
    }, 120_000);
  }
});
