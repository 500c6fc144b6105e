import { describe, expect, it } from 'vitest';
import { parse, compile, obj, optimizeChecked, validateSource, names, print } from './helpers.js';
// @ts-ignore
import { decodeExit } from '../../../dist/jit/resume.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('JS backend', () => {
  it('runs a counting loop with int_add_ovf and exits at the loop guard with the live values', () => {
    const loop = compile(parse(`[i0, i1]
b2 = int_lt(i0, i1)
guard_true(b2) [f@1: i0, i1 |]
i3 = int_add_ovf(i0, 1)
guard_no_overflow() [f@2: i0, i1 |]
jump(i3, i1)
`));
    const exit = loop.run([0, 1_000_000]);
    expect(exit.index).toBe(0);
    expect(exit.kind).toBe('guard');
    expect(loop.out.slice(0, 2)).toEqual([1_000_000, 1_000_000]);
    expect(exit.failCount).toBe(1);
    expect(loop.source).toMatch(/for \(;;\)/);
  });

  it('leaves by guard_no_overflow when an int would stop being a safe integer', () => {
    const loop = compile(parse(`[i0, i1]
i2 = int_add_ovf(i0, i1)
guard_no_overflow() [f@2: i0, i1 |]
jump(i2, i1)
`));
    const exit = loop.run([0, 2 ** 51]);
    expect(exit.op.name).toBe('guard_no_overflow');
    expect(loop.out.slice(0, 2)).toEqual([3 * 2 ** 51, 2 ** 51]);
    const mul = compile(parse(`[i0]
i1 = int_mul_ovf(i0, -3)
guard_no_overflow() [f@2: i0 |]
jump(i1)
`));
    mul.run([1]);
    expect(Math.abs(mul.out[0] as number) * 3).toBeGreaterThan(MAX);
  });

  it('runs a float loop', () => {
    const loop = compile(parse(`[f0, i1]
f2 = cast_int_to_float(i1)
f3 = float_mul(f2, 0.5)
f4 = float_add(f0, f3)
f5 = float_truediv(f4, 1.0001)
i6 = int_add(i1, 1)
b7 = int_lt(i6, 1000)
guard_true(b7) [f@1: f5, i6 |]
jump(f5, i6)
`));
    loop.run([0.0, 0]);
    let s = 0;
    for (let i = 0; i < 1000; i++) s = (s + i * 0.5) / 1.0001;
    expect(loop.out.slice(0, 2)).toEqual([s, 1000]);
  });

  it('a guard failing at iteration N returns that guard and the values its resume data needs', () => {
    const t = parse(`[i0, p1]
i2 = int_add(i0, 1)
b3 = int_ne(i2, 37)
guard_true(b3) [f@5: v0, p1 | i0, 2.5] {v0 = new_tuple(v1, p1), v1 = new_int(i2)}
jump(i2, p1)
`);
    const loop = compile(t);
    const exit = loop.run([0, obj.True]);
    expect(exit.index).toBe(0);
    expect(exit.failArgs.length).toBe(3);
    const state = decodeExit(exit, loop.out);
    const [fr] = state.frames;
    expect(fr.code).toBe(names.f);
    expect(fr.pc).toBe(5);
    expect(fr.locals[0].items[0].value).toBe(37);
    expect(fr.locals[0].items[1]).toBe(obj.True);
    expect(fr.locals[1]).toBe(obj.True);
    expect(fr.stack[0].value).toBe(36);
    expect(fr.stack[1].value).toBe(2.5);
  });

  it('a loop over a boxed counter never allocates the box once optimised', () => {
    const opt = optimizeChecked(`[p0, p1]
guard_int(p0) [f@3: p0, p1 |]
i2 = unbox_int(p0)
guard_int(p1) [f@3: p0, p1 |]
i3 = unbox_int(p1)
b4 = int_lt(i2, i3)
guard_true(b4) [f@5: p0, p1 |]
i5 = int_add_ovf(i2, 1)
guard_no_overflow() [f@7: p0, p1 | p0, 1]
p6 = new_int(i5)
jump(p6, p1)
`);
    expect(print(opt)).not.toMatch(/^p\d+ = new_int|_ovf/m);
    const loop = compile(opt);
    expect(loop.source).not.toMatch(/NEWINT\(/);
    const exit = loop.run([obj.boxInt(0), obj.boxInt(100_000)]);
    const { frames } = decodeExit(exit, loop.out);
    expect(frames[0].pc).toBe(5);
    expect(frames[0].locals.map((x: any) => x.value)).toEqual([100_000, 100_000]);
    // the entry guard still protects the trace
    const wrong = loop.run([obj.boxFloat(1.5), obj.boxInt(3)]);
    expect(wrong.op.name).toBe('guard_int');
  });

  it('Python int semantics: floor division, modulo, bitwise ops on 53-bit ints, no -0', () => {
    const loop = compile(parse(`[i0, i1]
i2 = int_floordiv(i0, i1)
i3 = int_mod(i0, i1)
i4 = int_and(i0, i1)
i5 = int_xor_ovf(i0, i1)
guard_no_overflow() [f@1: i0 |]
i6 = int_mul(i1, 0)
i7 = int_rshift(i0, 40)
f8 = cast_int_to_float(i6)
finish(i2, i3, i4, i5, i6, i7, f8)
`));
    loop.run([-(2 ** 52) - 7, 1 << 20]);
    const x = -(2n ** 52n) - 7n, y = 1n << 20n;
    const fl = (a: bigint, b: bigint) => (a / b) - ((a % b !== 0n && (a < 0n) !== (b < 0n)) ? 1n : 0n);
    expect(loop.out.slice(0, 6).map(BigInt)).toEqual([fl(x, y), x - fl(x, y) * y, x & y, x ^ y, 0n, x >> 40n]);
    expect(Object.is(loop.out[6], 0)).toBe(true);
  });

  it('a raising residual call exits with its resume data and the exception', () => {
    const boom = (i: number): number => { if (i === 5) throw new Error('boom'); return i; };
    const t = parse(`[i0]
i1 = call_residual(ConstPtr(boom), i0, descr=may_raise) [f@9: i0 |]
i2 = int_add(i1, 1)
jump(i2)
`.replace(/boom/g, 'helper'));
    t.ops[0].args[0] = { kind: 'const', type: 'ref', value: boom };
    const loop = compile(t);
    const exit = loop.run([0]);
    expect(exit.kind).toBe('call');
    const d = decodeExit(exit, loop.out);
    expect((d.exception as Error).message).toBe('boom');
    expect(d.frames[0].locals[0].value).toBe(5);
  });

  it('generated source holds no strings: objects and names go through the constants array', () => {
    const secret = obj.makeTuple([]);
    const t = parse(`[p0]
p1 = call_residual(ConstPtr(helper), p0, ConstPtr(hello), descr=may_force) [f@1: p0 |]
guard_class(p1, ConstPtr(Point)) [f@2: p1 |]
guard_map(p1, ConstPtr(mapXY)) [f@2: p1 |]
setfield_map_slot(p1, 0, ConstPtr(hello))
finish(p1)
`);
    void secret;
    const s = { kind: 'const', type: 'ref', value: obj.PyStr ? new obj.PyStr(obj.intType, 'print("pwned")') : 'x' };
    t.ops[0].args[2] = s;
    const loop = compile(t);
    expect(loop.source).not.toMatch(/pwned|print|Point|helper|["'`]/);
    expect(() => validateSource('return "x";')).toThrow(/string/);
    expect(() => validateSource('return `x`;')).toThrow(/literal/);
    expect(() => validateSource('return process;')).toThrow(/process/);
  });
});
