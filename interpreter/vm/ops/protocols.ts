// The core protocols every other helper is built from: type checks, calling objects, special-method
// dispatch, truth, repr/str, hash and equality, len, iteration. The eval loop calls these; the JIT
// calls or specialises the very same functions (semantics written once).

import { PyObject, PyType, typeType } from '../../objects/object.js';
import { PyInt, intType, newBool, True, False } from '../../objects/int.js';
import { PyFloat, floatType } from '../../objects/float.js';
import { PyStr, strType, newStr } from '../../objects/str.js';
import { PyTuple, tupleType } from '../../objects/tuple.js';
import { PyList, listType } from '../../objects/list.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from '../../objects/function.js';
import { E, pyError, PyBaseException } from '../../objects/exceptions.js';
import { callFunction } from '../call.js';
import { PyWrapperDescriptor } from '../../objects/descriptors.js';
import { cpLen } from '../../types/str_util.js';

export function typeName(o: PyObject): string { return o.cls.name; }

export function isinstanceOf(o: PyObject, t: PyType): boolean {
  return o.cls === t || o.cls.isSubtypeOf(t);
}

// ---- calling ----

export type KwNames = readonly string[] | null;

/** Calls any callable: positional args then keyword values, `kwnames` naming the latter. */
export function call(f: PyObject, args: PyObject[], kwnames: KwNames = null): PyObject {
  if (f instanceof PyFunction) return callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) {
    return f.self === null ? f.fn(args, kwnames) : f.fn([f.self, ...args], kwnames);
  }
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyType && f.cls === typeType) return callType(f, args, kwnames);
  const m = f.cls.lookup('__call__');
  if (m === null) throw pyError(E.TypeError, `'${typeName(f)}' object is not callable`);
  return callBound(m, f, args, kwnames);
}

/** Calls an attribute found on a type as a method of `self` (binding as `self.name(...)` would). */
export function callBound(m: PyObject, self: PyObject, args: PyObject[], kwnames: KwNames = null): PyObject {
  if (m instanceof PyFunction) return callFunction(m, [self, ...args], kwnames);
  if (m instanceof PyBuiltinFunction && m.self === null) return m.fn([self, ...args], kwnames);
  return call(bindDescriptor(m, self, self.cls), args, kwnames);
}

/** Binds a class attribute to an instance via `__get__` (functions, descriptors of any kind). */
export function bindDescriptor(attr: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  if (attr instanceof PyFunction) return obj === null ? attr : new PyMethod(attr, obj);
  if (attr instanceof PyBuiltinFunction) {
    return obj === null || attr.self !== null || attr.owner === null ? attr : new PyMethod(attr, obj);
  }
  const get = attr.cls.lookup('__get__');
  if (get === null) return attr;
  return callBound(get, attr, [obj ?? None, owner]);
}

