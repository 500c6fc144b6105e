// tuple: construction, repr, comparisons, CPython 3.11's xxHash-based tuple hash (so hash((1, 2))
// equals CPython's), indexing and slicing, concatenation/repetition, count/index, tuple_iterator.

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { newInt, newIntBig, True, False } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { PyTuple, tupleType, newTuple } from '../objects/tuple.js';
import { NotImplemented } from '../objects/singletons.js';
import { PySlice } from '../objects/range.js';
import { hashExact, registerExactHash } from '../objects/set.js';
import { E, pyError } from '../objects/exceptions.js';
import { pyEqBool, repr, toArray, typeName } from '../vm/ops/protocols.js';
import { CompareOp } from '../compiler/opcodes.js';
import { def0, def1, defStatic, defMethodN } from './define.js';
import {
  seqRichCompare, seqIndex, sliceOf, repeatCount, repeatItems, rightMayHandle, reprEnter, reprLeave, clampSearch,
} from './list.js';
import { FastIter, installIterProtocol } from './iterators.js';
import { sliceIndices } from './slice.js';

// ---- the hash: 64-bit unsigned arithmetic on (hi, lo) uint32 pairs, no BigInt on the hot path ----

const TWO32 = 4294967296;
let rHi = 0, rLo = 0; // results of mul64 (no allocation; callers copy them out immediately)

/** (aHi,aLo) * (bHi,bLo) mod 2**64 into rHi/rLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33
  const midLo = mid % 65536, midHi = Math.floor(mid / 65536);
  const t = a0 * b0 + midLo * 65536; // < 2**33
  rLo = t >>> 0;
  const carry = Math.floor(t / TWO32);
  rHi = (a1 * b1 + midHi + carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

// _PyHASH_XXPRIME_1, _2, _5 as (hi, lo).
const P1H = 0x9E3779B1, P1L = 0x85EBCA87; // 11400714785074694791
const P2H = 0xC2B2AE3D, P2L = 0x27D4EB4F; // 14029467366897019727
const P5H = 0x27D4EB2F, P5L = 0x165667C5; // 2870177450012600261

/** Splits a hash (number or bigint, signed 64-bit) into its two's-complement (hi, lo) words. */
function hashWords(h: number | bigint): [number, number] {
  if (typeof h === 'number') return [Math.floor(h / TWO32) >>> 0, h >>> 0];
  const u = BigInt.asUintN(64, h);
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

/** A signed 64-bit value from (hi, lo) as a normalised Python int value. */
function fromWords(hi: number, lo: number): number | bigint {
  const sHi = hi >= 0x80000000 ? hi - TWO32 : hi;
  if (sHi >= -0x200000 && sHi < 0x200000) return sHi * TWO32 + lo; // |value| < 2**53
  return (BigInt(sHi) << 32n) | BigInt(lo);
}

/** CPython 3.11 tuplehash over the items' hashes. */
export function tupleHash(items: readonly PyObject[]): number | bigint {
  let accHi = P5H, accLo = P5L;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const h = hashExact(items[i]);
    let lHi: number, lLo: number;
    if (typeof h === 'number') { lHi = Math.floor(h / TWO32) >>> 0; lLo = h >>> 0; }
    else [lHi, lLo] = hashWords(h);
    mul64(lHi, lLo, P2H, P2L); // acc += lane * PRIME_2
    const lo = accLo + rLo;
    accHi = (accHi + rHi + (lo >= TWO32 ? 1 : 0)) >>> 0;
    accLo = lo >>> 0;
    // acc = rotl(acc, 31)
    const nHi = ((accHi << 31) | (accLo >>> 1)) >>> 0;
    const nLo = ((accLo << 31) | (accHi >>> 1)) >>> 0;
    mul64(nHi, nLo, P1H, P1L); // acc *= PRIME_1
    accHi = rHi; accLo = rLo;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const xHi = P5H, xLo = ((n ^ (P5L ^ 3527539)) >>> 0);
  const lo = accLo + xLo;
  accHi = (accHi + xHi + (lo >= TWO32 ? 1 : 0)) >>> 0;
  accLo = lo >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) return 1546275796;
  return fromWords(accHi, accLo);
}

export { hashWords };

// ---- tuple itself ----

function items(self: PyObject): readonly PyObject[] { return (self as PyTuple).items; }

