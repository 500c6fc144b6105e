import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { eliminateDeadCode } from '../../../dist/jit/opt/dce.js';

describe('dead code elimination', () => {
  it('drops unused pure ops, reads and allocations; keeps effects, guards and resume uses', () => {
    expectPass(eliminateDeadCode, `[i0, p1]
i2 = int_add(i0, 1)
i3 = int_mul(i2, 2)
p4 = getfield_map_slot(p1, 0)
p5 = new_int(i0)
i6 = int_sub(i0, 1)
b7 = int_lt(i0, 10)
guard_true(b7) [f@1: i6 |]
i8 = int_add_ovf(i0, 5)
guard_no_overflow() [f@2: p1 |]
setfield_map_slot(p1, 0, p1)
p9 = call_residual(ConstPtr(pureAdd), i0, i0, descr=pure)
p10 = call_residual(ConstPtr(helper), p1, p1, descr=may_raise) [f@3: p1 |]
jump(i0, p1)
`, `[i0, p1]
i2 = int_sub(i0, 1)
b3 = int_lt(i0, 10)
guard_true(b3) [f@1: i2 |]
i4 = int_add_ovf(i0, 5)
guard_no_overflow() [f@2: p1 |]
setfield_map_slot(p1, 0, p1)
p5 = call_residual(ConstPtr(helper), p1, p1, descr=may_raise) [f@3: p1 |]
jump(i0, p1)
`);
  });
});
