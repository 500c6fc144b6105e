import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { cse } from '../../../dist/jit/opt/cse.js';

describe('common subexpression elimination', () => {
  it('computes a pure op on the same values once (commutative ops in either order)', () => {
    expectPass(cse, `[i0, i1]
i2 = int_add(i0, i1)
i3 = int_add(i1, i0)
i4 = int_mul(i2, i3)
i5 = int_sub(i0, i1)
i6 = int_sub(i1, i0)
jump(i4, i6)
`, `[i0, i1]
i2 = int_add(i0, i1)
i3 = int_mul(i2, i2)
i4 = int_sub(i0, i1)
i5 = int_sub(i1, i0)
jump(i3, i5)
`); // dead ops are dce's business
  });

  it('reuses a checked _ovf result and drops the repeat guard', () => {
    expectPass(cse, `[i0]
i1 = int_add_ovf(i0, 1)
guard_no_overflow() [f@1: i0 |]
i2 = int_add_ovf(i0, 1)
guard_no_overflow() [f@2: i0 |]
jump(i2)
`, `[i0]
i1 = int_add_ovf(i0, 1)
guard_no_overflow() [f@1: i0 |]
jump(i1)
`);
  });

  it('leaves heap reads and raising calls alone', () => {
    expectPass(cse, `[p0]
p1 = getfield_map_slot(p0, 0)
p2 = getfield_map_slot(p0, 0)
p3 = call_residual(ConstPtr(helper), p1, p2, descr=may_raise) [f@1: p0 |]
p4 = call_residual(ConstPtr(helper), p1, p2, descr=may_raise) [f@1: p0 |]
jump(p4)
`, `[p0]
p1 = getfield_map_slot(p0, 0)
p2 = getfield_map_slot(p0, 0)
p3 = call_residual(ConstPtr(helper), p1, p2, descr=may_raise) [f@1: p0 |]
p4 = call_residual(ConstPtr(helper), p1, p2, descr=may_raise) [f@1: p0 |]
jump(p4)
`);
  });
});
