// set and frozenset methods, ported from CPython's Objects/setobject.c operation by operation
// (which operand is iterated, when tables are copied or swapped) so that the resulting slot
// layouts — and so iteration order and repr — match CPython's. Also set_iterator.

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { PyInt, newInt, newIntBig, newBool, False } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { PyDict, dictType } from '../objects/dict.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PySet, setType, frozensetType, hashExact, Hash, registerExactHash } from '../objects/set.js';
import { strType, PyStr } from '../objects/str.js';
import { strHash } from './str_util.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import { callBound, getIter, iterNext, repr, isinstanceOf } from '../vm/ops/protocols.js';
import { keyError } from '../vm/ops/subscript.js';
import { defMethod, def0, def1, defStatic, Kw } from './define.js';
import { reprEnter, reprLeave } from './list.js';
import { FastIter, installIterProtocol } from './iterators.js';

// ---- construction and update ----

/** set_update_internal: merge a set, bulk-add a dict's keys, or add an iterable's items. */
export function setUpdateFrom(so: PySet, other: PyObject): void {
  if (other instanceof PySet) { so.merge(other); return; }
  if (other.cls === dictType) {
    const table = (other as PyDict).table;
    const n = table.size;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    const keys = table.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) so.addEntry(k, hashExact(k));
    }
    return;
  }
  const it = getIter(other);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) so.add(v);
}

/** make_new_set: a set of class `cls` filled from `iterable` (when given). */
export function makeSet(cls: PyType, iterable: PyObject | null): PySet {
  const s = new PySet(cls);
  if (iterable !== null) setUpdateFrom(s, iterable);
  return s;
}

/**
 * A frozenset constant as CPython 3.11's compiler builds one (for set displays of 3+ constants,
 * `x in {...}`, `for x in {...}`): from the items, then rebuilt from its own iteration order
 * (compile.c merge_consts_recursive), which fixes the slot layout that displays then copy.
 */
export function frozensetConstant(items: readonly PyObject[]): PySet {
  const first = new PySet(frozensetType);
  for (const x of items) first.add(x);
  if (first.used === 0) return first;
  const again = new PySet(frozensetType);
  for (const x of first.toArray()) again.add(x);
  return again;
}

/** make_new_set_basetype: results of set operations are plain set/frozenset, never a subclass. */
function baseTypeOf(so: PySet): PyType {
  return so.cls === setType || so.cls === frozensetType ? so.cls
    : so.cls.isSubtypeOf(setType) ? setType : frozensetType;
}

export function setCopy(so: PySet): PySet { return makeSet(baseTypeOf(so), so); }

function isFrozenExact(o: PyObject): boolean { return o.cls === frozensetType; }

/** Membership where an unhashable set argument is looked up as a frozenset (set_contains). */
export function setContains(so: PySet, key: PyObject): boolean {
  let h: Hash;
  try {
    h = hashExact(key);
  } catch (e) {
    if (key instanceof PySet && e instanceof PyBaseException && isinstanceOf(e, E.TypeError) &&
        isinstanceOf(key, setType)) {
      return so.has(makeSet(frozensetType, key));
    }
    throw e;
  }
  return so.indexOf(key, h) >= 0;
}

/** discard with the same set-as-frozenset retry; true when found. */
function discardKey(so: PySet, key: PyObject): boolean {
  let h: Hash;
  try {
    h = hashExact(key);
  } catch (e) {
    if (key instanceof PySet && e instanceof PyBaseException && isinstanceOf(e, E.TypeError) &&
        isinstanceOf(key, setType)) {
      return so.discard(makeSet(frozensetType, key));
    }
    throw e;
  }
  return so.discardEntry(key, h);
}

// ---- the operations (so is always a PySet; other may be anything) ----

