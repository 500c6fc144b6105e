import { describe, expect, it } from 'vitest';
import { optimizeChecked, print, norm, compile, obj, names } from './helpers.js';

describe('optimiser pipeline', () => {
  it('a boxed counting loop: peeled, unboxed, overflow check gone, guards hoisted', () => {
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
    expect(print(opt)).toBe(norm(`[p0, p1]
guard_int(p0) [f@3: p0, p1 |]
i2 = unbox_int(p0)
guard_int(p1) [f@3: p0, p1 |]
i3 = unbox_int(p1)
b4 = int_lt(i2, i3)
guard_true(b4) [f@5: p0, p1 |]
i5 = int_add(i2, 1)
jump(i5)
label(i6)
b7 = int_lt(i6, i3)
guard_true(b7) [f@5: v0, p1 |] {v0 = new_int(i6)}
i8 = int_add(i6, 1)
jump(i8)
`));
  });

  it('an attribute loop (self.i += 1 while self.i < n): class and map guards leave the loop', () => {
    const opt = optimizeChecked(`[p0, p1]
guard_class(p0, ConstPtr(Point)) [f@1: p0, p1 |]
guard_map(p0, ConstPtr(mapX)) [f@1: p0, p1 |]
p2 = getfield_map_slot(p0, 0)
guard_int(p2) [f@1: p0, p1 |]
i3 = unbox_int(p2)
guard_int(p1) [f@1: p0, p1 |]
i4 = unbox_int(p1)
b5 = int_lt(i3, i4)
guard_true(b5) [f@2: p0, p1 |]
i6 = int_add_ovf(i3, 1)
guard_no_overflow() [f@3: p0, p1 | p2, 1]
p7 = new_int(i6)
setfield_map_slot(p0, 0, p7)
jump(p0, p1)
`);
    const text = print(opt);
    const body = text.slice(text.indexOf('label('));
    expect(body).not.toMatch(/guard_class|guard_map|_ovf|unbox_int\(p1\)/);
    const loop = compile(opt);
    const self = obj.newWithMap(names.Point, names.mapX, [obj.boxInt(0)]);
    const exit = loop.run([self, obj.boxInt(1000)]);
    expect(exit.op.name).toBe('guard_true');
    expect(self.slots[0].value).toBe(1000);
    // another object layout fails the map guard in the preamble
    const other = obj.newWithMap(names.Point, names.mapXY, [obj.boxInt(0), obj.boxInt(0)]);
    expect(loop.run([other, obj.boxInt(5)]).op.name).toBe('guard_map');
  });

  it('a float accumulator in a box is unboxed; the result is exact', () => {
    const opt = optimizeChecked(`[p0, i1]
guard_class(p0, ConstPtr(floatType)) [f@1: p0, i1 |]
f2 = unbox_float(p0)
f3 = cast_int_to_float(i1)
f4 = float_mul(f3, f3)
f5 = float_add(f2, f4)
p6 = new_float(f5)
i7 = int_add_ovf(i1, 1)
guard_no_overflow() [f@2: p6, i1 |]
b8 = int_lt(i7, 500)
guard_true(b8) [f@3: p6, i7 |]
jump(p6, i7)
`);
    expect(print(opt)).not.toMatch(/^p\d+ = new_float/m);
    const loop = compile(opt);
    loop.run([obj.boxFloat(0), 0]);
    let s = 0;
    for (let i = 0; i < 500; i++) s += i * i;
    expect(loop.out).toContain(500);
    expect(loop.out).toContain(s);
  });
});
