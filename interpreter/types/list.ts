// list: construction, repr, comparisons, indexing and slicing (extended slices included), the
// mutating methods, sort, and list_iterator / list_reverseiterator. Also the helpers that tuple,
// dict and set share with it: lexicographic sequence comparison and the repr recursion guard.

import { PyObject, PyType, makeBuiltinType, TF_HEAPTYPE } from '../objects/object.js';
import { PyInt, newInt, newBool, True, False } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { PyList, listType, newList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PySlice } from '../objects/range.js';
import { E, pyError } from '../objects/exceptions.js';
import {
  getIter, iterNext, indexValue, pyEqBool, repr, toArray, truthy, typeName,
} from '../vm/ops/protocols.js';
import { compareOp } from '../vm/ops/arith.js';
import { CompareOp } from '../compiler/opcodes.js';
import { defMethod, def0, def1, defStatic, defMethodN, parseArgs, Kw } from './define.js';
import { sliceIndices } from './slice.js';
import { sortItems } from './sort.js';
import { FastIter, installIterProtocol } from './iterators.js';

// ---- shared helpers ----

/** Objects whose repr is in progress (CPython's Py_ReprEnter): a recursive container prints `...`. */
const reprActive = new Set<PyObject>();
/** False when `o` is already being repr'd further up the stack. */
export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}
export function reprLeave(o: PyObject): void { reprActive.delete(o); }

/** `a == b` for container items: identity first, as CPython's PyObject_RichCompareBool. */
function itemEq(a: PyObject, b: PyObject): boolean { return a === b || pyEqBool(a, b); }

/**
 * Lexicographic comparison of two sequences, as list_richcompare/tuplerichcompare: the first
 * unequal pair decides (compared with `op`), else the lengths. Lengths are re-read each step
 * because __eq__ may mutate a list.
 */
export function seqRichCompare(a: readonly PyObject[], b: readonly PyObject[], op: CompareOp): PyObject {
  if ((op === CompareOp.EQ || op === CompareOp.NE) && a.length !== b.length) {
    return op === CompareOp.EQ ? False : True;
  }
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!itemEq(a[i], b[i])) break;
  if (i >= a.length || i >= b.length) {
    const x = a.length, y = b.length;
    switch (op) {
      case CompareOp.LT: return newBool(x < y);
      case CompareOp.LE: return newBool(x <= y);
      case CompareOp.EQ: return newBool(x === y);
      case CompareOp.NE: return newBool(x !== y);
      case CompareOp.GT: return newBool(x > y);
      default: return newBool(x >= y);
    }
  }
  if (op === CompareOp.EQ) return False;
  if (op === CompareOp.NE) return True;
  return compareOp(a[i], b[i], op);
}

