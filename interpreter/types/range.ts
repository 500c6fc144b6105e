// range: construction (any int size), len/indexing/slicing/containment in O(1), equality and hash
// as CPython's, and range_iterator — the hottest iterator of all, kept to plain number arithmetic
// (longrange_iterator takes over when a bound is beyond 2**53).

import { PyObject, makeBuiltinType } from '../objects/object.js';
import { PyInt, intType, boolType, newInt, newIntBig, newBool, True, False } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyRange, PySlice, rangeType } from '../objects/range.js';
import { E, pyError } from '../objects/exceptions.js';
import { getIter, indexValue, iterNext, pyEqBool, repr } from '../vm/ops/protocols.js';
import { defMethod, def0, def1, defStatic, defGetter } from './define.js';
import { sliceIndicesBig } from './slice.js';
import { tupleHash } from './tuple.js';
import { FastIter, installIterProtocol } from './iterators.js';

type Int = number | bigint;

function norm(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** compute_range_length: number arithmetic when exact, else bigint. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    let lo = start, hi = stop, st = step;
    if (st < 0) { lo = stop; hi = start; st = -st; }
    if (lo >= hi) return 0;
    const span = hi - lo - 1;
    if (Number.isSafeInteger(span)) return Math.floor(span / st) + 1;
  }
  let lo = BigInt(start), hi = BigInt(stop), st = BigInt(step);
  if (st < 0n) { lo = BigInt(stop); hi = BigInt(start); st = -st; }
  if (lo >= hi) return 0;
  return norm((hi - lo - 1n) / st + 1n);
}

export function makeRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

/** start + i * step, exactly. */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return norm(BigInt(r.start) + BigInt(i) * BigInt(r.step));
}

function isIntExact(o: PyObject): o is PyInt { return o.cls === intType || o.cls === boolType; }

/** range_contains_long: bounds check then divisibility. */
function containsInt(r: PyRange, v: Int): boolean {
  const { start, stop, step } = r;
  if (typeof v === 'number' && typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0 ? !(start <= v && v < stop) : !(stop < v && v <= start)) return false;
    return (v - start) % step === 0;
  }
  const b = BigInt(v), s = BigInt(start), e = BigInt(stop), st = BigInt(step);
  if (st > 0n ? !(s <= b && b < e) : !(e < b && b <= s)) return false;
  return (b - s) % st === 0n;
}

function rangeIndexOfInt(r: PyRange, v: Int): Int {
  if (typeof v === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    return (v - r.start) / r.step;
  }
  return norm((BigInt(v) - BigInt(r.start)) / BigInt(r.step));
}

// ---- iterators ----

export const rangeIterType = makeBuiltinType('range_iterator', undefined, 0);
export const longRangeIterType = makeBuiltinType('longrange_iterator', undefined, 0);

export class PyRangeIter extends PyObject implements FastIter {
  constructor(public next: number, public readonly step: number, public left: number) { super(rangeIterType); }
  nextFast(): PyObject | null {
    if (this.left <= 0) return null;
    this.left--;
    const v = this.next;
    this.next = v + this.step;
    return newInt(v);
  }
  lengthHint(): number { return this.left; }
}

export class PyLongRangeIter extends PyObject implements FastIter {
  constructor(public next: bigint, public readonly step: bigint, public left: bigint) { super(longRangeIterType); }
  nextFast(): PyObject | null {
    if (this.left <= 0n) return null;
    this.left--;
    const v = this.next;
    this.next = v + this.step;
    return newIntBig(v);
  }
  lengthHint(): number { return Number(this.left); }
}

/** An iterator over `len` values from `start` by `step`, on numbers whenever every value is safe. */
function rangeIter(start: Int, step: Int, len: Int): PyObject {
  if (typeof start === 'number' && typeof step === 'number' && typeof len === 'number') {
    const last = start + (len - 1) * step;
    if (len === 0 || Number.isSafeInteger(last)) return new PyRangeIter(start, step, len);
  }
  return new PyLongRangeIter(BigInt(start), BigInt(step), BigInt(len));
}

// ---- installation ----

function asRange(o: PyObject): PyRange { return o as PyRange; }

const notInt = (o: PyObject) => () => `'${o.cls.name}' object cannot be interpreted as an integer`;

