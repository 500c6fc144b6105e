// The named methods of str that search, cut and pad: find/index/count/startswith, split/rsplit/
// splitlines, strip, partition, replace, join, center/ljust/rjust/zfill, expandtabs,
// removeprefix/suffix. The algorithms are lib/str.ts's; this file converts arguments (with
// CPython's messages) and boxes results.

import { PyObject, PyType } from '../objects/object.js';
import { PyStr, strType, newStr } from '../objects/str.js';
import { newInt, True, False } from '../objects/int.js';
import { PyTuple, newTuple, tupleType } from '../objects/tuple.js';
import { PyList, newList, listType } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { getIter, iterNext, typeName, indexValue } from '../vm/ops/protocols.js';
import {
  strFind, strRfind, strCount, strStartswith, strEndswith, strSplit, strRsplit, strSplitlines,
  strStrip, strLstrip, strRstrip, strPartition, strRpartition, strReplace, strCenter, strLjust,
  strRjust, strZfill, strExpandtabs, strRemoveprefix, strRemovesuffix,
} from '../lib/str.js';
import { def1, defMethod } from './define.js';
import { sliceIndexArg, strArg, ssizeArg, optionalArgs, defPos } from './str_util.js';

const S = (o: PyObject) => o as PyStr;

/** A str result of a method of `self`: exact str, reusing `self` when nothing changed. */
function result(self: PyStr, s: string): PyStr {
  return s === self.value && self.cls === strType ? self : newStr(s);
}

/** The optional start/end of find/count/startswith: a slice index, or undefined for None/absent. */
function optIndex(o: PyObject | undefined): number | undefined {
  return o === undefined || o === None ? undefined : sliceIndexArg(o, 0);
}

/** maxsplit/count arguments: negative means no limit. */
function limitArg(o: PyObject | null | undefined): number {
  if (o === null || o === undefined) return -1;
  const v = indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  return v < 0 ? -1 : v;
}

function sepArg(o: PyObject | null): string | null {
  if (o === null || o === None) return null;
  if (o instanceof PyStr) return o.value;
  throw pyError(E.TypeError, `must be str or None, not ${typeName(o)}`);
}

function strList(self: PyStr, parts: string[]): PyList {
  if (parts.length === 1 && parts[0] === self.value && self.cls === strType) return newList([self]);
  const out = new Array<PyObject>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = newStr(parts[i]);
  return newList(out);
}

type Tail = (s: string, p: string, start?: number, end?: number, astral?: boolean) => boolean;

/** startswith/endswith of a str or a tuple of str (checked lazily: CPython stops at a match). */
function tailMethod(name: string, f: Tail) {
  return (self: PyObject, [p, st, en]: PyObject[]): PyObject => {
    const s = S(self).value, a = S(self).hasAstral, start = optIndex(st), end = optIndex(en);
    if (p instanceof PyStr) return f(s, p.value, start, end, a) ? True : False;
    if (!(p instanceof PyTuple)) {
      throw pyError(E.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    for (const x of p.items) {
      if (!(x instanceof PyStr)) throw pyError(E.TypeError, `tuple for ${name} must only contain str, not ${typeName(x)}`);
      if (f(s, x.value, start, end, a)) return True;
    }
    return False;
  };
}

function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) {
    throw pyError(E.TypeError, `The fill character must be a unicode character, not ${typeName(o)}`);
  }
  return o.value;
}

/** sep.join(iterable) with list/tuple fast paths. */
export function joinStr(sep: string, iterable: PyObject): string {
  let items: readonly PyObject[];
  if (iterable.cls === listType) items = (iterable as PyList).items;
  else if (iterable.cls === tupleType) items = (iterable as PyTuple).items;
  else {
    if (iterable.cls.lookup('__iter__') === null && iterable.cls.lookup('__getitem__') === null) {
      throw pyError(E.TypeError, 'can only join an iterable');
    }
    const it = getIter(iterable);
    const arr: PyObject[] = [];
    for (let v = iterNext(it); v !== null; v = iterNext(it)) arr.push(v);
    items = arr;
  }
  const n = items.length;
  if (n === 0) return '';
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const x = items[i];
    if (!(x instanceof PyStr)) {
      throw pyError(E.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
    }
    parts[i] = x.value;
  }
  return n === 1 ? parts[0] : parts.join(sep);
}

