import { describe, it, expect } from 'vitest';
import { expectPass, parse, verify, print, norm } from './helpers.js';
// @ts-ignore
import { virtualize } from '../../../dist/jit/opt/virtuals.js';
// @ts-ignore
import { peelLoop } from '../../../dist/jit/opt/unroll.js';

describe('virtuals (allocation removal)', () => {
  it('a box that does not escape is never allocated; unboxing it is its field', () => {
    expectPass(virtualize, `[i0]
p1 = new_int(i0)
guard_int(p1) [f@1: p1 |]
i2 = unbox_int(p1)
p3 = new_tuple(p1, p1)
i4 = tuplelen(p3)
p5 = getitem_tuple(p3, 1)
i6 = unbox_int(p5)
i7 = int_add(i2, i6)
i8 = int_add(i7, i4)
jump(i8)
`, `[i0]
i1 = int_add(i0, i0)
i2 = int_add(i1, 2)
jump(i2)
`);
  });

  it('a guard records the virtual in its resume data (shared virtuals stay shared)', () => {
    expectPass(virtualize, `[i0, f1]
p2 = new_int(i0)
p3 = new_float(f1)
p4 = new_tuple(p2, p3, p2)
b5 = int_lt(i0, 10)
guard_true(b5) [f@3: p4, p2 | p3]
jump(i0, f1)
`, `[i0, f1]
b2 = int_lt(i0, 10)
guard_true(b2) [f@3: v0, v1 | v2] {v0 = new_tuple(v1, v2, v1), v1 = new_int(i0), v2 = new_float(f1)}
jump(i0, f1)
`);
  });

  it('materialises a virtual where it escapes: a residual call, the heap, the jump', () => {
    expectPass(virtualize, `[i0, p1]
p2 = new_int(i0)
p3 = new_tuple(p2)
guard_true(true) [f@1: p3 |]
p4 = call_residual(ConstPtr(helper), p3, p1, descr=may_raise) [f@2: p3, p2 |]
guard_true(true) [f@3: p3, p2 |]
p5 = new_with_map(ConstPtr(Point), ConstPtr(mapXY), p1, p1)
setfield_map_slot(p5, 1, p4)
p6 = getfield_map_slot(p5, 1)
setfield_map_slot(p1, 0, p6)
jump(i0, p5)
`, `[i0, p1]
guard_true(true) [f@1: v0 |] {v0 = new_tuple(v1), v1 = new_int(i0)}
p2 = new_int(i0)
p3 = new_tuple(p2)
p4 = call_residual(ConstPtr(helper), p3, p1, descr=may_raise) [f@2: p3, p2 |]
guard_true(true) [f@3: p3, p2 |]
setfield_map_slot(p1, 0, p4)
p5 = new_with_map(ConstPtr(Point), ConstPtr(mapXY), p1, p4)
jump(i0, p5)
`);
  });

  it('virtual lists: reads, writes and length without allocation', () => {
    expectPass(virtualize, `[p0, p1]
p2 = new_list(p0, p1)
setarrayitem(p2, 0, p1)
p3 = getarrayitem(p2, 0)
i4 = arraylen(p2)
b5 = ptr_eq(p2, p0)
guard_false(b5) [f@1: p2 |]
jump(p3, p1)
`, `[p0, p1]
guard_false(false) [f@1: v0 |] {v0 = new_list(p1, p1)}
jump(p1, p1)
`);
  });

  it('a loop-carried box is unboxed through the label', () => {
    const t = peelLoop(parse(`[p0, p1]
guard_int(p0) [f@1: p0, p1 |]
i2 = unbox_int(p0)
i3 = int_add(i2, 1)
p4 = new_int(i3)
b5 = int_lt(i3, 100)
guard_true(b5) [f@2: p4, p1 |]
jump(p4, p1)
`));
    verify(t);
    const out = virtualize(t);
    verify(out);
    expect(print(out)).toBe(norm(`[p0, p1]
guard_int(p0) [f@1: p0, p1 |]
i2 = unbox_int(p0)
i3 = int_add(i2, 1)
b4 = int_lt(i3, 100)
guard_true(b4) [f@2: v0, p1 |] {v0 = new_int(i3)}
jump(i3)
label(i5)
i6 = int_add(i5, 1)
b7 = int_lt(i6, 100)
guard_true(b7) [f@2: v0, p1 |] {v0 = new_int(i6)}
jump(i6)
`));
  });

  it('a parameter virtual on entry but real on the back edge stays boxed', () => {
    const src = `[i0]
p1 = new_int(i0)
jump(p1)
label(p2)
p3 = call_residual(ConstPtr(helper), p2, p2, descr=may_raise) [f@1: p2 |]
jump(p3)
`;
    expectPass(virtualize, src, src);
  });
});
