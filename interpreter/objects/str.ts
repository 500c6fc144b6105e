// str: a boxed JS string. Python indexes code points while JS strings are UTF-16; `astral`
// records (lazily) whether the string has surrogate pairs so code-point work is only paid then.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const strType = makeBuiltinType('str');

export class PyStr extends PyObject {
  /** 0 unknown, 1 only BMP characters (index = code unit), 2 has surrogate pairs. */
  private kind = 0;
  constructor(cls: PyType, public readonly value: string) { super(cls); }
  get hasAstral(): boolean {
    if (this.kind === 0) this.kind = /[\uD800-\uDFFF]/.test(this.value) ? 2 : 1;
    return this.kind === 2;
  }
}
strType.allocate = (cls) => new PyStr(cls, '');

const interned = new Map<string, PyStr>();
const EMPTY = new PyStr(strType, '');
const chars: PyStr[] = [];
for (let i = 0; i < 256; i++) chars.push(new PyStr(strType, String.fromCharCode(i)));

export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) return EMPTY;
    const c = s.charCodeAt(0);
    if (c < 256) return chars[c];
  }
  return new PyStr(strType, s);
}

/** The shared PyStr for an identifier-like string (names, attribute names, dict keys of kwargs). */
export function internStr(s: string): PyStr {
  let v = interned.get(s);
  if (v === undefined) { v = new PyStr(strType, s); interned.set(s, v); }
  return v;
}
