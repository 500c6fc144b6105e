// iter(str): str_ascii_iterator for ASCII strings and str_iterator otherwise (CPython's two type
// names). Both walk the JS string by code point; `nextFast` is what for-loops call (no
// StopIteration), __next__/__iter__/__length_hint__ serve Python callers.

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { PyStr, newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { E, pyError } from '../objects/exceptions.js';
import { def0 } from './define.js';

export const strAsciiIteratorType = makeBuiltinType('str_ascii_iterator', undefined, 0);
export const strIteratorType = makeBuiltinType('str_iterator', undefined, 0);

export class PyStrIterator extends PyObject {
  private pos = 0;
  constructor(cls: PyType, private readonly s: string, private readonly astral: boolean) { super(cls); }

  nextFast(): PyObject | null {
    const s = this.s, i = this.pos;
    if (i >= s.length) return null;
    const c = s.charCodeAt(i);
    if (this.astral && c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { this.pos = i + 2; return newStr(s.slice(i, i + 2)); }
    }
    this.pos = i + 1;
    return newStr(s[i]);
  }

  lengthHint(): number {
    const s = this.s;
    if (!this.astral) return Math.max(0, s.length - this.pos);
    let n = 0;
    for (let i = this.pos; i < s.length; i++) {
      n++;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
    }
    return n;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

export function newStrIterator(o: PyStr): PyStrIterator {
  const s = o.value;
  if (!NON_ASCII.test(s)) return new PyStrIterator(strAsciiIteratorType, s, false);
  return new PyStrIterator(strIteratorType, s, o.hasAstral);
}

export function installStrIterators(): void {
  for (const t of [strAsciiIteratorType, strIteratorType]) {
    def0(t, '__iter__', (self) => self);
    def0(t, '__next__', (self) => {
      const v = (self as PyStrIterator).nextFast();
      if (v === null) throw pyError(E.StopIteration);
      return v;
    });
    def0(t, '__length_hint__', (self) => newInt((self as PyStrIterator).lengthHint()));
  }
}
