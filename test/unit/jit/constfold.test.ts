import { describe, it } from 'vitest';
import { expectPass, pipeline } from './helpers.js';
// @ts-ignore
import { constFold } from '../../../dist/jit/opt/constfold.js';
void pipeline;

describe('constant folding and algebraic rewrites', () => {
  it('folds pure ops on constants, with Python semantics', () => {
    expectPass(constFold, `[i0]
i1 = int_add(3, 4)
i2 = int_floordiv(-7, 2)
i3 = int_mod(-7, 2)
b4 = int_lt(i1, 8)
guard_true(b4) [f@1: i0 |]
f5 = cast_int_to_float(i2)
f6 = float_mod(-1.0, 3.0)
i7 = int_and(-1, 4294967296)
jump(i3)
`, `[i0]
jump(1)
`);
  });

  it('x + 0, x * 1, x - x, x * 0 and the overflow guard of a folded _ovf op', () => {
    expectPass(constFold, `[i0, f1, b2]
i3 = int_add(0, i0)
i4 = int_mul_ovf(i3, 1)
guard_no_overflow() [f@1: i0 |]
i5 = int_sub(i4, i4)
i6 = int_mul(i0, 0)
i7 = int_add(i5, i6)
f8 = float_mul(f1, 1.0)
f9 = float_add(f8, 0.0)
b10 = bool_not(b2)
guard_true(b10) [f@2: i0 |]
jump(i7, f9, b2)
`, `[i0, f1, b2]
f3 = float_add(f1, 0.0)
b4 = bool_not(b2)
guard_false(b2) [f@2: i0 |]
jump(0, f3, b2)
`);
  });

  it('keeps an _ovf op whose constant result overflows, and its guard', () => {
    expectPass(constFold, `[i0]
i1 = int_add_ovf(9007199254740991, 1)
guard_no_overflow() [f@1: i0 |]
jump(i1)
`, `[i0]
i1 = int_add_ovf(9007199254740991, 1)
guard_no_overflow() [f@1: i0 |]
jump(i1)
`);
  });

  it('unboxes a box directly and drops guards on constants that hold', () => {
    expectPass(constFold, `[i0, p1]
p2 = new_int(i0)
i3 = unbox_int(p2)
guard_int(ConstPtr(int7)) [f@1: p1 |]
guard_class(ConstPtr(int7), ConstPtr(intType)) [f@1: p1 |]
guard_nonnull(ConstPtr(int7)) [f@1: p1 |]
i4 = unbox_int(ConstPtr(int7))
i5 = int_add(i3, i4)
jump(i5, p2)
`, `[i0, p1]
p2 = new_int(i0)
i3 = int_add(i0, 7)
jump(i3, p2)
`);
  });

  it('calls pure residual helpers on constants at optimisation time', () => {
    expectPass(constFold, `[i0]
i1 = call_residual(ConstPtr(pureAdd), 2, 3, descr=pure)
i2 = call_residual(ConstPtr(pureAdd), i0, 3, descr=pure)
jump(i2)
`, `[i0]
i1 = call_residual(ConstPtr(pureAdd), i0, 3, descr=pure)
jump(i1)
`);
  });
});
