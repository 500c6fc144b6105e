// Shared helpers for the interpreter/lib tests: decoding the CPython data files written by
// gen/gen_data.py and comparing results (floats by bits, ints by value and representation,
// errors by Python exception type and message).
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PyLibError } from '../../../dist/interpreter/lib/errors.js';

export function load<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
}

const dv = new DataView(new ArrayBuffer(8));
export function f(hex: string): number {
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}
export function fhex(x: number): string {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
export function pyInt(s: string): number | bigint {
  const b = BigInt(s);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function check(actual: unknown, expected: any, ctx: string): void {
  if (Array.isArray(expected) && expected[0] === '!') {
    expect(['(no error)', actual], ctx).toEqual(expected);
    return;
  }
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if ('f' in expected) {
      expect(typeof actual, ctx).toBe('number');
      const a = actual as number;
      // NaN payloads differ; compare NaN-ness, else exact bits (sign of zero included)
      if (Number.isNaN(f(expected.f))) expect(Number.isNaN(a), ctx).toBe(true);
      else expect(fhex(a), ctx + ` (got ${a}, want ${f(expected.f)})`).toBe(expected.f);
      return;
    }
    if ('i' in expected) {
      expect(String(actual), ctx).toBe(expected.i);
      expect(typeof actual, ctx + ' representation').toBe(typeof pyInt(expected.i));
      if (typeof actual === 'number') expect(Object.is(actual, -0), ctx + ' -0').toBe(false);
      return;
    }
    if ('b' in expected) {
      expect(Buffer.from(actual as Uint8Array).toString('hex'), ctx).toBe(expected.b);
      return;
    }
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), ctx + ' is array').toBe(true);
    const a = actual as unknown[];
    expect(a.length, ctx + ' length').toBe(expected.length);
    expected.forEach((e, i) => check(a[i], e, `${ctx}[${i}]`));
    return;
  }
  expect(actual, ctx).toEqual(expected);
}

/** Runs fn, comparing either its value or its PyLibError with the CPython result. */
export function expectPy(fn: () => unknown, expected: any, ctx: string): void {
  let v: unknown;
  try {
    v = fn();
  } catch (e) {
    if (e instanceof PyLibError) {
      expect(['!', e.pyType, e.message], ctx).toEqual(expected);
      return;
    }
    throw e;
  }
  check(v, expected, ctx);
}
