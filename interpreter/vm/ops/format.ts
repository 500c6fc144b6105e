// format(value, spec) through __format__, and ascii() (repr with non-ASCII characters escaped).

import { PyObject } from '../../objects/object.js';
import { PyStr, newStr } from '../../objects/str.js';
import { E, pyError } from '../../objects/exceptions.js';
import { callSpecial, repr, typeName } from './protocols.js';

export function formatValue(v: PyObject, spec: string): PyObject {
  const r = callSpecial(v, '__format__', [newStr(spec)]);
  if (r === null) throw pyError(E.TypeError, `Type ${typeName(v)} doesn't define __format__`);
  if (!(r instanceof PyStr)) throw pyError(E.TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}

export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function asciiOf(v: PyObject): string { return asciiEscape(repr(v)); }
