import { describe, it } from 'vitest';
import { expectPass } from './helpers.js';
// @ts-ignore
import { heapCache } from '../../../dist/jit/opt/heap.js';

describe('heap cache', () => {
  it('reuses a repeated read and forwards a write to the next read', () => {
    expectPass(heapCache, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
p3 = getfield_map_slot(p0, 0)
setfield_map_slot(p0, 1, p3)
p4 = getfield_map_slot(p0, 1)
setfield_map_slot(p0, 1, p4)
i5 = arraylen(p1)
i6 = arraylen(p1)
p7 = getarrayitem(p1, i5)
p8 = getarrayitem(p1, i5)
jump(p4, p8)
`, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
setfield_map_slot(p0, 1, p2)
i3 = arraylen(p1)
p4 = getarrayitem(p1, i3)
jump(p2, p4)
`);
  });

  it('a write to the same slot of a possibly aliased object, or a raising call, invalidates', () => {
    expectPass(heapCache, `[p0, p1, p2]
p3 = getfield_map_slot(p0, 0)
setfield_map_slot(p1, 0, p2)
p4 = getfield_map_slot(p0, 0)
p5 = getfield_map_slot(p0, 1)
setfield_map_slot(p1, 0, p2)
p6 = getfield_map_slot(p0, 1)
p7 = call_residual(ConstPtr(helper), p0, p1, descr=may_raise) [f@1: p0 |]
p8 = getfield_map_slot(p0, 1)
jump(p4, p6, p8)
`, `[p0, p1, p2]
p3 = getfield_map_slot(p0, 0)
setfield_map_slot(p1, 0, p2)
p4 = getfield_map_slot(p0, 0)
p5 = getfield_map_slot(p0, 1)
p6 = call_residual(ConstPtr(helper), p0, p1, descr=may_raise) [f@1: p0 |]
p7 = getfield_map_slot(p0, 1)
jump(p4, p5, p7)
`);
  });

  it('a fresh object does not alias older ones; distinct constant list indexes do not alias', () => {
    expectPass(heapCache, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
p3 = new_with_map(ConstPtr(Point), ConstPtr(mapX), p1)
setfield_map_slot(p3, 0, p0)
p4 = getfield_map_slot(p0, 0)
p5 = getfield_map_slot(p3, 0)
p6 = getarrayitem(p1, 0)
setarrayitem(p1, 1, p0)
p7 = getarrayitem(p1, 0)
finish(p4, p5, p7)
`, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
p3 = new_with_map(ConstPtr(Point), ConstPtr(mapX), p1)
setfield_map_slot(p3, 0, p0)
p4 = getarrayitem(p1, 0)
setarrayitem(p1, 1, p0)
finish(p2, p0, p4)
`);
  });

  it('reads of fields the loop never writes are reused across the label', () => {
    expectPass(heapCache, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
jump(p1)
label(p3)
p4 = getfield_map_slot(p0, 0)
p5 = getfield_map_slot(p0, 1)
setfield_map_slot(p0, 1, p4)
jump(p5)
`, `[p0, p1]
p2 = getfield_map_slot(p0, 0)
jump(p1)
label(p3)
p4 = getfield_map_slot(p0, 1)
setfield_map_slot(p0, 1, p2)
jump(p4)
`);
  });
  it('iterator fields: a read after a write of the same field sees the written value; other fields are unaffected', () => {
    expectPass(heapCache, `[p0, p1]
i2 = getfield_int(p0, 0)
i3 = int_sub(i2, 1)
setfield_int(p0, 0, i3)
i4 = getfield_int(p0, 0)
i5 = getfield_int(p0, 2)
setfield_int(p1, 1, i4)
i6 = getfield_int(p0, 2)
i7 = getfield_int(p0, 1)
finish(i4, i6, i7)
`, `[p0, p1]
i2 = getfield_int(p0, 0)
i3 = int_sub(i2, 1)
setfield_int(p0, 0, i3)
i4 = getfield_int(p0, 2)
setfield_int(p1, 1, i3)
i5 = getfield_int(p0, 1)
finish(i3, i4, i5)
`);
  });
});
