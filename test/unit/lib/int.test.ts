import { describe, it, expect } from 'vitest';
import { load, f, pyInt, expectPy } from './helpers.js';
import * as I from '../../../dist/interpreter/lib/int.js';
import { formatInt } from '../../../dist/interpreter/lib/formatspec.js';

describe('int arithmetic', () => {
  it('matches CPython on random small and big ints', () => {
    for (const row of load<any[]>('int_ops.json')) {
      const [sa, sb, s, add, sub, mul, fdiv, mod, tdiv, and, or, xor, inv, lsh, rsh, lt, flt, hash, blen, bin, oct, hex, bcount] = row;
      const a = pyInt(sa), b = pyInt(sb);
      const c = `a=${sa} b=${sb}`;
      expectPy(() => I.intAdd(a, b), add, `${c} +`);
      expectPy(() => I.intSub(a, b), sub, `${c} -`);
      expectPy(() => I.intMul(a, b), mul, `${c} *`);
      expectPy(() => I.intFloorDiv(a, b), fdiv, `${c} //`);
      expectPy(() => I.intMod(a, b), mod, `${c} %`);
      expectPy(() => I.intTrueDiv(a, b), tdiv, `${c} /`);
      expectPy(() => I.intAnd(a, b), and, `${c} &`);
      expectPy(() => I.intOr(a, b), or, `${c} |`);
      expectPy(() => I.intXor(a, b), xor, `${c} ^`);
      expectPy(() => I.intInvert(a), inv, `${c} ~`);
      expectPy(() => I.intLshift(a, s), lsh, `${c} << ${s}`);
      expectPy(() => I.intRshift(a, s), rsh, `${c} >> ${s}`);
      expectPy(() => I.intCompare(a, b) < 0, lt, `${c} <`);
      expectPy(() => I.intToFloat(a), flt, `float(${sa})`);
      expectPy(() => I.intHash(a), hash, `hash(${sa})`);
      expectPy(() => I.intBitLength(a), { i: String(blen.i) }, `bit_length(${sa})`);
      expectPy(() => I.intToPrefixedString(a, 2), bin, `bin(${sa})`);
      expectPy(() => I.intToPrefixedString(a, 8), oct, `oct(${sa})`);
      expectPy(() => I.intToPrefixedString(a, 16), hex, `hex(${sa})`);
      expectPy(() => I.intBitCount(a), bcount, `bit_count(${sa})`);
    }
  });
  it('pow and three-argument pow', () => {
    for (const [sa, sb, sm, want] of load<any[]>('int_pow.json')) {
      const a = pyInt(sa), b = pyInt(sb);
      if (sm === null) expectPy(() => I.intPow(a, b), want, `${sa} ** ${sb}`);
      else expectPy(() => I.intPowMod(a, b, pyInt(sm)), want, `pow(${sa}, ${sb}, ${sm})`);
    }
  });
  it('compares ints with floats exactly', () => {
    for (const [sa, hx, lt, eq, gt] of load<any[]>('int_float_cmp.json')) {
      const c = I.intFloatCompare(pyInt(sa), f(hx));
      expect([c < 0, c === 0, c > 0], `${sa} vs ${f(hx)}`).toEqual([lt, eq, gt]);
    }
    expect(I.intFloatCompare(9007199254740993n, 9007199254740992.0)).toBe(1);
  });
  it('never produces -0 or a bigint holding a safe value', () => {
    expect(Object.is(I.intMul(-3, 0), 0)).toBe(true);
    expect(Object.is(I.intFloorDiv(0, -5), 0)).toBe(true);
    expect(Object.is(I.intMod(-4, 2), 0)).toBe(true);
    expect(I.intSub(2n ** 60n, 2n ** 60n - 5n)).toBe(5);
    expect(I.intRshift(-1, 1)).toBe(-1);
    expect(I.normInt(5n)).toBe(5);
  });
});

describe('int <-> str, bytes, format', () => {
  it('int(str, base)', () => {
    for (const [s, base, want] of load<any[]>('int_parse.json')) expectPy(() => I.intFromString(s, base), want, `int(${JSON.stringify(s.slice(0, 40))}, ${base})`);
  });
  it('str(int) digit limit', () => {
    expectPy(() => I.intToString(10n ** 5000n), ['!', 'ValueError', 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'], 'str(10**5000)');
    expect(I.intToString(-(10n ** 4299n)).length).toBe(4301);
  });
  it('to_bytes / from_bytes', () => {
    const d = load<any>('int_bytes.json');
    for (const [sa, n, bo, sg, want] of d.to) expectPy(() => I.intToBytes(pyInt(sa), n, bo, sg), want, `${sa}.to_bytes(${n}, ${bo}, ${sg})`);
    for (const [h, bo, sg, want] of d.from) expectPy(() => I.intFromBytes(Buffer.from(h, 'hex'), bo, sg), want, `from_bytes(${h}, ${bo}, ${sg})`);
  });
  it('format(int, spec)', () => {
    for (const [sa, spec, want] of load<any[]>('int_format.json')) expectPy(() => formatInt(pyInt(sa), spec), want, `format(${sa}, '${spec}')`);
  });
  it('int(float)', () => {
    expectPy(() => I.intFromFloat(Infinity), ['!', 'OverflowError', 'cannot convert float infinity to integer'], 'inf');
    expectPy(() => I.intFromFloat(NaN), ['!', 'ValueError', 'cannot convert float NaN to integer'], 'nan');
    expect(I.intFromFloat(-0.5)).toBe(0);
    expect(I.intFromFloat(1e20)).toBe(100000000000000000000n);
  });
});

describe('round(int, ndigits)', () => {
  it('rounds half to even', () => {
    for (const [sa, n, want] of load<any[]>('int_round.json')) expectPy(() => I.intRound(pyInt(sa), n), want, `round(${sa}, ${n})`);
  });
});
