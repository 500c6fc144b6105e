// dict: construction/update (mappings, pairs, keywords), repr, equality, item access with
// __missing__, the methods, `|`/`|=`, and the keys/values/items views (set operations on keys and
// items) with their iterators, which detect a dict changing size during iteration.

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { newInt, newBool, True, False } from '../objects/int.js';
import { newStr, internStr } from '../objects/str.js';
import { PyList, newList } from '../objects/list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyDict, dictType, newDict } from '../objects/dict.js';
import { PySet, setType } from '../objects/set.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { call, callBound, getIter, iterNext, lenOf, pyEqBool, repr, toArray } from '../vm/ops/protocols.js';
import { contains } from '../vm/ops/arith.js';
import { keyError, setItem } from '../vm/ops/subscript.js';
import { mappingItems, setDictKeysMethod } from '../vm/ops/containers.js';
import { CompareOp } from '../compiler/opcodes.js';
import { defMethod, def0, def1, defStatic, defClassMethod, defMethodN, Kw } from './define.js';
import { reprEnter, reprLeave, listRepr } from './list.js';
import {
  makeSet, setUpdateFrom, setDifferenceUpdate, setSymmetricDifferenceUpdate,
} from './set.js';
import { FastIter, installIterProtocol } from './iterators.js';

function asDict(o: PyObject): PyDict { return o as PyDict; }

// ---- update ----

/** dict_merge / dict_update_arg: `arg` is a mapping (has keys()) or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (arg.cls === dictType) {
    const t = (arg as PyDict).table;
    const keys = t.keys, values = t.values, n = keys.length;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (k !== undefined) d.setItem(k, values[i]!);
    }
    return;
  }
  if (arg.cls.lookup('keys') !== null) {
    for (const [k, v] of mappingItems(arg)) d.setItem(k, v);
    return;
  }
  dictUpdatePairs(d, arg);
}

function dictUpdatePairs(d: PyDict, arg: PyObject): void {
  const it = getIter(arg);
  let n = 0;
  for (let item = iterNext(it); item !== null; item = iterNext(it), n++) {
    let pair: readonly PyObject[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      if (item.cls.lookup('__iter__') === null && item.cls.lookup('__getitem__') === null) {
        throw pyError(E.TypeError, `cannot convert dictionary update sequence element #${n} to a sequence`);
      }
      pair = toArray(item);
    }
    if (pair.length !== 2) {
      throw pyError(E.ValueError,
        `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.setItem(pair[0], pair[1]);
  }
}

/** Keyword arguments (values at the end of args, named by kw) into d. */
function updateKw(d: PyDict, args: PyObject[], kw: Kw): void {
  if (kw === null) return;
  const base = args.length - kw.length;
  for (let i = 0; i < kw.length; i++) d.setItem(internStr(kw[i]), args[base + i]);
}

export function dictCopy(src: PyDict): PyDict {
  const d = newDict();
  const t = src.table; // a subclass keeps the same storage, whatever its keys() says
  for (let i = 0; i < t.keys.length; i++) { const k = t.keys[i]; if (k !== undefined) d.setItem(k, t.values[i]!); }
  return d;
}

// ---- repr and equality ----

export function dictRepr(d: PyDict): string {
  const t = d.table;
  if (t.size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  try {
    let s = '{';
    let first = true;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k === undefined) continue;
      const v = t.values[i]!;
      if (!first) s += ', ';
      first = false;
      s += repr(k) + ': ' + repr(v);
    }
    return s + '}';
  } finally { reprLeave(d); }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  const t = a.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === undefined) continue;
    const av = t.values[i]!;
    const bv = b.getItem(k);
    if (bv === undefined) return false;
    if (av !== bv && !pyEqBool(av, bv)) return false;
  }
  return true;
}

// ---- iterators ----

const enum Kind { KEYS, VALUES, ITEMS }

export const dictKeyIterType = makeBuiltinType('dict_keyiterator', undefined, 0);
export const dictValueIterType = makeBuiltinType('dict_valueiterator', undefined, 0);
export const dictItemIterType = makeBuiltinType('dict_itemiterator', undefined, 0);
export const dictRevKeyIterType = makeBuiltinType('dict_reversekeyiterator', undefined, 0);
export const dictRevValueIterType = makeBuiltinType('dict_reversevalueiterator', undefined, 0);
export const dictRevItemIterType = makeBuiltinType('dict_reverseitemiterator', undefined, 0);
const FWD_TYPES = [dictKeyIterType, dictValueIterType, dictItemIterType];
const REV_TYPES = [dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType];

