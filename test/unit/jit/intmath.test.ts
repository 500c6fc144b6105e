import { describe, expect, it } from 'vitest';
// @ts-ignore
import * as m from '../../../dist/jit/intmath.js';

const MAX = Number.MAX_SAFE_INTEGER;
const pyDiv = (a: bigint, b: bigint) => a / b - ((a % b !== 0n && (a < 0n) !== (b < 0n)) ? 1n : 0n);

function* samples(): Generator<[number, number]> {
  const edge = [0, 1, -1, 2, -2, 3, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 32 + 5, 2 ** 52 + 1, MAX, -MAX, MAX - 1, -MAX + 2];
  for (const a of edge) for (const b of edge) yield [a, b];
  let s = 12345;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s; };
  for (let i = 0; i < 2000; i++) {
    const a = (rnd() * 2 ** 22 + rnd()) * (rnd() % 2 ? 1 : -1);
    const b = (rnd() % 3 === 0 ? rnd() * 4194304 + rnd() : rnd() % 1000 + 1) * (rnd() % 2 ? 1 : -1);
    yield [Math.max(-MAX, Math.min(MAX, a)), b];
  }
}

describe('Python int arithmetic on safe JS numbers', () => {
  it('floordiv, mod and bitwise ops agree with bigint arithmetic', () => {
    for (const [a, b] of samples()) {
      const A = BigInt(a), B = BigInt(b);
      if (b !== 0) {
        expect(BigInt(m.pyFloorDiv(a, b))).toBe(pyDiv(A, B));
        expect(BigInt(m.pyMod(a, b))).toBe(A - pyDiv(A, B) * B);
      }
      expect(BigInt(m.int53And(a, b))).toBe(A & B);
      expect(BigInt(m.int53Or(a, b))).toBe(A | B);
      expect(BigInt(m.int53Xor(a, b))).toBe(A ^ B);
    }
  });

  it('shifts, and results never -0', () => {
    expect(m.pyRshift(-5, 1)).toBe(-3);
    expect(m.pyRshift(-5, 100)).toBe(-1);
    expect(m.pyLshift(3, 52) > MAX).toBe(true);
    expect(Object.is(m.pyMod(-6, 3), 0)).toBe(true);
    expect(Object.is(m.pyFloorDiv(0, -3), 0)).toBe(true);
  });

  it('float // and % as CPython', () => {
    expect(m.floatMod(-1, 3)).toBe(2);
    expect(Object.is(m.floatMod(3, -3), -0)).toBe(true);
    expect(m.floatFloorDiv(-7.5, 2)).toBe(-4);
    expect(m.floatFloorDiv(7, 0.1)).toBe(69); // CPython: 7 // 0.1 == 69.0
  });
});
