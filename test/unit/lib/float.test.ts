import { describe, it, expect } from 'vitest';
import { load, f, expectPy, check } from './helpers.js';
import * as F from '../../../dist/interpreter/lib/float.js';
import { formatFloatSpec } from '../../../dist/interpreter/lib/formatspec.js';

describe('float repr', () => {
  it('matches CPython on 4000 floats', () => {
    for (const [h, want] of load<[string, string][]>('float_repr.json')) {
      expect(F.floatRepr(f(h)), h).toBe(want);
    }
  });
  it('handles the documented examples', () => {
    expect(F.floatRepr(1e16)).toBe('1e+16');
    expect(F.floatRepr(1e-5)).toBe('1e-05');
    expect(F.floatRepr(0.0001)).toBe('0.0001');
    expect(F.floatRepr(-0)).toBe('-0.0');
    expect(F.floatRepr(123456789012345.0)).toBe('123456789012345.0');
    expect(F.floatRepr(1.2345678901234568e16)).toBe('1.2345678901234568e+16');
  });
});

describe('format(float, spec)', () => {
  it('matches CPython on random floats and specs', () => {
    for (const [h, spec, want] of load<[string, string, any][]>('float_format.json')) {
      expectPy(() => formatFloatSpec(f(h), spec), want, `format(${F.floatRepr(f(h))}, '${spec}')`);
    }
  });
  it('rounds exact ties half-even', () => {
    expect(formatFloatSpec(0.125, '.2f')).toBe('0.12');
    expect(formatFloatSpec(2.5, '.0f')).toBe('2');
    expect(formatFloatSpec(0.375, '.2f')).toBe('0.38');
    expect(formatFloatSpec(250, '.0e')).toBe('2e+02');
  });
});

describe('float operations', () => {
  it('round, hex, hash, as_integer_ratio, divmod, %, //, int(), is_integer', () => {
    for (const [hx, hy, n, rn, r0, hex, hash, ratio, dm, mod, fd, toint, isint] of load<any[]>('float_ops.json')) {
      const x = f(hx), y = f(hy);
      const c = `x=${F.floatRepr(x)} y=${F.floatRepr(y)}`;
      expectPy(() => F.floatRound(x, n), rn, `round(${c}, ${n})`);
      expectPy(() => F.floatRoundToInt(x), r0, `round(${c})`);
      expectPy(() => F.floatHex(x), hex, `hex ${c}`);
      if (x === x) expectPy(() => F.floatHash(x), hash, `hash ${c}`);
      expectPy(() => F.floatAsIntegerRatio(x), ratio, `ratio ${c}`);
      expectPy(() => F.floatDivmod(x, y), dm, `divmod ${c}`);
      expectPy(() => F.floatMod(x, y), mod, `mod ${c}`);
      expectPy(() => F.floatFloorDiv(x, y), fd, `floordiv ${c}`);
      expectPy(() => F.floatToInt(x), toint, `int ${c}`);
      expectPy(() => F.floatIsInteger(x), isint, `is_integer ${c}`);
    }
  });
  it('round() examples', () => {
    expect(F.floatRound(2.675, 2)).toBe(2.67);
    expect(F.floatRoundToInt(0.5)).toBe(0);
    expect(F.floatRoundToInt(1.5)).toBe(2);
    expect(F.floatRoundToInt(-2.5)).toBe(-2);
  });
  it('float(str)', () => {
    for (const [s, want] of load<[string, any][]>('float_parse.json')) expectPy(() => F.floatFromString(s), want, JSON.stringify(s));
  });
  it('float.fromhex', () => {
    for (const [s, want] of load<[string, any][]>('float_fromhex.json')) expectPy(() => F.floatFromHex(s), want, JSON.stringify(s));
  });
  it('true division by zero', () => {
    expectPy(() => F.floatTrueDiv(1, 0), ['!', 'ZeroDivisionError', 'float division by zero'], '1/0');
    check(F.floatTrueDiv(1, 4), { f: '3fd0000000000000' }, '1/4');
  });
});

describe('edge cases', () => {
  it('int / int near the float limits and round(x, n) extremes', async () => {
    const I = await import('../../../dist/interpreter/lib/int.js');
    const { pyInt } = await import('./helpers.js');
    for (const [op, args, want] of load<[string, any[], any][]>('edge.json')) {
      if (op === 'truediv') expectPy(() => I.intTrueDiv(pyInt(args[0]), pyInt(args[1])), want, `${args[0].slice(0, 30)} / ${args[1].slice(0, 30)}`);
      else expectPy(() => F.floatRound(f(args[0]), args[1]), want, `round(${F.floatRepr(f(args[0]))}, ${args[1]})`);
    }
  });
});