export class PyDictIter extends PyObject implements FastIter {
  pos: number;
  size: number;
  version: number;
  left: number;
  constructor(public dict: PyDict | null, readonly kind: Kind, readonly reverse: boolean) {
    super((reverse ? REV_TYPES : FWD_TYPES)[kind]);
    const t = dict!.table;
    this.size = t.size;
    this.left = t.size;
    this.version = t.version;
    this.pos = reverse ? t.keys.length - 1 : 0;
  }
  nextFast(): PyObject | null {
    const d = this.dict;
    if (d === null) return null;
    const t = d.table;
    if (t.version !== this.version) {
      if (t.size !== this.size) {
        this.size = -1; // stays broken, as CPython's di_used = -1
        throw pyError(E.RuntimeError, 'dictionary changed size during iteration');
      }
      throw pyError(E.RuntimeError, 'dictionary keys changed during iteration');
    }
    const keys = t.keys;
    let i = this.pos;
    if (this.reverse) {
      while (i >= 0 && keys[i] === undefined) i--;
      if (i < 0) { this.dict = null; return null; }
      this.pos = i - 1;
    } else {
      const n = keys.length;
      while (i < n && keys[i] === undefined) i++;
      if (i >= n) { this.dict = null; return null; }
      this.pos = i + 1;
    }
    this.left--;
    const kind = this.kind;
    if (kind === Kind.KEYS) return keys[i]!;
    if (kind === Kind.VALUES) return t.values[i]!;
    return newTuple([keys[i]!, t.values[i]!]);
  }
  lengthHint(): number {
    return this.dict !== null && this.dict.table.version === this.version ? this.left : 0;
  }
}

// ---- views ----

export const dictKeysType = makeBuiltinType('dict_keys', undefined, 0);
export const dictValuesType = makeBuiltinType('dict_values', undefined, 0);
export const dictItemsType = makeBuiltinType('dict_items', undefined, 0);
const VIEW_TYPES = [dictKeysType, dictValuesType, dictItemsType];

export class PyDictView extends PyObject {
  constructor(public dict: PyDict, readonly kind: Kind) { super(VIEW_TYPES[kind]); }
}

function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.kind !== Kind.VALUES;
}

/** `x in view` for keys and items views. */
function viewContains(v: PyDictView, x: PyObject): boolean {
  if (v.kind === Kind.KEYS) return v.dict.getItem(x) !== undefined;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = v.dict.getItem(x.items[0]);
  return found !== undefined && (found === x.items[1] || pyEqBool(found, x.items[1]));
}

/** dictviews_to_set: set(left); for a keys view of an exact dict, from the dict directly. */
function viewToSet(left: PyObject): PySet {
  if (left instanceof PyDictView && left.kind === Kind.KEYS && left.dict.cls === dictType) {
    return makeSet(setType, left.dict);
  }
  return makeSet(setType, left);
}

function viewIntersection(self: PyObject, other: PyObject): PyObject {
  if (!isSetLikeView(self)) [self, other] = [other, self];
  let v = self as PyDictView;
  const lenSelf = v.dict.size;
  if (other.cls === setType && lenSelf <= (other as PySet).used) {
    return callBound(setType.lookup('intersection')!, other, [v]);
  }
  if (isSetLikeView(other) && other.dict.size > lenSelf) [v, other] = [other, v];
  const result = makeSet(setType, null);
  const it = getIter(other);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) if (viewContains(v, x)) result.add(x);
  return result;
}

function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

function viewRichCompare(self: PyDictView, other: PyObject, op: CompareOp): PyObject {
  if (!(other instanceof PySet) && !isSetLikeView(other)) return NotImplemented;
  const a = self.dict.size, b = lenOf(other);
  switch (op) {
    case CompareOp.EQ: return newBool(a === b && allContainedIn(self, other));
    case CompareOp.NE: return newBool(!(a === b && allContainedIn(self, other)));
    case CompareOp.LT: return newBool(a < b && allContainedIn(self, other));
    case CompareOp.LE: return newBool(a <= b && allContainedIn(self, other));
    case CompareOp.GT: return newBool(a > b && allContainedIn(other, self));
    default: return newBool(a >= b && allContainedIn(other, self));
  }
}

