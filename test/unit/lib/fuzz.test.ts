// Seeded random tables from CPython (gen/gen_fuzz.py): format specs, printf formats, int()/float()
// literals and str methods on strings of awkward characters.
import { describe, it } from 'vitest';
import { load, f, pyInt, expectPy } from './helpers.js';
import { formatFloatSpec, formatInt, formatStr } from '../../../dist/interpreter/lib/formatspec.js';
import { percentFormat } from '../../../dist/interpreter/lib/percent.js';
import { intFromString } from '../../../dist/interpreter/lib/int.js';
import { floatFromString } from '../../../dist/interpreter/lib/float.js';
import * as S from '../../../dist/interpreter/lib/str.js';
import { host } from './pyhost.js';

describe('fuzz', () => {
  it('format specs', () => {
    for (const [k, v, spec, want] of load<any[]>('fuzz_format.json')) {
      const fn = k === 'f' ? () => formatFloatSpec(f(v), spec) : k === 'i' ? () => formatInt(pyInt(v), spec) : () => formatStr(v, spec);
      expectPy(fn, want, `format(${k}:${v}, ${JSON.stringify(spec)})`);
    }
  });
  it('printf formats', () => {
    for (const [fmt, arg, want] of load<any[]>('fuzz_percent.json')) {
      expectPy(() => percentFormat(fmt, arg, host), want, `${JSON.stringify(fmt)} % ${JSON.stringify(arg)}`);
    }
  });
  it('int() and float() literals', () => {
    for (const [s, base, wantInt, wantFloat] of load<any[]>('fuzz_literals.json')) {
      expectPy(() => intFromString(s, base), wantInt, `int(${JSON.stringify(s)}, ${base})`);
      expectPy(() => floatFromString(s), wantFloat, `float(${JSON.stringify(s)})`);
    }
  });
  it('str methods', () => {
    for (const [s, sub, a, b, r] of load<any[]>('fuzz_str.json')) {
      const c = (m: string) => `${JSON.stringify(s)}.${m} sub=${JSON.stringify(sub)} ${a}:${b}`;
      const num = (n: number) => ({ i: String(n) });
      const checks: [string, () => unknown, any][] = [
        ['repr', () => S.strRepr(s), r.repr], ['upper', () => S.strUpper(s), r.upper], ['lower', () => S.strLower(s), r.lower],
        ['casefold', () => S.strCasefold(s), r.casefold], ['swapcase', () => S.strSwapcase(s), r.swapcase],
        ['title', () => S.strTitle(s), r.title], ['capitalize', () => S.strCapitalize(s), r.capitalize],
        ['istitle', () => S.strIstitle(s), r.istitle], ['isupper', () => S.strIsupper(s), r.isupper],
        ['islower', () => S.strIslower(s), r.islower], ['isspace', () => S.strIsspace(s), r.isspace],
        ['isalnum', () => S.strIsalnum(s), r.isalnum], ['isprintable', () => S.strIsprintable(s), r.isprintable],
        ['split', () => S.strSplit(s), r.split], ['splitn', () => S.strSplit(s, null, 2), r.splitn],
        ['rsplitn', () => S.strRsplit(s, null, 2), r.rsplitn], ['splitsub', () => S.strSplit(s, sub, 2), r.splitsub],
        ['rsplitsub', () => S.strRsplit(s, sub, 2), r.rsplitsub], ['splitlines', () => S.strSplitlines(s, true), r.splitlines],
        ['strip', () => S.strStrip(s), r.strip], ['find', () => S.strFind(s, sub, a, b), num(r.find)],
        ['rfind', () => S.strRfind(s, sub, a, b), num(r.rfind)], ['count', () => S.strCount(s, sub, a, b), num(r.count)],
        ['startswith', () => S.strStartswith(s, sub, a, b), r.startswith], ['endswith', () => S.strEndswith(s, sub, a, b), r.endswith],
        ['replace', () => S.strReplace(s, sub, '<>', 2), r.replace], ['center', () => S.strCenter(s, 13, '😀'), r.center],
        ['zfill', () => S.strZfill(s, 9), r.zfill], ['expandtabs', () => S.strExpandtabs(s, 4), r.expandtabs],
        ['len', () => S.cpLength(s), num(r.len)], ['stripsub', () => S.strStrip(s, sub + 'a'), r.stripsub],
        ['partition', () => S.strPartition(s, sub), r.partition],
      ];
      for (const [m, fn, want] of checks) expectPy(fn, want, c(m));
    }
  });
});
