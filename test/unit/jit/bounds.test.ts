import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { intBounds } from '../../../dist/jit/opt/bounds.js';

describe('integer bounds', () => {
  it('a counter below a safe bound cannot overflow: int_add_ovf becomes int_add', () => {
    expectPass(intBounds, `[i0, i1]
b2 = int_lt(i0, i1)
guard_true(b2) [f@1: i0 |]
i3 = int_add_ovf(i0, 1)
guard_no_overflow() [f@2: i0 |]
jump(i3, i1)
`, `[i0, i1]
b2 = int_lt(i0, i1)
guard_true(b2) [f@1: i0 |]
i3 = int_add(i0, 1)
jump(i3, i1)
`);
  });

  it('without a bound the overflow check stays; a lower bound covers subtraction', () => {
    expectPass(intBounds, `[i0]
i1 = int_add_ovf(i0, 1)
guard_no_overflow() [f@1: i0 |]
b2 = int_ge(i0, 0)
guard_true(b2) [f@2: i0 |]
i3 = int_sub_ovf(i0, 1)
guard_no_overflow() [f@3: i0 |]
jump(i3)
`, `[i0]
i1 = int_add_ovf(i0, 1)
guard_no_overflow() [f@1: i0 |]
b2 = int_ge(i0, 0)
guard_true(b2) [f@2: i0 |]
i3 = int_sub(i0, 1)
jump(i3)
`);
  });

  it('removes comparisons whose result the bounds decide', () => {
    expectPass(intBounds, `[i0, p1]
b2 = int_lt(i0, 100)
guard_true(b2) [f@1: i0 |]
b3 = int_le(i0, 200)
guard_true(b3) [f@2: i0 |]
i4 = int_mod(i0, 10)
b5 = int_lt(i4, 10)
guard_true(b5) [f@3: i0 |]
i6 = arraylen(p1)
b7 = int_ge(i6, 0)
guard_true(b7) [f@4: i0 |]
i8 = int_and(i6, 255)
b9 = int_gt(i8, 255)
guard_false(b9) [f@5: i0 |]
i10 = int_mul_ovf(i8, i8)
guard_no_overflow() [f@6: i0 |]
jump(i10, p1)
`, `[i0, p1]
b2 = int_lt(i0, 100)
guard_true(b2) [f@1: i0 |]
i4 = int_mod(i0, 10)
i6 = arraylen(p1)
i8 = int_and(i6, 255)
i10 = int_mul(i8, i8)
jump(i10, p1)
`);
  });

  it('guard_false of a comparison bounds the other way', () => {
    expectPass(intBounds, `[i0]
b1 = int_lt(i0, 10)
guard_false(b1) [f@1: i0 |]
b2 = int_ge(i0, 5)
guard_true(b2) [f@2: i0 |]
jump(i0)
`, `[i0]
b1 = int_lt(i0, 10)
guard_false(b1) [f@1: i0 |]
jump(i0)
`);
  });
});