function viewRepr(v: PyDictView): string {
  if (!reprEnter(v)) return '...';
  try {
    const items: PyObject[] = [];
    const it = new PyDictIter(v.dict, v.kind, false);
    for (let x = it.nextFast(); x !== null; x = it.nextFast()) items.push(x);
    return `${v.cls.name}(${listRepr(newList(items))})`;
  } finally { reprLeave(v); }
}

function installViews(): void {
  for (const t of VIEW_TYPES) {
    def0(t, '__len__', (self) => newInt((self as PyDictView).dict.size));
    def0(t, '__iter__', (self) => new PyDictIter((self as PyDictView).dict, (self as PyDictView).kind, false));
    def0(t, '__reversed__', (self) => new PyDictIter((self as PyDictView).dict, (self as PyDictView).kind, true));
    def0(t, '__repr__', (self) => newStr(viewRepr(self as PyDictView)));
  }
  for (const t of [dictKeysType, dictItemsType]) {
    def1(t, '__contains__', (self, x) => newBool(viewContains(self as PyDictView, x)));
    const cmp = (op: CompareOp) => (self: PyObject, o: PyObject) => viewRichCompare(self as PyDictView, o, op);
    def1(t, '__eq__', cmp(CompareOp.EQ));
    def1(t, '__ne__', cmp(CompareOp.NE));
    def1(t, '__lt__', cmp(CompareOp.LT));
    def1(t, '__le__', cmp(CompareOp.LE));
    def1(t, '__gt__', cmp(CompareOp.GT));
    def1(t, '__ge__', cmp(CompareOp.GE));
    t.ns.set('__hash__', None);
    // Set operations; the reflected forms put the other operand on the left, as CPython's slots do.
    const or = (a: PyObject, b: PyObject) => { const r = viewToSet(a); setUpdateFrom(r, b); return r; };
    const sub = (a: PyObject, b: PyObject) => { const r = viewToSet(a); setDifferenceUpdate(r, b); return r; };
    const xor = (a: PyObject, b: PyObject) => { const r = viewToSet(a); setSymmetricDifferenceUpdate(r, b); return r; };
    def1(t, '__and__', (self, o) => viewIntersection(self, o));
    def1(t, '__rand__', (self, o) => viewIntersection(self, o));
    def1(t, '__or__', (self, o) => or(self, o));
    def1(t, '__ror__', (self, o) => or(o, self));
    def1(t, '__sub__', (self, o) => sub(self, o));
    def1(t, '__rsub__', (self, o) => sub(o, self));
    def1(t, '__xor__', (self, o) => xor(self, o));
    def1(t, '__rxor__', (self, o) => xor(o, self));
    def1(t, 'isdisjoint', (self, o) => {
      const v = self as PyDictView;
      if (self === o) return newBool(v.dict.size === 0);
      const it = getIter(o);
      for (let x = iterNext(it); x !== null; x = iterNext(it)) if (viewContains(v, x)) return False;
      return True;
    });
  }
}

// ---- dict itself ----