/** A method whose parameters are all optional and may be given by keyword (split, encode, ...). */
export function defKw(t: PyType, name: string, names: readonly string[],
  fn: (self: PyObject, args: (PyObject | null)[]) => PyObject): void {
  defMethod(t, name, (args, kw) => fn(args[0], optionalArgs(name, args, kw, names)));
}

export function installStrMethods(t: PyType): void {
  type Search = (s: string, sub: string, start?: number, end?: number, astral?: boolean) => number;
  const search = (name: string, f: Search, raise: boolean) =>
    defPos(t, name, 1, 3, 'clinic', (self, [sub, st, en]) => {
      const r = f(S(self).value, strArg(sub), optIndex(st), optIndex(en), S(self).hasAstral);
      if (raise && r < 0) throw pyError(E.ValueError, 'substring not found');
      return newInt(r);
    });
  search('find', strFind, false);
  search('rfind', strRfind, false);
  search('index', strFind, true);
  search('rindex', strRfind, true);
  search('count', strCount, false);
  defPos(t, 'startswith', 1, 3, 'clinic', tailMethod('startswith', strStartswith));
  defPos(t, 'endswith', 1, 3, 'clinic', tailMethod('endswith', strEndswith));

  defKw(t, 'split', ['sep', 'maxsplit'], (self, [sep, max]) =>
    strList(S(self), strSplit(S(self).value, sepArg(sep), limitArg(max))));
  defKw(t, 'rsplit', ['sep', 'maxsplit'], (self, [sep, max]) =>
    strList(S(self), strRsplit(S(self).value, sepArg(sep), limitArg(max))));
  defKw(t, 'splitlines', ['keepends'], (self, [keep]) => {
    // keepends is a clinic `int`: any __index__ object, tested for non-zero
    const k = keep === null ? false : indexValue(keep) != 0;
    return strList(S(self), strSplitlines(S(self).value, k));
  });

  const strip = (name: string, f: (s: string, chars: string | null) => string) =>
    defPos(t, name, 0, 1, 'expected', (self, [c]) => {
      let chars: string | null = null;
      if (c !== undefined && c !== None) {
        if (!(c instanceof PyStr)) throw pyError(E.TypeError, `${name} arg must be None or str`);
        chars = c.value;
      }
      return result(S(self), f(S(self).value, chars));
    });
  strip('strip', strStrip);
  strip('lstrip', strLstrip);
  strip('rstrip', strRstrip);

  const partition = (name: string, f: (s: string, sep: string) => [string, string, string]) =>
    def1(t, name, (self, sepObj) => {
      const [a, b, c] = f(S(self).value, strArg(sepObj));
      const whole = (x: string) => (x === S(self).value ? result(S(self), x) : newStr(x));
      return newTuple([whole(a), b !== '' && sepObj.cls === strType ? sepObj : newStr(b), whole(c)]);
    });
  partition('partition', strPartition);
  partition('rpartition', strRpartition);

  defPos(t, 'replace', 2, 3, 'expected', (self, [o, n, c]) =>
    result(S(self), strReplace(S(self).value, strArg(o, 'replace() argument 1 '),
      strArg(n, 'replace() argument 2 '), limitArg(c))));

  def1(t, 'join', (self, it) => {
    // ''.join([s]) returns s itself in CPython when s is an exact str
    if (it.cls === listType && (it as PyList).items.length === 1 && (it as PyList).items[0].cls === strType) {
      return (it as PyList).items[0];
    }
    return newStr(joinStr(S(self).value, it));
  });

  type Pad = (s: string, width: number, fill?: string, astral?: boolean) => string;
  const pad = (name: string, f: Pad) => defPos(t, name, 1, 2, 'expected', (self, [w, fill]) =>
    result(S(self), f(S(self).value, ssizeArg(w), fillArg(fill), S(self).hasAstral)));
  pad('ljust', strLjust);
  pad('rjust', strRjust);
  pad('center', strCenter);
  def1(t, 'zfill', (self, w) => result(S(self), strZfill(S(self).value, ssizeArg(w), S(self).hasAstral)));
  defKw(t, 'expandtabs', ['tabsize'], (self, [ts]) =>
    result(S(self), strExpandtabs(S(self).value, ts === null ? 8 : ssizeArg(ts))));

  def1(t, 'removeprefix', (self, a) =>
    result(S(self), strRemoveprefix(S(self).value, strArg(a, 'removeprefix() argument '))));
  def1(t, 'removesuffix', (self, a) =>
    result(S(self), strRemovesuffix(S(self).value, strArg(a, 'removesuffix() argument '))));
}