export function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = makeSet(baseTypeOf(so), null);
  if (other instanceof PySet) {
    let big = so, small = other;
    if (other.used > so.used) { big = other; small = so; }
    for (let i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      const k = small.keys[i]!, h = small.hashes[i];
      if (big.indexOf(k, h) >= 0) result.addEntry(k, h);
    }
    return result;
  }
  const it = getIter(other);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    const h = hashExact(v);
    if (so.indexOf(v, h) >= 0) {
      result.addEntry(v, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function intersectionMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result = so;
  for (const o of others) result = setIntersection(result, o);
  return result;
}

export function setDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) { so.clear(); return; }
  if (other instanceof PySet) {
    let src: PySet = other;
    if ((other.used >> 3) > so.used) src = setIntersection(so, other);
    for (let i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) so.discardEntry(src.keys[i]!, src.hashes[i]);
  } else {
    const it = getIter(other);
    for (let v = iterNext(it); v !== null; v = iterNext(it)) discardKey(so, v);
  }
  // More than a quarter dummies: rebuild.
  if (so.fill - so.used > (so.mask >>> 2)) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

export function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other.cls === dictType) otherSize = (other as PyDict).size;
  else { const r = setCopy(so); setDifferenceUpdate(r, other); return r; }
  if ((so.used >> 2) > otherSize) { const r = setCopy(so); setDifferenceUpdate(r, other); return r; }
  const result = makeSet(baseTypeOf(so), null);
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    const k = so.keys[i]!, h = so.hashes[i];
    const present = other instanceof PySet ? other.indexOf(k, h) >= 0 : (other as PyDict).getItem(k) !== undefined;
    if (!present) result.addEntry(k, h);
  }
  return result;
}

export function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) { so.clear(); return; }
  if (other.cls === dictType) {
    const keys = (other as PyDict).table.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const h = hashExact(k);
      if (!so.discardEntry(k, h)) so.addEntry(k, h);
    }
    return;
  }
  const os = other instanceof PySet ? other : makeSet(baseTypeOf(so), other);
  for (let i = os.nextSlot(0); i >= 0; i = os.nextSlot(i + 1)) {
    const k = os.keys[i]!, h = os.hashes[i];
    if (!so.discardEntry(k, h)) so.addEntry(k, h);
  }
}

export function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const result = makeSet(baseTypeOf(so), other);
  setSymmetricDifferenceUpdate(result, so);
  return result;
}

export function setUnion(so: PySet, others: PyObject[]): PySet {
  const result = setCopy(so);
  for (const o of others) if (o !== so) setUpdateFrom(result, o);
  return result;
}

export function setIsSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) return setIntersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    if (other.indexOf(so.keys[i]!, so.hashes[i]) < 0) return false;
  }
  return true;
}

export function setIsSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const it = getIter(other);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) if (!setContains(so, v)) return false;
  return true;
}

function setIsDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let big = so, small = other;
    if (other.used > so.used) { big = other; small = so; }
    for (let i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      if (big.indexOf(small.keys[i]!, small.hashes[i]) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) if (setContains(so, v)) return false;
  return true;
}

// ---- frozenset hash (64-bit unsigned arithmetic in BigInt; the result is cached) ----

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

export function frozensetHash(so: PySet): Hash {
  if (so.hashCache !== null) return so.hashCache;
  let hash = 0n;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    hash ^= shuffleBits(BigInt.asUintN(64, BigInt(so.hashes[i])));
  }
  hash ^= (BigInt(so.used + 1) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  const r: Hash = signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
  so.hashCache = r;
  return r;
}

// ---- repr and iteration ----

export function setRepr(so: PySet): string {
  const name = so.cls.name;
  if (so.used === 0) return `${name}()`;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    const parts: string[] = [];
    for (const k of so.toArray()) parts.push(repr(k));
    const body = `{${parts.join(', ')}}`;
    return so.cls === setType ? body : `${name}(${body})`;
  } finally { reprLeave(so); }
}

export const setIterType = makeBuiltinType('set_iterator', undefined, 0);

export class PySetIter extends PyObject implements FastIter {
  pos = 0;
  usedAtStart: number;
  left: number;
  constructor(public set: PySet | null) {
    super(setIterType);
    this.usedAtStart = set!.used;
    this.left = set!.used;
  }
  nextFast(): PyObject | null {
    const so = this.set;
    if (so === null) return null;
    if (this.usedAtStart !== so.used) {
      this.usedAtStart = -1; // sticky, as CPython
      throw pyError(E.RuntimeError, 'Set changed size during iteration');
    }
    const i = so.nextSlot(this.pos);
    if (i < 0) { this.set = null; return null; }
    this.pos = i + 1;
    this.left--;
    return so.keys[i]!;
  }
  lengthHint(): number { return this.set !== null && this.usedAtStart === this.set.used ? this.left : 0; }
}

