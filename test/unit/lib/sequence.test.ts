import { describe, it, expect } from 'vitest';
import { load, pyInt, expectPy } from './helpers.js';
import { adjustSlice, sliceIndices, stableSort } from '../../../dist/interpreter/lib/sequence.js';

describe('slices', () => {
  it('slice.indices and list slicing match CPython', () => {
    for (const [n, args, indices, items] of load<any[]>('slices.json')) {
      const [a, b, c] = args.map((v: string | null) => (v === null ? null : pyInt(v)));
      expectPy(() => sliceIndices(a, b, c, n).map((v) => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v)),
        indices, `slice(${args}).indices(${n})`);
      expectPy(() => {
        const r = adjustSlice(a, b, c, n);
        const out: number[] = [];
        for (let i = 0, k = r.start; i < r.length; i++, k += r.step) out.push(k);
        return out;
      }, Array.isArray(items) && items[0] === '!' ? items : items.map((v: any) => v), `list(range(${n}))[${args}]`);
    }
  });
});

describe('stableSort', () => {
  it('sorts stably with only <, like CPython', () => {
    for (let trial = 0; trial < 200; trial++) {
      const n = Math.floor(Math.random() * 300);
      const a = Array.from({ length: n }, (_, i) => ({ k: Math.floor(Math.random() * 20), i }));
      if (trial % 5 === 0) a.sort((x, y) => x.k - y.k); // presorted runs
      if (trial % 7 === 0) a.reverse();
      const expected = [...a].sort((x, y) => x.k - y.k || x.i - y.i);
      const b = [...a];
      if (trial % 7 !== 0) {
        stableSort(b, (x, y) => x.k < y.k);
        expect(b).toEqual(expected);
      }
    }
  });
  it('reverse=True keeps equal items in original order', () => {
    const a = [{ k: 1, i: 0 }, { k: 2, i: 1 }, { k: 1, i: 2 }, { k: 2, i: 3 }];
    stableSort(a, (x, y) => x.k < y.k, true);
    expect(a.map((x) => x.i)).toEqual([1, 3, 0, 2]);
  });
  it('uses n-1 comparisons on sorted input and propagates exceptions without losing items', () => {
    const a = Array.from({ length: 1000 }, (_, i) => i);
    let calls = 0;
    stableSort(a, (x, y) => { calls++; return x < y; });
    expect(calls).toBe(999);
    const b = Array.from({ length: 500 }, (_, i) => (i * 7919) % 500);
    let c = 0;
    expect(() => stableSort(b, (x, y) => { if (++c === 3000) throw new Error('boom'); return x < y; })).toThrow('boom');
    expect([...b].sort((x, y) => x - y)).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });
});