/** type(...)-style instantiation for classes whose metaclass is plain `type`. */
export function callType(cls: PyType, args: PyObject[], kwnames: KwNames): PyObject {
  if (cls === typeType && args.length === 1 && kwnames === null) return args[0].cls;
  const newAttr = cls.lookup('__new__')!;
  const newFn = newAttr instanceof PyWrapperDescriptor ? newAttr.callable : newAttr;
  const obj = call(newFn, [cls, ...args], kwnames);
  if (!isinstanceOf(obj, cls)) return obj;
  const init = obj.cls.lookup('__init__');
  if (init !== null && init !== objectInit) {
    const r = callBound(init, obj, args, kwnames);
    if (r !== None) throw pyError(E.TypeError, `__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

/** object.__init__, set by the object type's installer (callType skips it). */
export let objectInit: PyObject | null = null;
export function setObjectInit(f: PyObject): void { objectInit = f; }

/** Looks up a special method on the type (never the instance) and calls it; null if absent. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = o.cls.lookup(name);
  if (m === null) return null;
  return callBound(m, o, args);
}

// ---- truth, repr, str ----

export function truthy(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const cls = o.cls;
  if (cls === intType) return (o as PyInt).value !== 0 && (o as PyInt).value !== 0n;
  if (cls === strType) return (o as PyStr).value.length !== 0;
  if (cls === listType) return (o as PyList).items.length !== 0;
  if (cls === tupleType) return (o as PyTuple).items.length !== 0;
  if (cls === floatType) return (o as PyFloat).value !== 0;
  const b = cls.lookup('__bool__');
  if (b !== null) {
    const r = callBound(b, o, []);
    if (r === True) return true;
    if (r === False) return false;
    throw pyError(E.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
  }
  const l = cls.lookup('__len__');
  if (l !== null) return lenOf(o) !== 0;
  return true;
}

export function repr(o: PyObject): string {
  const m = o.cls.lookup('__repr__');
  const r = m === null ? defaultRepr(o) : callBound(m, o, []);
  if (!(r instanceof PyStr)) throw pyError(E.TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
  return r.value;
}

export function str(o: PyObject): string {
  if (o.cls === strType) return (o as PyStr).value;
  const m = o.cls.lookup('__str__');
  const r = m === null ? newStr(repr(o)) : callBound(m, o, []);
  if (!(r instanceof PyStr)) throw pyError(E.TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  return r.value;
}

export function defaultRepr(o: PyObject): PyStr {
  const t = o.cls;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return newStr(`<${mod}${t.qualname} object at ${addressOf(o)}>`);
}

const ids = new WeakMap<PyObject, number>();
let nextId = 0x7f0000001000;
/** A stable fake address per object, used by id() and default reprs. */
export function idOf(o: PyObject): number {
  let v = ids.get(o);
  if (v === undefined) { v = nextId; nextId += 48; ids.set(o, v); }
  return v;
}
export function addressOf(o: PyObject): string { return '0x' + idOf(o).toString(16).padStart(12, '0'); }

// ---- hashing and equality ----

/** True when `o` hashes and compares by identity (object's __hash__ and __eq__ not overridden). */
export function hasIdentityHash(o: PyObject): boolean {
  const cls = o.cls;
  return cls.lookup('__hash__') === objectHash && cls.lookup('__eq__') === objectEq;
}
export let objectHash: PyObject | null = null;
export let objectEq: PyObject | null = null;
export function setObjectHashEq(h: PyObject, e: PyObject): void { objectHash = h; objectEq = e; }

export function pyHash(o: PyObject): number {
  const m = o.cls.lookup('__hash__');
  if (m === null || m === None) throw pyError(E.TypeError, `unhashable type: '${typeName(o)}'`);
  const r = callBound(m, o, []);
  if (!(r instanceof PyInt)) throw pyError(E.TypeError, '__hash__ method should return an integer');
  const v = r.value;
  return typeof v === 'number' ? v : Number(BigInt.asIntN(64, v));
}

/** `a == b` as a bool, with the identity shortcut CPython's containers use. */
export function pyEqBool(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  return truthy(richCompareEq(a, b));
}

/** `a == b` (the rich comparison with reflection and the identity fallback). */
export function richCompareEq(a: PyObject, b: PyObject): PyObject {
  const ca = a.cls;
  if (ca === b.cls) {
    if (ca === strType) return newBool((a as PyStr).value === (b as PyStr).value);
    if (ca === intType) return newBool((a as PyInt).value === (b as PyInt).value);
  }
  return richCompare(a, b, '__eq__', '__eq__');
}

/** Generic rich comparison: a.op(b), then reflected b.rop(a), subclass first as CPython does. */
export function richCompare(a: PyObject, b: PyObject, op: string, rop: string): PyObject {
  let triedReflected = false;
  if (a.cls !== b.cls && b.cls.isSubtypeOf(a.cls) && b.cls.lookup(rop) !== a.cls.lookup(rop)) {
    triedReflected = true;
    const r = callSpecial(b, rop, [a]);
    if (r !== null && r !== NotImplemented) return r;
  }
  const r1 = callSpecial(a, op, [b]);
  if (r1 !== null && r1 !== NotImplemented) return r1;
  if (!triedReflected) {
    const r2 = callSpecial(b, rop, [a]);
    if (r2 !== null && r2 !== NotImplemented) return r2;
  }
  if (op === '__eq__') return newBool(a === b);
  if (op === '__ne__') return newBool(a !== b);
  const sym = { __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' }[op]!;
  throw pyError(E.TypeError,
    `'${sym}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

// ---- len and iteration ----

export function lenOf(o: PyObject): number {
  const cls = o.cls;
  if (cls === listType) return (o as PyList).items.length;
  if (cls === tupleType) return (o as PyTuple).items.length;
  if (cls === strType) return cpLen(o as PyStr);
  const m = cls.lookup('__len__');
  if (m === null) throw pyError(E.TypeError, `object of type '${typeName(o)}' has no len()`);
  const r = callBound(m, o, []);
  const n = indexValue(r, () => `'${typeName(r)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint') throw pyError(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  if (n < 0) throw pyError(E.ValueError, '__len__() should return >= 0');
  return n;
}

/** The int value of an object supporting __index__ (ints, bools, user classes). */
export function indexValue(o: PyObject, msg?: () => string): number | bigint {
  if (o instanceof PyInt) return o.value;
  const m = o.cls.lookup('__index__');
  if (m === null) {
    throw pyError(E.TypeError, msg ? msg() : `'${typeName(o)}' object cannot be interpreted as an integer`);
  }
  const r = callBound(m, o, []);
  if (!(r instanceof PyInt)) throw pyError(E.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  return r.value;
}

/** An index as a JS number (OverflowError beyond the safe range, as CPython's Py_ssize_t). */
export function indexNumber(o: PyObject, msg?: () => string): number {
  const v = indexValue(o, msg);
  if (typeof v === 'bigint') {
    throw pyError(E.IndexError, `cannot fit '${typeName(o)}' into an index-sized integer`);
  }
  return v;
}

export function getIter(o: PyObject): PyObject {
  const m = o.cls.lookup('__iter__');
  if (m !== null && m !== None) {
    const it = callBound(m, o, []);
    if (it.cls.lookup('__next__') === null) {
      throw pyError(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (m === null && o.cls.lookup('__getitem__') !== null) return makeSeqIter(o);
  throw pyError(E.TypeError, `'${typeName(o)}' object is not iterable`);
}

/** Set by the iterator types' installer: the iterator over a __getitem__ sequence. */
let makeSeqIter: (o: PyObject) => PyObject = () => { throw new Error('seqiter not installed'); };
export function setSeqIterFactory(f: (o: PyObject) => PyObject): void { makeSeqIter = f; }

/**
 * next(it), or null when the iterator is exhausted. Builtin iterators implement `nextFast` in TS
 * so that for-loops over lists, ranges and dicts never raise StopIteration internally.
 */
export function iterNext(it: PyObject): PyObject | null {
  const fast = (it as { nextFast?: () => PyObject | null }).nextFast;
  if (fast !== undefined) return fast.call(it);
  const m = it.cls.lookup('__next__');
  if (m === null) throw pyError(E.TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callBound(m, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.StopIteration)) return null;
    throw e;
  }
}

/** Collects any iterable into a JS array (list/tuple fast paths). */
export function toArray(o: PyObject): PyObject[] {
  if (o.cls === listType) return (o as PyList).items.slice();
  if (o.cls === tupleType) return (o as PyTuple).items.slice();
  const it = getIter(o);
  const out: PyObject[] = [];
  for (let v = iterNext(it); v !== null; v = iterNext(it)) out.push(v);
  return out;
}