// ---- installation ----

function asSet(o: PyObject): PySet { return o as PySet; }

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${name}() takes no keyword arguments`);
}

/** A method taking any number of positional arguments (set.union(*others) and friends). */
function defVar(t: PyType, name: string, fn: (self: PySet, others: PyObject[]) => PyObject): void {
  defMethod(t, name, (args, kw) => {
    noKw(`${t.name}.${name}`, kw);
    return fn(args[0] as PySet, args.length === 1 ? [] : args.slice(1));
  });
}

function installCommon(t: PyType): void {
  def0(t, '__repr__', (self) => newStr(setRepr(asSet(self))));
  def0(t, '__len__', (self) => newInt(asSet(self).used));
  def1(t, '__contains__', (self, key) => newBool(setContains(asSet(self), key)));
  def0(t, '__iter__', (self) => new PySetIter(asSet(self)));

  // Comparisons: subset/superset semantics; == across set and frozenset.
  def1(t, '__eq__', (self, w) => {
    if (!(w instanceof PySet)) return NotImplemented;
    return newBool(setEquals(asSet(self), w));
  });
  def1(t, '__ne__', (self, w) => {
    if (!(w instanceof PySet)) return NotImplemented;
    return newBool(!setEquals(asSet(self), w));
  });
  def1(t, '__le__', (self, w) => (w instanceof PySet ? newBool(setIsSubset(asSet(self), w)) : NotImplemented));
  def1(t, '__ge__', (self, w) => (w instanceof PySet ? newBool(setIsSuperset(asSet(self), w)) : NotImplemented));
  def1(t, '__lt__', (self, w) => {
    if (!(w instanceof PySet)) return NotImplemented;
    const v = asSet(self);
    return v.used >= w.used ? False : newBool(setIsSubset(v, w));
  });
  def1(t, '__gt__', (self, w) => {
    if (!(w instanceof PySet)) return NotImplemented;
    const v = asSet(self);
    return v.used <= w.used ? False : newBool(setIsSuperset(v, w));
  });

  // Binary operators: both operands must be sets (NotImplemented otherwise).
  const bin = (f: (a: PySet, b: PySet) => PyObject) => (self: PyObject, other: PyObject): PyObject =>
    other instanceof PySet ? f(asSet(self), other) : NotImplemented;
  const rbin = (f: (a: PySet, b: PySet) => PyObject) => (self: PyObject, other: PyObject): PyObject =>
    other instanceof PySet ? f(other, asSet(self)) : NotImplemented;
  const or = (a: PySet, b: PySet) => (a === b ? setCopy(a) : setUnion(a, [b]));
  def1(t, '__or__', bin(or));
  def1(t, '__ror__', rbin(or));
  def1(t, '__and__', bin(setIntersection));
  def1(t, '__rand__', rbin(setIntersection));
  def1(t, '__sub__', bin(setDifference));
  def1(t, '__rsub__', rbin(setDifference));
  def1(t, '__xor__', bin(setSymmetricDifference));
  def1(t, '__rxor__', rbin(setSymmetricDifference));

  defVar(t, 'union', (so, others) => setUnion(so, others));
  defVar(t, 'intersection', (so, others) => intersectionMulti(so, others));
  defVar(t, 'difference', (so, others) => {
    if (others.length === 0) return setCopy(so);
    const r = setDifference(so, others[0]);
    for (let i = 1; i < others.length; i++) setDifferenceUpdate(r, others[i]);
    return r;
  });
  def1(t, 'symmetric_difference', (self, o) => setSymmetricDifference(asSet(self), o));
  def1(t, 'issubset', (self, o) => newBool(setIsSubset(asSet(self), o)));
  def1(t, 'issuperset', (self, o) => newBool(setIsSuperset(asSet(self), o)));
  def1(t, 'isdisjoint', (self, o) => newBool(setIsDisjoint(asSet(self), o)));
}

function setEquals(v: PySet, w: PySet): boolean {
  if (v.used !== w.used) return false;
  if (v.hashCache !== null && w.hashCache !== null && v.hashCache !== w.hashCache) return false;
  return setIsSubset(v, w);
}

export function installSet(): void {
  const t = setType;
  // Subclasses are laid out as sets.
  defStatic(t, '__new__', (args) => new PySet(args[0] as PyType));
  defMethod(t, '__init__', (args, kw) => {
    const self = args[0] as PySet;
    noKw('set', kw);
    const n = args.length - 1;
    if (n > 1) throw pyError(E.TypeError, `set expected at most 1 argument, got ${n}`);
    if (self.fill) self.clear();
    if (n === 1) setUpdateFrom(self, args[1]);
    return None;
  });
  installCommon(t);
  t.ns.set('__hash__', None);

  // In-place operators: NotImplemented unless the other operand is a set; they return self.
  def1(t, '__ior__', (self, o) => { if (!(o instanceof PySet)) return NotImplemented; setUpdateFrom(asSet(self), o); return self; });
  def1(t, '__iand__', (self, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    asSet(self).swapBodies(setIntersection(asSet(self), o));
    return self;
  });
  def1(t, '__isub__', (self, o) => { if (!(o instanceof PySet)) return NotImplemented; setDifferenceUpdate(asSet(self), o); return self; });
  def1(t, '__ixor__', (self, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    setSymmetricDifferenceUpdate(asSet(self), o);
    return self;
  });

  def1(t, 'add', (self, k) => { asSet(self).add(k); return None; });
  def1(t, 'discard', (self, k) => { discardKey(asSet(self), k); return None; });
  def1(t, 'remove', (self, k) => {
    if (!discardKey(asSet(self), k)) throw keyError(k);
    return None;
  });
  def0(t, 'pop', (self) => {
    const k = asSet(self).pop();
    if (k === undefined) throw pyError(E.KeyError, 'pop from an empty set');
    return k;
  });
  def0(t, 'clear', (self) => { asSet(self).clear(); return None; });
  def0(t, 'copy', (self) => setCopy(asSet(self)));
  defVar(t, 'update', (so, others) => { for (const o of others) setUpdateFrom(so, o); return None; });
  defVar(t, 'intersection_update', (so, others) => { so.swapBodies(intersectionMulti(so, others)); return None; });
  defVar(t, 'difference_update', (so, others) => { for (const o of others) setDifferenceUpdate(so, o); return None; });
  def1(t, 'symmetric_difference_update', (self, o) => { setSymmetricDifferenceUpdate(asSet(self), o); return None; });

  const f = frozensetType;
  defStatic(f, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (cls === frozensetType) noKw('frozenset', kw);
    const n = args.length - 1 - (kw ? kw.length : 0);
    if (n > 1) throw pyError(E.TypeError, `${cls.name} expected at most 1 argument, got ${n}`);
    const iterable = n === 1 ? args[1] : null;
    if (cls === frozensetType && iterable !== null && isFrozenExact(iterable)) return iterable;
    return makeSet(cls, iterable);
  });
  installCommon(f);
  def0(f, '__hash__', (self) => newIntBig(frozensetHash(asSet(self))));
  registerExactHash(frozensetType, (o) => frozensetHash(o as PySet));
  // str's __hash__ is strHash (types/str.ts): call it directly, once a probe confirms they agree.
  const strHashMethod = strType.lookup('__hash__');
  if (strHashMethod !== null && strHashMethod !== None) {
    const probe = callBound(strHashMethod, newStr('tspy'), []);
    if (probe instanceof PyInt && probe.value === strHash('tspy')) {
      registerExactHash(strType, (o) => strHash((o as PyStr).value));
    }
  }
  def0(f, 'copy', (self) => (isFrozenExact(self) ? self : setCopy(asSet(self))));

  installIterProtocol(setIterType, true);
}
