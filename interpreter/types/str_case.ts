// The str methods that look at characters one code point at a time: case mappings (upper,
// lower, capitalize, title, swapcase, casefold), the is*() predicates, and maketrans/translate.
// The algorithms are lib/str.ts's (CPython's Unicode tables); translate/maketrans live here.

import { PyObject, PyType } from '../objects/object.js';
import { PyStr, strType, newStr } from '../objects/str.js';
import { PyInt, newInt, newBool } from '../objects/int.js';
import { PyDict, dictType, newDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import { isinstanceOf, indexValue } from '../vm/ops/protocols.js';
import { getItem } from '../vm/ops/subscript.js';
import {
  strUpper, strLower, strCapitalize, strTitle, strSwapcase, strCasefold, strIsalpha, strIsalnum,
  strIsdecimal, strIsdigit, strIsnumeric, strIsspace, strIsascii, strIsprintable, strIslower,
  strIsupper, strIstitle, strIsidentifier, cpLength,
} from '../lib/str.js';
import { def0, def1, defStatic } from './define.js';
import { strArg } from './str_util.js';

const S = (o: PyObject) => o as PyStr;

function result(self: PyStr, s: string): PyStr {
  return s === self.value && self.cls === strType ? self : newStr(s);
}

// ---- maketrans / translate ----

function ordOf1(k: PyStr): number {
  const v = k.value;
  if (v.length === 0 || (v.length > 1 && cpLength(v) !== 1)) {
    throw pyError(E.ValueError, 'string keys in translate table must be of length 1');
  }
  return v.codePointAt(0)!;
}

function maketrans(args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw !== null && kw.length) throw pyError(E.TypeError, 'maketrans() takes no keyword arguments');
  const n = args.length;
  if (n < 1) throw pyError(E.TypeError, 'maketrans expected at least 1 argument, got 0');
  if (n > 3) throw pyError(E.TypeError, `maketrans expected at most 3 arguments, got ${n}`);
  const [x, y, z] = args;
  const d = newDict();
  if (n === 1) {
    if (!(x instanceof PyDict)) {
      throw pyError(E.TypeError, 'if you give only one argument to maketrans it must be a dict');
    }
    for (const [k, v] of x.table.entries()) {
      if (k instanceof PyStr) d.setItem(newInt(ordOf1(k)), v);
      else if (k instanceof PyInt) d.setItem(k, v);
      else throw pyError(E.TypeError, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (!(x instanceof PyStr)) {
    throw pyError(E.TypeError, 'first maketrans argument must be a string if there is a second argument');
  }
  const ys = strArg(y, 'maketrans() argument 2 ');
  const xc = Array.from(x.value), yc = Array.from(ys);
  if (xc.length !== yc.length) {
    throw pyError(E.ValueError, 'the first two maketrans arguments must have equal length');
  }
  for (let i = 0; i < xc.length; i++) d.setItem(newInt(xc[i].codePointAt(0)!), newInt(yc[i].codePointAt(0)!));
  if (z !== undefined) {
    for (const ch of strArg(z, 'maketrans() argument 3 ')) d.setItem(newInt(ch.codePointAt(0)!), None);
  }
  return d;
}

/** s.translate(table): table[ord(c)] is a str, a code point, None (delete), or missing (keep). */
export function translateStr(s: string, table: PyObject): string {
  const cache = new Map<number, string>();
  const exactDict = table.cls === dictType;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let r = cache.get(c);
    if (r === undefined) {
      r = lookupTranslation(table, c, ch, exactDict);
      cache.set(c, r);
    }
    out += r;
  }
  return out;
}

function lookupTranslation(table: PyObject, c: number, ch: string, exactDict: boolean): string {
  let v: PyObject | undefined;
  if (exactDict) {
    v = (table as PyDict).getItem(newInt(c));
    if (v === undefined) return ch;
  } else {
    try {
      v = getItem(table, newInt(c));
    } catch (e) {
      if (e instanceof PyBaseException && isinstanceOf(e, E.LookupError)) return ch;
      throw e;
    }
  }
  if (v === None) return '';
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyInt) {
    const k = indexValue(v);
    if (typeof k === 'bigint' || k < 0 || k > 0x10ffff) {
      throw pyError(E.ValueError, 'character mapping must be in range(0x110000)');
    }
    return String.fromCodePoint(k);
  }
  throw pyError(E.TypeError, 'character mapping must return integer, None or str');
}

// ---- registration ----

export function installStrCase(t: PyType): void {
  const map = (name: string, f: (s: string) => string) =>
    def0(t, name, (self) => result(S(self), f(S(self).value)));
  map('upper', strUpper);
  map('lower', strLower);
  map('capitalize', strCapitalize);
  map('title', strTitle);
  map('swapcase', strSwapcase);
  map('casefold', strCasefold);

  const pred = (name: string, f: (s: string) => boolean) =>
    def0(t, name, (self) => newBool(f(S(self).value)));
  pred('isalpha', strIsalpha);
  pred('isalnum', strIsalnum);
  pred('isdecimal', strIsdecimal);
  pred('isdigit', strIsdigit);
  pred('isnumeric', strIsnumeric);
  pred('isspace', strIsspace);
  pred('isascii', strIsascii);
  pred('isprintable', strIsprintable);
  pred('islower', strIslower);
  pred('isupper', strIsupper);
  pred('istitle', strIstitle);
  pred('isidentifier', strIsidentifier);

  defStatic(t, 'maketrans', maketrans);
  def1(t, 'translate', (self, table) => result(S(self), translateStr(S(self).value, table)));
}
