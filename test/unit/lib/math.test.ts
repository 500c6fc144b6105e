import { describe, it, expect } from 'vitest';
import { load, f, pyInt, expectPy } from './helpers.js';
import * as M from '../../../dist/interpreter/lib/mathfuncs.js';
import * as libm from '../../../dist/interpreter/lib/libm.js';

const fns: Record<string, (...a: any[]) => unknown> = {
  ...(M as any),
  dist2: (a: number, b: number, c: number, d: number, e: number, g: number) => M.dist([a, b, c], [d, e, g]),
  hypotn: (...xs: number[]) => M.hypot(...xs),
  fsum: (...xs: number[]) => M.fsum(xs),
  fpow: (x: number, y: number) => { const r = M.floatPow(x, y); return r === M.COMPLEX_RESULT ? 'complex' : r; },
  ldexp: (x: number, n: number) => M.ldexp(x, n),
};

describe('math module', () => {
  it('float functions match CPython bit for bit (and raise the same errors)', () => {
    for (const [name, args, want] of load<[string, any[], any][]>('math.json')) {
      const xs = args.map((a) => (typeof a === 'string' ? f(a) : a));
      const fn = fns[name];
      expect(fn, name).toBeTypeOf('function');
      expectPy(() => fn(...xs), want, `math.${name}(${xs.join(', ')})`);
    }
  });
  it('integer functions', () => {
    for (const [name, args, want] of load<[string, string[], any][]>('math_int.json')) {
      const xs = args.map(pyInt);
      const fn = name.startsWith('log') ? (n: any) => M.logOfInt(n, name as any) : fns[name];
      expectPy(() => fn(...xs), want, `math.${name}(${args.join(', ')})`);
    }
  });
  it('float ** float special cases', () => {
    expectPy(() => M.floatPow(0, -1), ['!', 'ZeroDivisionError', '0.0 cannot be raised to a negative power'], '0.0**-1');
    expectPy(() => M.floatPow(10, 400), ['!', 'OverflowError', "(34, 'Numerical result out of range')"], '10.0**400');
    expect(M.floatPow(-8, 1 / 3)).toBe(M.COMPLEX_RESULT);
    expect(M.floatPow(-2, 3)).toBe(-8);
    expectPy(() => M.pow(-8, 1 / 3), ['!', 'ValueError', 'math domain error'], 'math.pow(-8, 1/3)');
    expectPy(() => M.pow(0, -1), ['!', 'ValueError', 'math domain error'], 'math.pow(0, -1)');
  });
  it('libm differs from V8 somewhere, and we return libm', () => {
    let diff = 0;
    for (let i = 0; i < 2000; i++) {
      const x = 1.1 + i * 1e-3, y = 2.3 + i * 1e-4;
      if (libm.pow(x, y) !== Math.pow(x, y)) diff++;
    }
    expect(diff).toBeGreaterThan(0);
    expect(libm.frexp(48)).toEqual([0.75, 6]);
    expect(libm.modf(3.25)).toEqual([0.25, 3]);
  });
});
