import { describe, it, expect } from 'vitest';
import { load, expectPy } from './helpers.js';
import * as S from '../../../dist/interpreter/lib/str.js';
import { adjustSlice } from '../../../dist/interpreter/lib/sequence.js';

function slice(s: string, a: number | null, b: number | null, c: number | null): string {
  const len = S.cpLength(s);
  const r = adjustSlice(a, b, c, len);
  return S.cpSlice(s, r.start, r.stop, r.step, r.length);
}

const methods: Record<string, (s: string) => unknown> = {
  repr: S.strRepr, ascii: S.strAscii, len: (s) => S.cpLength(s), upper: S.strUpper, lower: S.strLower,
  casefold: S.strCasefold, swapcase: S.strSwapcase, title: S.strTitle, capitalize: S.strCapitalize,
  isalpha: S.strIsalpha, isdigit: S.strIsdigit, isdecimal: S.strIsdecimal, isnumeric: S.strIsnumeric,
  isalnum: S.strIsalnum, isspace: S.strIsspace, isupper: S.strIsupper, islower: S.strIslower,
  istitle: S.strIstitle, isidentifier: S.strIsidentifier, isprintable: S.strIsprintable, isascii: S.strIsascii,
  split: (s) => S.strSplit(s), split1: (s) => S.strSplit(s, null, 1), rsplit1: (s) => S.strRsplit(s, null, 1),
  splitcomma: (s) => S.strSplit(s, ','), rsplitspace2: (s) => S.strRsplit(s, ' ', 2),
  splitlines: (s) => S.strSplitlines(s), splitlinesk: (s) => S.strSplitlines(s, true),
  strip: (s) => S.strStrip(s), lstrip: (s) => S.strLstrip(s), rstrip: (s) => S.strRstrip(s),
  stripchars: (s) => S.strStrip(s, 'a😀 .'), partition: (s) => S.strPartition(s, 'o'),
  rpartition: (s) => S.strRpartition(s, 'o'), replace: (s) => S.strReplace(s, 'a', 'XY'),
  replace1: (s) => S.strReplace(s, 'o', '0', 1), replaceempty: (s) => S.strReplace(s, '', '-', 3),
  find: (s) => S.strFind(s, 'o'), findr: (s) => S.strFind(s, 'o', 2, -1), rfind: (s) => S.strRfind(s, 'o'),
  rfindr: (s) => S.strRfind(s, 'a', -8, -2), findastral: (s) => S.strFind(s, 'a', 3), count: (s) => S.strCount(s, 'a'),
  countempty: (s) => S.strCount(s, ''), countr: (s) => S.strCount(s, 'a', 1, -1),
  startswith: (s) => S.strStartswith(s, ['he', 'ab', '😀']), startswithr: (s) => S.strStartswith(s, 'b', 1),
  endswith: (s) => S.strEndswith(s, 'c'), endswithr: (s) => S.strEndswith(s, 'l', 0, 4),
  center: (s) => S.strCenter(s, 21, '*'), center2: (s) => S.strCenter(s, S.cpLength(s) + 3),
  ljust: (s) => S.strLjust(s, 12, '.'), rjust: (s) => S.strRjust(s, 12), zfill: (s) => S.strZfill(s, 8),
  expandtabs: (s) => S.strExpandtabs(s), expandtabs3: (s) => S.strExpandtabs(s, 3),
  slice: (s) => slice(s, 1, 5, null), slicestep: (s) => slice(s, null, null, 2), sliceneg: (s) => slice(s, null, null, -3),
  slicemix: (s) => slice(s, -2, 1, -1), index2: (s) => (S.cpLength(s) > 2 ? S.cpAt(s, 2) : null),
};

describe('str methods', () => {
  it('match CPython on Unicode-heavy samples', () => {
    for (const [s, results] of load<[string, Record<string, any>][]>('str.json')) {
      for (const [name, want] of Object.entries(results)) {
        const fn = methods[name];
        expect(fn, name).toBeTypeOf('function');
        const w = typeof want === 'number' ? { i: String(want) } : want;
        expectPy(() => fn(s), w, `${JSON.stringify(s)}.${name}`);
      }
    }
  });
  it('errors', () => {
    expectPy(() => S.strSplit('a', ''), ['!', 'ValueError', 'empty separator'], 'split');
    expectPy(() => S.strIndex('abc', 'z'), ['!', 'ValueError', 'substring not found'], 'index');
    expectPy(() => S.strCenter('a', 5, 'ab'), ['!', 'TypeError', 'The fill character must be exactly one character long'], 'center');
  });
  it('code point indexing with astral characters', () => {
    const s = 'a😀b𝒳c';
    expect(S.cpLength(s)).toBe(5);
    expect(S.cpAt(s, 1)).toBe('😀');
    expect(S.cpAt(s, 3)).toBe('𝒳');
    expect(S.strFind(s, 'c')).toBe(4);
    expect(S.strRfind(s, '😀')).toBe(1);
    expect(S.hasSurrogates('abc')).toBe(false);
    expect(S.cpLength('\ud800x')).toBe(2); // lone surrogates count as one code point each
  });
});

describe('format(str / int / float, spec) edge cases and errors', () => {
  it('match CPython', async () => {
    const FS = await import('../../../dist/interpreter/lib/formatspec.js');
    for (const [s, spec, want] of load<[string, string, any][]>('str_format.json')) {
      const fn = s === '1' ? () => FS.formatInt(1, spec) : s === '1.5' ? () => FS.formatFloatSpec(1.5, spec) : () => FS.formatStr(s, spec);
      expectPy(fn, want, `format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`);
    }
  });
});
