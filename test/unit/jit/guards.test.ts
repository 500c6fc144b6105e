import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { removeRedundantGuards } from '../../../dist/jit/opt/guards.js';

describe('redundant guard removal', () => {
  it('drops a repeated guard and guards implied by earlier ones', () => {
    expectPass(removeRedundantGuards, `[p0, p1, b2]
guard_int(p0) [f@1: p0 |]
guard_class(p0, ConstPtr(intType)) [f@2: p0 |]
guard_nonnull(p0) [f@3: p0 |]
guard_int(p0) [f@4: p0 |]
guard_true(b2) [f@5: p0 |]
guard_true(b2) [f@6: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@7: p1 |]
guard_map(p1, ConstPtr(mapXY)) [f@8: p1 |]
guard_nonnull(p1) [f@9: p1 |]
p3 = new_tuple(p0)
guard_class(p3, ConstPtr(tupleType)) [f@10: p1 |]
jump(p0, p1, b2)
`, `[p0, p1, b2]
guard_int(p0) [f@1: p0 |]
guard_true(b2) [f@5: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@7: p1 |]
p3 = new_tuple(p0)
jump(p0, p1, true)
`);
  });

  it('guard_value makes the value a constant from then on', () => {
    expectPass(removeRedundantGuards, `[p0]
guard_value(p0, ConstPtr(int7)) [f@1: p0 |]
guard_int(p0) [f@2: p0 |]
guard_class(p0, ConstPtr(intType)) [f@3: p0 |]
jump(p0)
`, `[p0]
guard_value(p0, ConstPtr(int7)) [f@1: p0 |]
jump(ConstPtr(int7))
`);
  });

  it('forgets map, version and heap-class facts at a raising call, but not int-ness', () => {
    expectPass(removeRedundantGuards, `[p0, p1]
guard_int(p0) [f@1: p0 |]
guard_class(p1, ConstPtr(Point)) [f@1: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@1: p0 |]
guard_version(ConstPtr(Point), 3) [f@1: p0 |]
p2 = call_residual(ConstPtr(helper), p0, p1, descr=may_force) [f@2: p0 |]
guard_int(p0) [f@3: p0 |]
guard_class(p1, ConstPtr(Point)) [f@3: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@3: p0 |]
guard_version(ConstPtr(Point), 3) [f@3: p0 |]
guard_nonnull(p1) [f@3: p0 |]
jump(p0, p2)
`, `[p0, p1]
guard_int(p0) [f@1: p0 |]
guard_class(p1, ConstPtr(Point)) [f@1: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@1: p0 |]
guard_version(ConstPtr(Point), 3) [f@1: p0 |]
p2 = call_residual(ConstPtr(helper), p0, p1, descr=may_force) [f@2: p0 |]
guard_class(p1, ConstPtr(Point)) [f@3: p0 |]
guard_map(p1, ConstPtr(mapXY)) [f@3: p0 |]
guard_version(ConstPtr(Point), 3) [f@3: p0 |]
jump(p0, p2)
`);
  });

  it('keeps preamble facts across the label unless the loop calls out', () => {
    const loop = (call: string) => `[p0, i1]
guard_map(p0, ConstPtr(mapXY)) [f@1: p0 |]
jump(i1)
label(i2)
${call}guard_map(p0, ConstPtr(mapXY)) [f@1: p0 |]
jump(i2)
`;
    expectPass(removeRedundantGuards, loop(''), `[p0, i1]
guard_map(p0, ConstPtr(mapXY)) [f@1: p0 |]
jump(i1)
label(i2)
jump(i2)
`);
    const withCall = loop('p3 = call_residual(ConstPtr(helper), p0, p0, descr=may_raise) [f@1: p0 |]\n');
    expectPass(removeRedundantGuards, withCall, withCall);
  });
});
