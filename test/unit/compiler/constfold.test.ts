// Constant folding, checked against the constants CPython 3.11 produces for the same snippets.
// Known differences: CPython builds {'a': 1, 'b': x} with a constant key tuple (we have no
// BUILD_CONST_KEY_MAP), and folds -1j (its real part is -0.0, which our complex constant lacks).
import { describe, expect, it } from 'vitest';
// @ts-ignore -- compiled output
import { constRepr, floatRepr, strRepr } from '../../../dist/interpreter/compiler/dis.js';
import { compileFixture, fixtures } from './helpers.js';

const consts = (name: string) =>
  compileFixture(fixtures.snippets.find((f) => f.name === name)!).consts.map((k) => constRepr(k));

describe('constant folding', () => {
  it('folds unary minus, operators on constants, tuples and `in` displays', () => {
    expect(consts('displays.py')).toEqual([
      '(1, 2, 3)', '(1, 2, (3, 4))', '1', 'frozenset({1, 2, 3})', "'a'", "'b'", "'k'", '2', '()', '-1', '-2.5',
      '-6', 'False', '1024', "'ababab'", '7', '(1, 2, 3, 4)', '3', 'None', "b'\\x00abcd'", '1j', '1.5e+301',
      '1e-07', '1e+16', '123456789.0', '0', '4', '5', '6', '8', '9', '10', '11', '12', '13', '14', '15', '16',
      '17', '"it\'s"',
    ]);
    expect(consts('compare.py')).toEqual(['(1, 2, 3)', 'frozenset({1, 2, 3})', '0', '10', '1', 'None']);
  });
});

describe('constant reprs as Python prints them', () => {
  it('floats', () => {
    const cases: [number, string][] = [[0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [1e-5, '1e-05'],
      [0.0001, '0.0001'], [-0, '-0.0'], [Infinity, 'inf'], [NaN, 'nan'], [1.5e300, '1.5e+300'], [123.0, '123.0']];
    for (const [x, s] of cases) expect(floatRepr(x)).toBe(s);
  });
  it('strings', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('a\'b"c')).toBe("'a\\'b\"c'");
    expect(strRepr('tab\t\x00\u00e9\u200b')).toBe("'tab\\t\\x00é\\u200b'");
  });
});
