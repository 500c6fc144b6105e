// A toy object model for the percent-format tests: the type-tagged values written by
// gen/gen_data.py and gen/gen_fuzz.py ({int}, {float}, {str}, {bool}, {tuple}, {dict}, {bytes}).
import { f, pyInt } from './helpers.js';
import { PercentHost } from '../../../dist/interpreter/lib/percent.js';
import { floatRepr } from '../../../dist/interpreter/lib/float.js';
import { intFromFloat, intToFloat, intToString } from '../../../dist/interpreter/lib/int.js';
import { strRepr, asciiEscape } from '../../../dist/interpreter/lib/strrepr.js';
import { PyLibError } from '../../../dist/interpreter/lib/errors.js';

export type V = { int: string } | { float: string } | { str: string } | { bool: boolean } | { tuple: V[] } | { dict: Record<string, V> } | { bytes: Uint8Array };
const kind = (o: V) => Object.keys(o)[0];
export const repr = (o: any): string => {
  switch (kind(o)) {
    case 'int': return intToString(pyInt(o.int));
    case 'float': return floatRepr(f(o.float));
    case 'str': return strRepr(o.str);
    case 'bool': return o.bool ? 'True' : 'False';
    case 'tuple': return '(' + o.tuple.map(repr).join(', ') + (o.tuple.length === 1 ? ',)' : ')');
    case 'dict': return '{' + Object.entries(o.dict).map(([k, v]) => strRepr(k) + ': ' + repr(v)).join(', ') + '}';
    default: return '?';
  }
};
export const host: PercentHost<any> = {
  str: (o) => (kind(o) === 'str' ? o.str : repr(o)),
  repr,
  ascii: (o) => asciiEscape(repr(o)),
  typeName: (o) => kind(o),
  tupleItems: (o) => (kind(o) === 'tuple' ? o.tuple : null),
  isMapping: (o) => kind(o) === 'dict',
  getItem: (m, k) => { const v = m.dict[k]; if (v === undefined) throw new PyLibError('KeyError', strRepr(k)); return v; },
  asStr: (o) => (kind(o) === 'str' ? o.str : null),
  index: (o) => (kind(o) === 'int' ? pyInt(o.int) : kind(o) === 'bool' ? +o.bool : null),
  toInt: (o) => (kind(o) === 'int' ? pyInt(o.int) : kind(o) === 'bool' ? +o.bool : kind(o) === 'float' ? intFromFloat(f(o.float)) : null),
  toFloat: (o) => (kind(o) === 'float' ? f(o.float) : kind(o) === 'int' ? intToFloat(pyInt(o.int)) : kind(o) === 'bool' ? +o.bool : null),
  toBytes: (o) => (kind(o) === 'bytes' ? o.bytes : null),
};