export function installDict(): void {
  const t: PyType = dictType;
  defStatic(t, '__new__', (args) => {
    const cls = args[0] as PyType;
    return cls === dictType ? newDict() : new PyDict(cls);
  });
  defMethod(t, '__init__', (args, kw) => {
    const self = asDict(args[0]);
    const npos = args.length - 1 - (kw ? kw.length : 0);
    if (npos > 1) throw pyError(E.TypeError, `dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateArg(self, args[1]);
    updateKw(self, args, kw);
    return None;
  });
  def0(t, '__repr__', (self) => newStr(dictRepr(asDict(self))));
  t.ns.set('__hash__', None);
  def1(t, '__eq__', (self, o) => (o instanceof PyDict ? newBool(dictEqual(asDict(self), o)) : NotImplemented));
  def1(t, '__ne__', (self, o) => (o instanceof PyDict ? newBool(!dictEqual(asDict(self), o)) : NotImplemented));
  def0(t, '__len__', (self) => newInt(asDict(self).size));
  def1(t, '__getitem__', (self, key) => {
    const d = asDict(self);
    const v = d.table.get(key);
    if (v !== undefined) return v;
    if (d.cls !== dictType) {
      const m = d.cls.lookup('__missing__');
      if (m !== null) return callBound(m, d, [key]);
    }
    throw keyError(key);
  });
  defMethod(t, '__setitem__', (args) => {
    if (args.length !== 3) throw pyError(E.TypeError, `expected 2 arguments, got ${args.length - 1}`);
    asDict(args[0]).table.set(args[1], args[2]);
    return None;
  });
  def1(t, '__delitem__', (self, key) => {
    if (asDict(self).table.delete(key) === undefined) throw keyError(key);
    return None;
  });
  def1(t, '__contains__', (self, key) => newBool(asDict(self).table.indexOf(key) >= 0));
  def0(t, '__iter__', (self) => new PyDictIter(asDict(self), Kind.KEYS, false));
  def0(t, '__reversed__', (self) => new PyDictIter(asDict(self), Kind.KEYS, true));

  def1(t, '__or__', (self, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = dictCopy(asDict(self));
    dictUpdateArg(r, o);
    return r;
  });
  def1(t, '__ror__', (self, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = dictCopy(o);
    dictUpdateArg(r, self);
    return r;
  });
  def1(t, '__ior__', (self, o) => { dictUpdateArg(asDict(self), o); return self; });

  const keys = def0(t, 'keys', (self) => new PyDictView(asDict(self), Kind.KEYS));
  setDictKeysMethod(keys);
  def0(t, 'values', (self) => new PyDictView(asDict(self), Kind.VALUES));
  def0(t, 'items', (self) => new PyDictView(asDict(self), Kind.ITEMS));

  // get is hot (memo dicts, counters): no argument-array copies.
  defMethod(t, 'get', (args, kw) => {
    const n = args.length - 1;
    if ((kw !== null && kw.length) || n < 1 || n > 2) {
      if (kw !== null && kw.length) throw pyError(E.TypeError, 'dict.get() takes no keyword arguments');
      throw pyError(E.TypeError, n < 1 ? `get expected at least 1 argument, got ${n}` : `get expected at most 2 arguments, got ${n}`);
    }
    const v = asDict(args[0]).table.get(args[1]);
    return v !== undefined ? v : n === 2 ? args[2] : None;
  });
  defMethodN(t, 'setdefault', 1, 2, (self, args) => {
    const d = asDict(self);
    const v = d.table.get(args[0]);
    if (v !== undefined) return v;
    const dflt = args.length > 1 ? args[1] : None;
    d.table.set(args[0], dflt);
    return dflt;
  });
  defMethodN(t, 'pop', 1, 2, (self, args) => {
    const v = asDict(self).table.delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  });
  def0(t, 'popitem', (self) => {
    const table = asDict(self).table;
    const i = table.lastIndex();
    if (i < 0) throw pyError(E.KeyError, 'popitem(): dictionary is empty');
    const k = table.keys[i]!;
    const v = table.deleteAt(i);
    return newTuple([k, v]);
  });
  defMethod(t, 'update', (args, kw) => {
    const self = asDict(args[0]);
    const npos = args.length - 1 - (kw ? kw.length : 0);
    if (npos > 1) throw pyError(E.TypeError, `update expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateArg(self, args[1]);
    updateKw(self, args, kw);
    return None;
  });
  def0(t, 'clear', (self) => { asDict(self).table.clear(); return None; });
  def0(t, 'copy', (self) => dictCopy(asDict(self)));
  defClassMethod(t, 'fromkeys', (args, kw) => {
    if (kw !== null && kw.length) throw pyError(E.TypeError, 'dict.fromkeys() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) throw pyError(E.TypeError, `fromkeys expected at least 1 argument, got ${n}`);
    if (n > 2) throw pyError(E.TypeError, `fromkeys expected at most 2 arguments, got ${n}`);
    const cls = args[0];
    const value = n === 2 ? args[2] : None;
    const d = cls === dictType ? newDict() : call(cls, []);
    const it = getIter(args[1]);
    if (d.cls === dictType) {
      const table = (d as PyDict).table;
      for (let k = iterNext(it); k !== null; k = iterNext(it)) table.set(k, value);
    } else {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) setItem(d, k, value);
    }
    return d;
  });
  def0(t, '__sizeof__', (self) => newInt(48 + 24 * asDict(self).size));

  installViews();
  for (const it of [...FWD_TYPES, ...REV_TYPES]) installIterProtocol(it, true);
}
