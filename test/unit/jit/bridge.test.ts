import { describe, expect, it } from 'vitest';
import { parse, compile, verify, obj, print, names } from './helpers.js';
// @ts-ignore
import { startBridge, wantsBridge } from '../../../dist/jit/bridge.js';
// @ts-ignore
import { optimizeBridge } from '../../../dist/jit/opt/pipeline.js';

const loopText = `[i0, i1]
b2 = int_lt(i0, i1)
guard_true(b2) [f@1: i0, i1 |]
i3 = int_mod(i0, 7)
b4 = int_ne(i3, 3)
guard_true(b4) [f@2: v0, i1 |] {v0 = new_int(i0)}
i5 = int_add(i0, 1)
jump(i5, i1)
`;

describe('bridges', () => {
  it('counts failures, and an attached bridge is inlined at its guard', () => {
    const loop = compile(parse(loopText));
    const first = loop.run([0, 100]);
    expect(first.index).toBe(1);
    expect(loop.out.slice(0, 2)).toEqual([3, 100]);
    loop.run([0, 100]);
    expect(wantsBridge(first, 2)).toBe(true);
    // the bridge: from the failing guard, skip two and go back to the loop entry
    const start = startBridge(first);
    expect(print(start.trace) + '').toContain('new_int');
    const bridge = parse(`[i0, i1]
i2 = int_add(i0, 2)
b3 = int_ne(i2, 33)
guard_true(b3) [f@3: i2, i1 |]
jump(i2, i1)
`);
    verify(bridge, { jumpTarget: loop.trace.inputargs });
    loop.attachBridge(first, optimizeBridge(bridge));
    expect(loop.exits.length).toBe(3);
    const exit = loop.run([0, 100]);
    // 0,1,2,3->5,...,10->12,...,17->19,24->26,31->33: the bridge's own guard
    expect(exit.index).toBe(2);
    expect(loop.out.slice(0, 2)).toEqual([33, 100]);
    const end = loop.run([34, 100]);
    expect(end.index).toBe(0);
    expect(loop.out[0]).toBe(100);
  });

  it('startBridge re-creates the guard\'s virtuals as allocations at the bridge start', () => {
    const loop = compile(parse(loopText));
    const exit = loop.run([0, 10]);
    const { trace, frames } = startBridge(exit);
    expect(trace.inputargs.map((a: any) => a.type)).toEqual(['int', 'int']);
    expect(trace.ops.map((o: any) => o.name)).toEqual(['new_int']);
    expect(frames[0].code).toBe(names.f);
    expect(frames[0].locals[0]).toBe(trace.ops[0]);
    expect(frames[0].locals[1]).toBe(trace.inputargs[1]);
    void obj;
  });
});
