// Exhaustive check of every code point against CPython 3.11's Unicode data (gen/unicode_props.py).
// unicodetables.ts stores only where CPython differs from V8's regex properties and case mappings,
// so this also catches a Node upgrade that changes V8's Unicode version: then regenerate with
// gen/gen_unicode_tables.mjs.
import { describe, it, expect } from 'vitest';
import { load } from './helpers.js';
import * as U from '../../../dist/interpreter/lib/unicode.js';
import * as S from '../../../dist/interpreter/lib/str.js';

const p = load<any>('unicode_props.json');
const N = 0x110000;
const member = (r: [number, number][]) => { const a = new Uint8Array(N); for (const [s, e] of r) a.fill(1, s, e + 1); return a; };

describe('Unicode properties (all code points)', () => {
  const props: Record<string, (cp: number) => boolean> = {
    printable: U.isPrintableCp, alpha: U.isAlphaCp, decimal: U.isDecimalCp, digit: U.isDigitCp, numeric: U.isNumericCp,
    upper: U.isUpperCp, lower: U.isLowerCp, title: U.isTitleCp, space: U.isPySpace, xid_start: U.isXidStartCp,
    xid_continue: U.isXidContinueCp,
  };
  for (const [name, fn] of Object.entries(props)) {
    it(name, () => {
      const m = member(p[name]);
      const bad: string[] = [];
      for (let i = 0; i < N; i++) if ((m[i] === 1) !== fn(i) && bad.length < 5) bad.push(i.toString(16));
      expect(bad).toEqual([]);
    });
  }
  for (const [name, fn] of [['upper', S.strUpper], ['lower', S.strLower], ['title', S.strTitle], ['casefold', S.strCasefold]] as const) {
    it(`${name} mapping`, () => {
      const bad: string[] = [];
      for (let i = 0; i < N; i++) {
        if (i >= 0xd800 && i < 0xe000) continue;
        const c = String.fromCodePoint(i);
        if (fn(c) !== (p.maps[name][i] ?? c) && bad.length < 5) bad.push(i.toString(16));
      }
      expect(bad).toEqual([]);
    });
  }
  it('decimal digit values', () => {
    for (const [s, e] of p.decimal as [number, number][]) for (let i = s; i <= e; i++) expect(U.decimalDigitValue(i)).toBe((i - s) % 10);
  });
});
