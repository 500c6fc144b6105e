// The methods bytes and bytearray share: searching, splitting, stripping, joining, replacing,
// padding, ASCII case mapping and predicates, translate/maketrans. Position-based algorithms are
// lib/str.ts's applied to latin-1 views; the ASCII-whitespace and ASCII-case variants (bytes
// treat only ' \t\n\r\v\f' as space and only A-Z/a-z as cased) are written here.

import { PyObject, PyType } from '../objects/object.js';
import { PyBytes, newBytes } from '../objects/bytes.js';
import { newInt, True, False } from '../objects/int.js';
import { PyTuple, newTuple, tupleType } from '../objects/tuple.js';
import { PyList, newList, listType } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { getIter, iterNext, indexValue, typeName } from '../vm/ops/protocols.js';
import {
  strFind, strRfind, strCount, strStartswith, strEndswith, strSplit, strRsplit, strStrip, strLstrip,
  strRstrip, strPartition, strRpartition, strReplace, strCenter, strLjust, strRjust, strZfill,
  strExpandtabs, strRemoveprefix, strRemovesuffix,
} from '../lib/str.js';
import { def0, def1, defMethod, defStatic } from './define.js';
import { defPos, optionalArgs, sliceIndexArg, ssizeArg } from './str_util.js';
import { bufferOf, bytesArg, subArg, b2s, s2b, like } from './bytes_util.js';

const D = (o: PyObject) => (o as PyBytes).data;
const S = (o: PyObject) => b2s((o as PyBytes).data);

// ---- ASCII algorithms (bytes semantics) ----

const isSpaceByte = (c: number) => c === 32 || (c >= 9 && c <= 13);

