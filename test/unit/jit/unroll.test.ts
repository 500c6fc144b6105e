import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { peelLoop } from '../../../dist/jit/opt/unroll.js';
// @ts-ignore
import { hoistInvariants } from '../../../dist/jit/opt/licm.js';
// @ts-ignore
import { cse } from '../../../dist/jit/opt/cse.js';

describe('loop peeling and loop-invariant code motion', () => {
  it('peels one iteration as the preamble; invariant inputs stay preamble values', () => {
    expectPass(peelLoop, `[i0, i1]
i2 = int_mul(i1, 3)
i3 = int_add(i0, i2)
jump(i3, i1)
`, `[i0, i1]
i2 = int_mul(i1, 3)
i3 = int_add(i0, i2)
jump(i3)
label(i4)
i5 = int_mul(i1, 3)
i6 = int_add(i4, i5)
jump(i6)
`);
  });

  it('CSE across the label hoists the invariant work into the preamble', () => {
    expectPass((t: any) => cse(peelLoop(t)), `[i0, i1]
i2 = int_mul(i1, 3)
i3 = int_add(i0, i2)
jump(i3, i1)
`, `[i0, i1]
i2 = int_mul(i1, 3)
i3 = int_add(i0, i2)
jump(i3)
label(i4)
i5 = int_add(i4, i2)
jump(i5)
`);
  });

  it('licm moves a pure op on preamble values that CSE could not reuse', () => {
    expectPass(hoistInvariants, `[i0, i1]
jump(i0)
label(i2)
i3 = int_mul(i1, 3)
i4 = int_add(i2, i3)
jump(i4)
`, `[i0, i1]
i2 = int_mul(i1, 3)
jump(i0)
label(i3)
i4 = int_add(i3, i2)
jump(i4)
`);
  });
});
