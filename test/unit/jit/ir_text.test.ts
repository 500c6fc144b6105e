import { describe, expect, it } from 'vitest';
import { parse, print, verify, ir, text, names } from './helpers.js';

const sample = `[i0, p1, f2]
i3 = int_add_ovf(i0, -1)
guard_no_overflow() [f@12: i0, p1 | i3, -, 7]
b4 = int_lt(i3, 100)
guard_true(b4) [f@14: i0, v0 |; g@2: f2, true | null | ConstPtr(helper)] {v0 = new_tuple(v1, p1), v1 = new_int(i3)}
f5 = float_add(f2, -0.0)
f6 = float_mul(f5, inf)
f7 = float_sub(f6, nan)
f8 = float_add(f7, 1e+300)
p9 = call_residual(ConstPtr(helper), p1, p1, descr=may_raise) [f@16: i3, p1 |]
p10 = getfield_map_slot(p9, 1)
jump(i3, p10, f8)
`;

describe('trace text', () => {
  it('round-trips: print(parse(text)) == text', () => {
    const t = parse(sample);
    verify(t);
    expect(print(t)).toBe(sample);
    expect(print(parse(print(t)))).toBe(sample);
  });

  it('parses types, constants, effects and resume data', () => {
    const t = parse(sample);
    expect(t.inputargs.map((a: any) => a.type)).toEqual(['int', 'ref', 'float']);
    const g = t.ops[3];
    expect(g.name).toBe('guard_true');
    const [outer, inner] = g.resume.frames;
    expect(outer.code).toBe(names.f);
    expect(outer.pc).toBe(14);
    const v0 = outer.locals[1];
    expect(v0.kind).toBe('virtual');
    expect(v0.op).toBe('new_tuple');
    expect(v0.args[0].op).toBe('new_int');
    expect(v0.args[1]).toBe(t.inputargs[1]);
    expect(inner.env[0].value).toBe(names.helper);
    expect(inner.stack[0].value).toBe(null);
    expect(t.ops[5].args[1].value).toBe(Infinity);
    expect(Object.is(t.ops[4].args[1].value, -0)).toBe(true);
    expect(t.ops[8].effect).toBe('may_raise');
  });

  it('keeps shared virtuals shared', () => {
    const t = parse(`[i0]\nguard_true(true) [f@1: v0, v0 |] {v0 = new_int(i0)}\nfinish()\n`);
    const fr = t.ops[0].resume.frames[0];
    expect(fr.locals[0]).toBe(fr.locals[1]);
  });

  it('reports errors with the line', () => {
    expect(() => parse('[i0]\ni1 = int_add(i0, i9)\n')).toThrow(/line 2.*i9/);
    expect(() => parse('[i0]\ni1 = int_lt(i0, 1)\n')).toThrow(/returns bool/);
    expect(() => parse('[i0]\np1 = call_residual(ConstPtr(helper), i0)\n')).toThrow(/effect/);
    expect(() => parse('[i0]\nguard_true(b1)\n')).toThrow(/before definition/);
  });

  it('formats floats so they read back as floats', () => {
    expect(text.formatFloat(1)).toBe('1.0');
    expect(text.formatFloat(-0)).toBe('-0.0');
    expect(text.formatFloat(1e21)).toBe('1e+21');
    expect(text.formatFloat(0.1)).toBe('0.1');
  });

  it('verifier rejects ill-formed traces', () => {
    const bad = (src: string) => () => verify(parse(src));
    expect(bad('[i0]\ni1 = int_add_ovf(i0, 1)\ni2 = int_add_ovf(i1, 1)\nguard_no_overflow()\njump(i2)\n')).toThrow(/overflow/);
    expect(bad('[i0]\ni1 = int_add(i0, 1)\n')).toThrow(/end with/);
    expect(bad('[i0, i1]\njump(i0)\n')).toThrow(/passes 1/);
    expect(() => verify({ inputargs: [], ops: [new ir.Op('int_add', [ir.constInt(1), ir.constFloat(1)], 'int'), new ir.Op('finish', [], 'void')] })).toThrow(/expected int/);
  });
});