function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  while (max-- > 0) {
    while (i < n && isSpaceByte(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceByte(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceByte(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  while (max-- > 0) {
    while (i >= 0 && isSpaceByte(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceByte(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceByte(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function stripWs(s: string, left: boolean, right: boolean): string {
  let i = 0, j = s.length;
  if (left) while (i < j && isSpaceByte(s.charCodeAt(i))) i++;
  if (right) while (j > i && isSpaceByte(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

/** bytes.splitlines: only \n, \r and \r\n end lines. */
function splitLinesBytes(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < n) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

const isUpperB = (c: number) => c >= 65 && c <= 90;
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isAlphaB = (c: number) => isUpperB(c) || isLowerB(c);
const isDigitB = (c: number) => c >= 48 && c <= 57;

function mapBytes(d: Uint8Array, f: (c: number, i: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i, i > 0 ? d[i - 1] : -1);
  return out;
}

const toUpper = (c: number) => (isLowerB(c) ? c - 32 : c);
const toLower = (c: number) => (isUpperB(c) ? c + 32 : c);

function titleBytes(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  let prevCased = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    out[i] = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAlphaB(c);
  }
  return out;
}

function allBytes(d: Uint8Array, f: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!f(d[i])) return false;
  return true;
}

function isCaseB(d: Uint8Array, want: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (let i = 0; i < d.length; i++) {
    if (other(d[i])) return false;
    if (want(d[i])) cased = true;
  }
  return cased;
}

function isTitleB(d: Uint8Array): boolean {
  let cased = false, prev = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (isUpperB(c)) { if (prev) return false; prev = cased = true; }
    else if (isLowerB(c)) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}

// ---- arguments ----

function optIndex(o: PyObject | undefined): number | undefined {
  return o === undefined || o === None ? undefined : sliceIndexArg(o, 0);
}

function limitArg(o: PyObject | null | undefined): number {
  if (o === null || o === undefined) return -1;
  const v = indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  return v < 0 ? -1 : v;
}

function optBytes(o: PyObject | null | undefined): string | null {
  return o === null || o === undefined || o === None ? null : b2s(bytesArg(o));
}

function fillArg(name: string, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  const b = bufferOf(o);
  if (b === null || b.length !== 1) {
    throw pyError(E.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeName(o)}`);
  }
  return String.fromCharCode(b[0]);
}

type Tail = (s: string, p: string, start?: number, end?: number, astral?: boolean) => boolean;

/** startswith/endswith of bytes or a tuple of bytes (checked lazily: CPython stops at a match). */
function tailMethod(name: string, f: Tail) {
  return (self: PyObject, [p, st, en]: PyObject[]): PyObject => {
    const s = S(self), start = optIndex(st), end = optIndex(en);
    if (p instanceof PyBytes) return f(s, b2s(p.data), start, end, false) ? True : False;
    if (!(p instanceof PyTuple)) {
      throw pyError(E.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
    }
    for (const x of p.items) if (f(s, b2s(bytesArg(x)), start, end, false)) return True;
    return False;
  };
}

function joinBytes(sep: Uint8Array, iterable: PyObject): Uint8Array {
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
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const b = bufferOf(items[i]);
    if (b === null) {
      throw pyError(E.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
    }
    parts.push(b);
    total += b.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) { out.set(sep, pos); pos += sep.length; }
    out.set(parts[i], pos);
    pos += parts[i].length;
  }
  return out;
}

// ---- registration ----

export function installBytesMethods(t: PyType, tname: string): void {
  const R = (self: PyObject, s: string) => like(self, s2b(s));
  const list = (self: PyObject, parts: string[]) => newList(parts.map((p) => R(self, p)));

  type Search = (s: string, sub: string, start?: number, end?: number, astral?: boolean) => number;
  const search = (name: string, f: Search, raise: boolean) =>
    defPos(t, name, 1, 3, 'clinic', (self, [sub, st, en]) => {
      const r = f(S(self), b2s(subArg(sub)), optIndex(st), optIndex(en), false);
      if (raise && r < 0) throw pyError(E.ValueError, 'subsection not found');
      return newInt(r);
    });
  search('find', strFind, false);
  search('rfind', strRfind, false);
  search('index', strFind, true);
  search('rindex', strRfind, true);
  search('count', strCount, false);
  defPos(t, 'startswith', 1, 3, 'clinic', tailMethod('startswith', strStartswith));
  defPos(t, 'endswith', 1, 3, 'clinic', tailMethod('endswith', strEndswith));

  const kw = (name: string, names: string[], fn: (self: PyObject, a: (PyObject | null)[]) => PyObject) =>
    defMethod(t, name, (args, kwn) => fn(args[0], optionalArgs(name, args, kwn, names)));
  kw('split', ['sep', 'maxsplit'], (self, [sep, max]) => {
    const sp = optBytes(sep), m = limitArg(max);
    return list(self, sp === null ? splitWs(S(self), m) : strSplit(S(self), sp, m));
  });
  kw('rsplit', ['sep', 'maxsplit'], (self, [sep, max]) => {
    const sp = optBytes(sep), m = limitArg(max);
    return list(self, sp === null ? rsplitWs(S(self), m) : strRsplit(S(self), sp, m));
  });
  kw('splitlines', ['keepends'], (self, [keep]) =>
    list(self, splitLinesBytes(S(self), keep !== null && indexValue(keep) != 0)));
  kw('expandtabs', ['tabsize'], (self, [ts]) => R(self, strExpandtabs(S(self), ts === null ? 8 : ssizeArg(ts))));

  const strip = (name: string, left: boolean, right: boolean, f: (s: string, c: string) => string) =>
    defPos(t, name, 0, 1, 'expected', (self, [c]) => {
      const chars = optBytes(c);
      return R(self, chars === null ? stripWs(S(self), left, right) : f(S(self), chars));
    });
  strip('strip', true, true, strStrip);
  strip('lstrip', true, false, strLstrip);
  strip('rstrip', false, true, strRstrip);

  const partition = (name: string, f: (s: string, sep: string) => [string, string, string]) =>
    def1(t, name, (self, sep) => newTuple(f(S(self), b2s(bytesArg(sep))).map((p) => R(self, p))));
  partition('partition', strPartition);
  partition('rpartition', strRpartition);

  defPos(t, 'replace', 2, 3, 'expected', (self, [o, n, c]) =>
    R(self, strReplace(S(self), b2s(bytesArg(o)), b2s(bytesArg(n)), limitArg(c))));
  def1(t, 'join', (self, it) => like(self, joinBytes(D(self), it)));
  def1(t, 'removeprefix', (self, p) => R(self, strRemoveprefix(S(self), b2s(bytesArg(p)))));
  def1(t, 'removesuffix', (self, p) => R(self, strRemovesuffix(S(self), b2s(bytesArg(p)))));

  type Pad = (s: string, width: number, fill?: string, astral?: boolean) => string;
  const pad = (name: string, f: Pad) => defPos(t, name, 1, 2, 'expected', (self, [w, fill]) =>
    R(self, f(S(self), ssizeArg(w), fillArg(name, fill), false)));
  pad('ljust', strLjust);
  pad('rjust', strRjust);
  pad('center', strCenter);
  def1(t, 'zfill', (self, w) => R(self, strZfill(S(self), ssizeArg(w), false)));

  const map = (name: string, f: (d: Uint8Array) => Uint8Array) => def0(t, name, (self) => like(self, f(D(self))));
  map('upper', (d) => mapBytes(d, toUpper));
  map('lower', (d) => mapBytes(d, toLower));
  map('swapcase', (d) => mapBytes(d, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)));
  map('capitalize', (d) => mapBytes(d, (c, i) => (i === 0 ? toUpper(c) : toLower(c))));
  map('title', titleBytes);

  const pred = (name: string, f: (d: Uint8Array) => boolean) => def0(t, name, (self) => (f(D(self)) ? True : False));
  pred('isalpha', (d) => allBytes(d, isAlphaB));
  pred('isalnum', (d) => allBytes(d, (c) => isAlphaB(c) || isDigitB(c)));
  pred('isdigit', (d) => allBytes(d, isDigitB));
  pred('isspace', (d) => allBytes(d, isSpaceByte));
  pred('isascii', (d) => d.every((c) => c < 128));
  pred('islower', (d) => isCaseB(d, isLowerB, isUpperB));
  pred('isupper', (d) => isCaseB(d, isUpperB, isLowerB));
  pred('istitle', isTitleB);

  defMethod(t, 'translate', (args, kwn) => {
    const nkw = kwn === null ? 0 : kwn.length;
    if (args.length - nkw < 2) throw pyError(E.TypeError, `translate() takes at least 1 positional argument (${args.length - nkw - 1} given)`);
    const [table, del] = optionalArgs('translate', args, kwn, ['table', 'delete']);
    let map: Uint8Array | null = null;
    if (table !== None) {
      map = bytesArg(table!);
      if (map.length !== 256) throw pyError(E.ValueError, 'translation table must be 256 characters long');
    }
    const drop = del === null ? null : bytesArg(del);
    const d = D(args[0]);
    const gone = new Uint8Array(256);
    if (drop !== null) for (const c of drop) gone[c] = 1;
    const out: number[] = [];
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (!gone[c]) out.push(map === null ? c : map[c]);
    }
    return like(args[0], Uint8Array.from(out));
  });

  defStatic(t, 'maketrans', (args, kwn) => {
    if (kwn !== null && kwn.length) throw pyError(E.TypeError, 'maketrans() takes no keyword arguments');
    if (args.length !== 2) throw pyError(E.TypeError, `maketrans expected 2 arguments, got ${args.length}`);
    const from = bytesArg(args[0]), to = bytesArg(args[1]);
    if (from.length !== to.length) throw pyError(E.ValueError, 'maketrans arguments must have same length');
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < from.length; i++) out[from[i]] = to[i];
    return newBytes(out);
  });
  void tname;
}