export function tupleRepr(self: PyObject): string {
  const a = items(self);
  if (a.length === 0) return '()';
  if (!reprEnter(self)) return '(...)';
  try {
    if (a.length === 1) return `(${repr(a[0])},)`;
    let s = '(';
    for (let i = 0; i < a.length; i++) {
      if (i) s += ', ';
      s += repr(a[i]);
    }
    return s + ')';
  } finally { reprLeave(self); }
}

export const tupleIterType = makeBuiltinType('tuple_iterator', undefined, 0);

export class PyTupleIter extends PyObject implements FastIter {
  index = 0;
  constructor(public tuple: PyTuple | null) { super(tupleIterType); }
  nextFast(): PyObject | null {
    const t = this.tuple;
    if (t !== null) {
      const a = t.items;
      if (this.index < a.length) return a[this.index++];
      this.tuple = null;
    }
    return null;
  }
  lengthHint(): number { return this.tuple === null ? 0 : this.tuple.items.length - this.index; }
}

/** A tuple of class `cls` (tuple or a subclass) holding `a`. */
export function makeTuple(cls: PyType, a: PyObject[]): PyTuple {
  return cls === tupleType ? newTuple(a) : new PyTuple(cls, a);
}

export function installTuple(): void {
  const t: PyType = tupleType;
  defStatic(t, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (kw !== null && kw.length) throw pyError(E.TypeError, 'tuple() takes no keyword arguments');
    const n = args.length - 1;
    if (n > 1) throw pyError(E.TypeError, `tuple expected at most 1 argument, got ${n}`);
    if (n === 0) return makeTuple(cls, []);
    const src = args[1];
    if (cls === tupleType && src.cls === tupleType) return src;
    return makeTuple(cls, toArray(src));
  });
  def0(t, '__repr__', (self) => newStr(tupleRepr(self)));
  def0(t, '__hash__', (self) => newIntBig(tupleHash(items(self))));
  registerExactHash(tupleType, (o) => tupleHash((o as PyTuple).items));

  const cmp = (op: CompareOp) => (self: PyObject, other: PyObject): PyObject => {
    if (!(other instanceof PyTuple)) return NotImplemented;
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
    if (key instanceof PySlice) {
      const { start, step, length: n } = sliceIndices(key, a.length);
      if (start === 0 && step === 1 && n === a.length && self.cls === tupleType) return self;
      return newTuple(sliceOf(a, key));
    }
    let i = seqIndex(key, 'tuple');
    if (i < 0) i += a.length;
    if (i >= 0 && i < a.length) return a[i];
    throw pyError(E.IndexError, 'tuple index out of range');
  });
  def1(t, '__contains__', (self, x) => {
    const a = items(self);
    for (let i = 0; i < a.length; i++) if (a[i] === x || pyEqBool(a[i], x)) return True;
    return False;
  });
  def0(t, '__iter__', (self) => new PyTupleIter(self as PyTuple));
  def1(t, '__add__', (self, other) => {
    if (!(other instanceof PyTuple)) {
      if (rightMayHandle(other, '__radd__')) return NotImplemented;
      throw pyError(E.TypeError, `can only concatenate tuple (not "${typeName(other)}") to tuple`);
    }
    if (other.items.length === 0 && self.cls === tupleType) return self;
    if (items(self).length === 0 && other.cls === tupleType) return other;
    return newTuple(items(self).concat(other.items));
  });
  const mul = (self: PyObject, n: PyObject): PyObject => {
    const k = repeatCount(n);
    if (k === null) {
      if (rightMayHandle(n, '__rmul__')) return NotImplemented;
      throw pyError(E.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    if (k === 1 && self.cls === tupleType) return self;
    return newTuple(repeatItems(items(self), k));
  };
  def1(t, '__mul__', mul);
  def1(t, '__rmul__', mul);
  def1(t, 'count', (self, x) => {
    const a = items(self);
    let n = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === x || pyEqBool(a[i], x)) n++;
    return newInt(n);
  });
  defMethodN(t, 'index', 1, 3, (self, args) => {
    const a = items(self);
    const x = args[0];
    const start = clampSearch(args[1], a.length, 0);
    const stop = clampSearch(args[2], a.length, a.length);
    for (let i = start; i < stop; i++) if (a[i] === x || pyEqBool(a[i], x)) return newInt(i);
    throw pyError(E.ValueError, 'tuple.index(x): x not in tuple');
  });
  def0(t, '__getnewargs__', (self) => newTuple([newTuple(items(self).slice())]));
  installIterProtocol(tupleIterType, true);
}