/** The index `o` denotes in a sequence (ints and __index__ objects), as a JS number. */
export function seqIndex(o: PyObject, what: string): number {
  if (o instanceof PyInt) {
    const v = o.value;
    if (typeof v === 'number') return v;
  } else if (o.cls.lookup('__index__') === null) {
    throw pyError(E.TypeError, `${what} indices must be integers or slices, not ${typeName(o)}`);
  }
  const v = indexValue(o);
  if (typeof v === 'bigint') {
    // Within Py_ssize_t it is merely out of range (the caller says so); beyond, CPython's error.
    if (v >= -(1n << 63n) && v < 1n << 63n) return Number(v);
    throw pyError(E.IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  return v;
}

/** The repetition count of `seq * n`, or null when `n` is not an int (NotImplemented/TypeError). */
export function repeatCount(n: PyObject): number | null {
  if (!(n instanceof PyInt) && n.cls.lookup('__index__') === null) return null;
  const v = indexValue(n);
  if (typeof v === 'bigint') {
    if (v <= 0n) return 0;
    throw pyError(E.OverflowError, `cannot fit 'int' into an index-sized integer`);
  }
  return v < 0 ? 0 : v;
}

/** True when a user class on the right may still handle the operator through its reflected method. */
export function rightMayHandle(other: PyObject, rname: string): boolean {
  return (other.cls.flags & TF_HEAPTYPE) !== 0 && other.cls.lookup(rname) !== null;
}

export function repeatItems(items: readonly PyObject[], n: number): PyObject[] {
  if (n === 0 || items.length === 0) return [];
  if (items.length * n > 0x7fffffff) throw pyError(E.MemoryError);
  const out = new Array<PyObject>(items.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return out;
}

/** seq.index(x[, start[, stop]]) bounds: start/stop clamped like slice indices. */
export function clampSearch(arg: PyObject | undefined, len: number, dflt: number): number {
  if (arg === undefined) return dflt;
  const raw = indexValue(arg, () => 'slice indices must be integers or have an __index__ method');
  let v = typeof raw === 'bigint' ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (v < 0) { v += len; if (v < 0) v = 0; }
  return v > len ? len : v;
}

// ---- list itself ----

function items(self: PyObject): PyObject[] { return (self as PyList).items; }

export function listRepr(self: PyObject): string {
  const a = items(self);
  if (a.length === 0) return '[]';
  if (!reprEnter(self)) return '[...]';
  try {
    let s = '[';
    for (let i = 0; i < a.length; i++) {
      if (i) s += ', ';
      s += repr(a[i]);
    }
    return s + ']';
  } finally { reprLeave(self); }
}

export function listExtendFrom(self: PyList, iterable: PyObject): void {
  const a = self.items;
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const src = iterable.items;
    const n = src.length; // a.extend(a) must not loop forever
    for (let i = 0; i < n; i++) a.push(src[i]);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) a.push(v);
}

/** The items assigned to a slice: any iterable, copied first (a[:] = a must see the old items). */
function assignedItems(v: PyObject, extended: boolean): PyObject[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  if (v.cls.lookup('__iter__') === null && v.cls.lookup('__getitem__') === null) {
    throw pyError(E.TypeError, extended ? 'must assign iterable to extended slice' : 'can only assign an iterable');
  }
  return toArray(v);
}

function getSlice(a: readonly PyObject[], s: PySlice): PyObject[] {
  const { start, step, length: n } = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, start + n);
  const out = new Array<PyObject>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = a[j];
  return out;
}

export { getSlice as sliceOf };

function setSlice(self: PyList, s: PySlice, value: PyObject): void {
  const { start, stop, step, length: n } = sliceIndices(s, self.items.length);
  if (step === 1) {
    const src = assignedItems(value, false);
    const a = self.items; // re-read: iterating `value` may have run Python code
    const hi = Math.max(start, Math.min(stop, a.length));
    spliceInsert(a, start, hi - start, src);
    return;
  }
  const src = assignedItems(value, true);
  if (src.length !== n) {
    throw pyError(E.ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  }
  const a = self.items;
  for (let i = 0, j = start; i < n; i++, j += step) a[j] = src[i];
}

function delSlice(self: PyList, s: PySlice): void {
  const { start, step, length: n } = sliceIndices(s, self.items.length);
  if (n === 0) return;
  const a = self.items;
  if (step === 1) { a.splice(start, n); return; }
  // Compact in one pass over the affected range, whatever the step's sign.
  let lo = start, st = step;
  if (st < 0) { lo = start + (n - 1) * st; st = -st; }
  const hi = lo + (n - 1) * st; // last deleted index
  let w = lo;
  for (let r = lo; r < a.length; r++) {
    if (r <= hi && (r - lo) % st === 0) continue;
    a[w++] = a[r];
  }
  a.length = w;
}

/** Inserts a large array without hitting the engine's argument-count limit. */
function spliceInsert(a: PyObject[], at: number, del: number, src: PyObject[]): void {
  if (src.length < 10000) { a.splice(at, del, ...src); return; }
  const tail = a.slice(at + del);
  a.length = at;
  for (let i = 0; i < src.length; i++) a.push(src[i]);
  for (let i = 0; i < tail.length; i++) a.push(tail[i]);
}

function listIndexArgs(self: PyObject, args: PyObject[]): number {
  const a = items(self);
  const x = args[0];
  const start = clampSearch(args[1], a.length, 0);
  const stop = clampSearch(args[2], a.length, a.length);
  for (let i = start; i < stop && i < a.length; i++) if (itemEq(a[i], x)) return i;
  throw pyError(E.ValueError, `${repr(x)} is not in list`);
}

// ---- iterators ----

export const listIterType = makeBuiltinType('list_iterator', undefined, 0);
export const listRevIterType = makeBuiltinType('list_reverseiterator', undefined, 0);

export class PyListIter extends PyObject implements FastIter {
  index = 0;
  constructor(public list: PyList | null) { super(listIterType); }
  nextFast(): PyObject | null {
    const l = this.list;
    if (l !== null) {
      const a = l.items;
      if (this.index < a.length) return a[this.index++];
      this.list = null; // exhausted for good, even if the list grows later
    }
    return null;
  }
  lengthHint(): number { return this.list === null ? 0 : Math.max(0, this.list.items.length - this.index); }
}

export class PyListRevIter extends PyObject implements FastIter {
  index: number;
  constructor(public list: PyList | null) { super(listRevIterType); this.index = list!.items.length - 1; }
  nextFast(): PyObject | null {
    const l = this.list;
    if (l !== null) {
      const a = l.items;
      if (this.index >= 0 && this.index < a.length) return a[this.index--];
      this.list = null;
    }
    return null;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, Math.min(this.index + 1, this.list.items.length));
  }
}

function checkNoKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${name}() takes no keyword arguments`);
}

export function installList(): void {
  const t: PyType = listType;
  // Subclasses (class Stack(list)) must be laid out as lists: list is their solid base.
  defStatic(t, '__new__', (args) => new PyList(args[0] as PyType, []));
  defMethod(t, '__init__', (args, kw) => {
    const self = args[0] as PyList;
    checkNoKw('list', kw);
    const n = args.length - 1;
    if (n > 1) throw pyError(E.TypeError, `list expected at most 1 argument, got ${n}`);
    self.items.length = 0;
    if (n === 1) listExtendFrom(self, args[1]);
    return None;
  });
  def0(t, '__repr__', (self) => newStr(listRepr(self)));
  t.ns.set('__hash__', None);

  const cmp = (op: CompareOp) => (self: PyObject, other: PyObject): PyObject => {
    if (!(other instanceof PyList)) return NotImplemented;
    return seqRichCompare(items(self), other.items, op);
  };
  def1(t, '__eq__', cmp(CompareOp.EQ));
  def1(t, '__ne__', cmp(CompareOp.NE));
  def1(t, '__lt__', cmp(CompareOp.LT));
  def1(t, '__le__', cmp(CompareOp.LE));
  def1(t, '__gt__', cmp(CompareOp.GT));
  def1(t, '__ge__', cmp(CompareOp.GE));

  def0(t, '__len__', (self) => newInt(items(self).length));
  def1(t, '__getitem__', (self, key) => {
    const a = items(self);
    if (key instanceof PySlice) return newList(getSlice(a, key));
    let i = seqIndex(key, 'list');
    if (i < 0) i += a.length;
    if (i >= 0 && i < a.length) return a[i];
    throw pyError(E.IndexError, 'list index out of range');
  });
  defMethod(t, '__setitem__', (args, kw) => {
    checkNoKw('__setitem__', kw);
    if (args.length !== 3) throw pyError(E.TypeError, `expected 2 arguments, got ${args.length - 1}`);
    const self = args[0] as PyList, key = args[1], value = args[2];
    if (key instanceof PySlice) { setSlice(self, key, value); return None; }
    const a = self.items;
    let i = seqIndex(key, 'list');
    if (i < 0) i += a.length;
    if (i >= 0 && i < a.length) { a[i] = value; return None; }
    throw pyError(E.IndexError, 'list assignment index out of range');
  });
  def1(t, '__delitem__', (self, key) => {
    if (key instanceof PySlice) { delSlice(self as PyList, key); return None; }
    const a = items(self);
    let i = seqIndex(key, 'list');
    if (i < 0) i += a.length;
    if (i >= 0 && i < a.length) { a.splice(i, 1); return None; }
    throw pyError(E.IndexError, 'list assignment index out of range');
  });
  def1(t, '__contains__', (self, x) => {
    const a = items(self);
    for (let i = 0; i < a.length; i++) if (itemEq(a[i], x)) return True;
    return False;
  });
  def0(t, '__iter__', (self) => new PyListIter(self as PyList));
  def0(t, '__reversed__', (self) => new PyListRevIter(self as PyList));

  def1(t, '__add__', (self, other) => {
    if (!(other instanceof PyList)) {
      if (rightMayHandle(other, '__radd__')) return NotImplemented;
      throw pyError(E.TypeError, `can only concatenate list (not "${typeName(other)}") to list`);
    }
    return newList(items(self).concat(other.items));
  });
  def1(t, '__iadd__', (self, other) => { listExtendFrom(self as PyList, other); return self; });
  const mul = (self: PyObject, n: PyObject): PyObject => {
    const k = repeatCount(n);
    if (k === null) {
      if (rightMayHandle(n, '__rmul__')) return NotImplemented;
      throw pyError(E.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    return newList(repeatItems(items(self), k));
  };
  def1(t, '__mul__', mul);
  def1(t, '__rmul__', mul);
  def1(t, '__imul__', (self, n) => {
    const k = repeatCount(n);
    if (k === null) {
      if (rightMayHandle(n, '__rmul__')) return NotImplemented;
      throw pyError(E.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    const l = self as PyList;
    l.items = repeatItems(l.items, k);
    return self;
  });

  // append is the hottest method: no arity helper, no slicing of args.
  defMethod(t, 'append', (args, kw) => {
    if (args.length !== 2 || (kw !== null && kw.length)) {
      checkNoKw('list.append', kw);
      throw pyError(E.TypeError, `list.append() takes exactly one argument (${args.length - 1} given)`);
    }
    (args[0] as PyList).items.push(args[1]);
    return None;
  });
  def1(t, 'extend', (self, it) => { listExtendFrom(self as PyList, it); return None; });
  defMethodN(t, 'insert', 2, 2, (self, [where, x]) => {
    const a = items(self);
    const raw = indexValue(where);
    let i = typeof raw === 'bigint' ? (raw < 0n ? -Infinity : Infinity) : raw;
    if (i < 0) { i += a.length; if (i < 0) i = 0; } else if (i > a.length) i = a.length;
    if (i === a.length) a.push(x); else a.splice(i, 0, x);
    return None;
  });
  defMethodN(t, 'pop', 0, 1, (self, args) => {
    const a = items(self);
    if (a.length === 0) throw pyError(E.IndexError, 'pop from empty list');
    if (args.length === 0) return a.pop()!;
    const raw = indexValue(args[0]);
    let i = typeof raw === 'bigint' ? -1 - a.length : raw;
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw pyError(E.IndexError, 'pop index out of range');
    if (i === a.length - 1) return a.pop()!;
    return a.splice(i, 1)[0];
  });
  def1(t, 'remove', (self, x) => {
    const a = items(self);
    for (let i = 0; i < a.length; i++) {
      if (itemEq(a[i], x)) { a.splice(i, 1); return None; }
    }
    throw pyError(E.ValueError, 'list.remove(x): x not in list');
  });
  defMethodN(t, 'index', 1, 3, (self, args) => newInt(listIndexArgs(self, args)));
  def1(t, 'count', (self, x) => {
    const a = items(self);
    let n = 0;
    for (let i = 0; i < a.length; i++) if (itemEq(a[i], x)) n++;
    return newInt(n);
  });
  def0(t, 'reverse', (self) => { items(self).reverse(); return None; });
  defMethod(t, 'sort', (args, kw) => {
    const [key, rev] = parseArgs('sort', args, kw, ['key', 'reverse'], 0, { skip: 1, kwOnlyFrom: 0 });
    listSort(args[0] as PyList, key === null || key === None ? null : key, rev !== null && truthy(rev));
    return None;
  });
  def0(t, 'copy', (self) => newList(items(self).slice()));
  def0(t, 'clear', (self) => { items(self).length = 0; return None; });
  def0(t, '__sizeof__', (self) => newInt(40 + 8 * items(self).length));

  installIterProtocol(listIterType, true);
  installIterProtocol(listRevIterType, true);
}

/**
 * list.sort: while sorting, the list is seen empty (as CPython does), so mutation by a key
 * function or __lt__ is detected ("list modified during sort") instead of corrupting the sort.
 */
export function listSort(l: PyList, key: PyObject | null, reverse: boolean): void {
  const saved = l.items;
  l.items = [];
  try {
    sortItems(saved, key, reverse);
  } finally {
    const modified = l.items.length !== 0;
    l.items = saved;
    if (modified) throw pyError(E.ValueError, 'list modified during sort');
  }
}
