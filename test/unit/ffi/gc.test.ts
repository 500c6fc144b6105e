// The forced-collection helpers of ffi/gc.ts: a WeakRef target survives a plain gc() while it
// sits in V8's KeptObjects list, dies once clearKeptObjects() ran, and forceCollection() runs the
// cleanup of every registry made by makeCleanableRegistry synchronously.
import { describe, expect, it } from 'vitest';
// @ts-ignore -- compiled output, no .d.ts
import { clearKeptObjects, forceCollection, forcedCollectionCount, getGc, makeCleanableRegistry } from '../../../dist/ffi/gc.js';

function makeTarget(): WeakRef<object> {
  const ref = new WeakRef({ payload: new Array(100).fill(1) });
  ref.deref(); // a deref also keeps the target until the job ends
  return ref;
}

describe('forced collection', () => {
  it('a dereferenced WeakRef target dies only once the kept objects are cleared', () => {
    const gc = getGc();
    expect(gc).not.toBeNull();
    const ref = makeTarget();
    gc!();
    // (only booleans reach expect(): an assertion object may be kept, and the target with it)
    expect(ref.deref() !== undefined).toBe(true);
    clearKeptObjects();
    gc!();
    expect(ref.deref() === undefined).toBe(true);
  });
  it('forceCollection runs the registries\' cleanup synchronously', () => {
    const dead: string[] = [];
    const reg = makeCleanableRegistry<string>((held: string) => dead.push(held));
    expect(typeof reg.cleanupSome).toBe('function');
    (() => { reg.register({ big: new Array(100) }, 'first'); reg.register({}, 'second'); })();
    const before = forcedCollectionCount();
    expect(forceCollection()).toBe(true);
    expect(forcedCollectionCount()).toBe(before + 1);
    expect(dead.sort()).toEqual(['first', 'second']);
  });
});
