// Unit tests of the pure parts of the TS standard modules: the Mersenne Twister, struct format
// layouts, the regular-expression translator and strftime/strptime.
import { describe, it, expect } from 'vitest';
// First: the VM's protocols module (the object model's import cycle needs this entry point).
import '../../../dist/interpreter/vm/ops/protocols.js';
import { MersenneTwister } from '../../../dist/interpreter/modules/random.js';
import { parseFormat } from '../../../dist/interpreter/modules/struct/format.js';
import { translate, FLAG } from '../../../dist/interpreter/modules/re/translate.js';
import { strftime, strptime } from '../../../dist/interpreter/modules/time/format.js';
import { gmTm } from '../../../dist/interpreter/modules/time/calendar.js';

describe('MersenneTwister', () => {
  it('matches CPython for seed(5489) and seed(12345)', () => {
    const mt = new MersenneTwister();
    mt.initByArray(Uint32Array.from([5489]));
    expect([mt.genrandUint32(), mt.genrandUint32(), mt.genrandUint32()]).toEqual([3382763572, 956215839, 417760592]);
    mt.initByArray(Uint32Array.from([12345]));
    expect(mt.random()).toBe(0.41661987254534116);
  });
});

describe('struct layouts', () => {
  it('aligns native formats and packs standard ones', () => {
    expect(parseFormat('@bq0q').size).toBe(16);
    expect(parseFormat('<bq').size).toBe(9);
    expect(parseFormat('3s2x').nitems).toBe(1);
    expect(() => parseFormat('<P')).toThrow('bad char in struct format');
    expect(() => parseFormat('3')).toThrow('repeat count given without format specifier');
  });
});

describe('re translation', () => {
  it('numbers groups through named JS groups and checks syntax', () => {
    const t = translate('(?P<year>\\d+)-(\\d+)', 0, false);
    expect(t.groups).toBe(2);
    expect(t.groupIndex.get('year')).toBe(1);
    expect(t.flags & FLAG.U).toBe(FLAG.U);
    expect(new RegExp(t.source, 'd' + t.jsFlags).exec('x 2024-03')!.indices!.groups!.p2).toEqual([7, 9]);
    expect(() => translate('(abc', 0, false)).toThrow('missing ), unterminated subpattern');
    expect(() => translate('a**', 0, false)).toThrow('multiple repeat');
  });
});

describe('time formatting', () => {
  it('formats and parses like glibc and _strptime', () => {
    expect(strftime('%Y-%m-%d %H:%M:%S %a %j', gmTm(1e9))).toBe('2001-09-09 01:46:40 Sun 252');
    const { tm } = strptime('2024-02-29', '%Y-%m-%d');
    expect([tm.yday, tm.wday]).toEqual([60, 3]);
  });
});