export function installRange(): void {
  const t = rangeType;
  defStatic(t, '__new__', (args, kw) => {
    if (kw !== null && kw.length) throw pyError(E.TypeError, 'range() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) throw pyError(E.TypeError, `range expected at least 1 argument, got ${n}`);
    if (n > 3) throw pyError(E.TypeError, `range expected at most 3 arguments, got ${n}`);
    if (n === 1) return makeRange(0, indexValue(args[1], notInt(args[1])), 1);
    const start = indexValue(args[1], notInt(args[1]));
    const stop = indexValue(args[2], notInt(args[2]));
    let step: Int = 1;
    if (n === 3) {
      step = indexValue(args[3], notInt(args[3]));
      if (step === 0 || step === 0n) throw pyError(E.ValueError, 'range() arg 3 must not be zero');
    }
    return makeRange(start, stop, step);
  });
  def0(t, '__repr__', (self) => {
    const r = asRange(self);
    const step = r.step === 1 ? '' : `, ${r.step}`;
    return newStr(`range(${r.start}, ${r.stop}${step})`);
  });
  def0(t, '__len__', (self) => {
    const len = asRange(self).length;
    if (typeof len === 'bigint') throw pyError(E.OverflowError, 'Python int too large to convert to C ssize_t');
    return newInt(len);
  });
  def0(t, '__bool__', (self) => newBool(asRange(self).length !== 0));
  def1(t, '__getitem__', (self, key) => {
    const r = asRange(self);
    if (key instanceof PySlice) {
      const [s0, s1, s2] = sliceIndicesBig(key, BigInt(r.length));
      const start = BigInt(r.start), step = BigInt(r.step);
      return makeRange(norm(start + s0 * step), norm(start + s1 * step), norm(step * s2));
    }
    if (!isIntExact(key) && key.cls.lookup('__index__') === null) {
      throw pyError(E.TypeError, `range indices must be integers or slices, not ${key.cls.name}`);
    }
    let i = indexValue(key);
    const len = r.length;
    if (typeof i === 'number' && typeof len === 'number') {
      if (i < 0) i += len;
      if (i < 0 || i >= len) throw pyError(E.IndexError, 'range object index out of range');
      return newIntBig(itemAt(r, i));
    }
    let b = BigInt(i);
    if (b < 0n) b += BigInt(len);
    if (b < 0n || b >= BigInt(len)) throw pyError(E.IndexError, 'range object index out of range');
    return newIntBig(itemAt(r, norm(b)));
  });
  def1(t, '__contains__', (self, x) => {
    const r = asRange(self);
    if (isIntExact(x)) return newBool(containsInt(r, x.value));
    const it = getIter(self);
    for (let v = iterNext(it); v !== null; v = iterNext(it)) if (pyEqBool(v, x)) return True;
    return False;
  });
  def0(t, '__iter__', (self) => {
    const r = asRange(self);
    return rangeIter(r.start, r.step, r.length);
  });
  def0(t, '__reversed__', (self) => {
    const r = asRange(self);
    if (r.length === 0) return rangeIter(r.start, r.step, 0);
    const last = itemAt(r, typeof r.length === 'number' ? r.length - 1 : norm(r.length - 1n));
    const negStep = typeof r.step === 'number' ? -r.step : norm(-r.step);
    return rangeIter(last, negStep, r.length);
  });
  def1(t, '__eq__', (self, o) => (o instanceof PyRange ? newBool(rangeEquals(asRange(self), o)) : NotImplemented));
  def1(t, '__ne__', (self, o) => (o instanceof PyRange ? newBool(!rangeEquals(asRange(self), o)) : NotImplemented));
  def0(t, '__hash__', (self) => {
    // hash((len, start, step)) with None for what does not matter, so equal ranges hash equal.
    const r = asRange(self);
    const len = newIntBig(r.length);
    const items = r.length === 0 ? [len, None, None]
      : r.length === 1 ? [len, newIntBig(r.start), None]
        : [len, newIntBig(r.start), newIntBig(r.step)];
    return newIntBig(tupleHash(items));
  });
  def1(t, 'count', (self, x) => {
    const r = asRange(self);
    if (isIntExact(x)) return newInt(containsInt(r, x.value) ? 1 : 0);
    let n = 0;
    const it = getIter(self);
    for (let v = iterNext(it); v !== null; v = iterNext(it)) if (pyEqBool(v, x)) n++;
    return newInt(n);
  });
  def1(t, 'index', (self, x) => {
    const r = asRange(self);
    if (isIntExact(x)) {
      if (!containsInt(r, x.value)) throw pyError(E.ValueError, `${repr(x)} is not in range`);
      return newIntBig(rangeIndexOfInt(r, x.value));
    }
    let i = 0;
    const it = getIter(self);
    for (let v = iterNext(it); v !== null; v = iterNext(it), i++) if (pyEqBool(v, x)) return newInt(i);
    throw pyError(E.ValueError, 'sequence.index(x): x not in sequence');
  });
  defGetter(t, 'start', (self) => newIntBig(asRange(self).start));
  defGetter(t, 'stop', (self) => newIntBig(asRange(self).stop));
  defGetter(t, 'step', (self) => newIntBig(asRange(self).step));
  defMethod(t, '__reduce__', (args) => {
    const r = asRange(args[0]);
    return newTupleOf(rangeType, [newIntBig(r.start), newIntBig(r.stop), newIntBig(r.step)]);
  });

  installIterProtocol(rangeIterType, true);
  installIterProtocol(longRangeIterType, true);
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

function newTupleOf(cls: PyObject, args: PyObject[]): PyObject { return newTuple([cls, newTuple(args)]); }
