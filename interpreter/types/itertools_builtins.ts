// The iterator types that are builtins: enumerate, zip (strict=), map, filter and reversed.
// Each is a Python-visible, subclassable type whose instances iterate through `nextFast`; the
// builtins module exposes the exported type objects under their names.

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { newInt, newIntBig, boolType } from '../objects/int.js';
import { newTuple } from '../objects/tuple.js';
import { dictType } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { call, callBound, getIter, indexValue, iterNext, lenOf, truthy, typeName } from '../vm/ops/protocols.js';
import { defStatic, parseArgs, Kw } from './define.js';
import { FastIter, installIterProtocol, disableFastPathIfOverridden, endsSequence } from './iterators.js';

export const enumerateType = makeBuiltinType('enumerate');
export const zipType = makeBuiltinType('zip');
export const mapType = makeBuiltinType('map');
export const filterType = makeBuiltinType('filter');
export const reversedType = makeBuiltinType('reversed');

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${name}() takes no keyword arguments`);
}

// ---- enumerate ----

export class PyEnumerate extends PyObject implements FastIter {
  /** The next index; a bigint once past 2**53. */
  constructor(cls: PyType, public it: PyObject | null, public count: number | bigint) { super(cls); }
  nextFast(): PyObject | null {
    const it = this.it;
    if (it === null) return null;
    const v = iterNext(it);
    if (v === null) { this.it = null; return null; }
    const c = this.count;
    if (typeof c === 'number') {
      this.count = c < Number.MAX_SAFE_INTEGER ? c + 1 : BigInt(c) + 1n;
      return newTuple([newInt(c), v]);
    }
    this.count = c + 1n;
    return newTuple([newIntBig(c), v]);
  }
}

/** enumerate(iterable, start=0) from TS (e.g. the builtins' fast paths). */
export function newEnumerate(iterable: PyObject, start: number | bigint = 0): PyEnumerate {
  return new PyEnumerate(enumerateType, getIter(iterable), start);
}

// ---- zip ----

export class PyZip extends PyObject implements FastIter {
  constructor(cls: PyType, public its: PyObject[], public strict: boolean) { super(cls); }
  nextFast(): PyObject | null {
    const its = this.its, n = its.length;
    if (n === 0) return null;
    const out = new Array<PyObject>(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(its[i]);
      if (v === null) {
        if (this.strict) this.strictCheck(i);
        return null;
      }
      out[i] = v;
    }
    return newTuple(out);
  }
  /** strict=True: iterator `i` ended; every other one must end at the same time. */
  private strictCheck(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw pyError(E.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < this.its.length; j++) {
      if (iterNext(this.its[j]) !== null) {
        const plural = j === 1 ? ' ' : 's 1-';
        throw pyError(E.ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

// ---- map ----

export class PyMap extends PyObject implements FastIter {
  constructor(cls: PyType, public func: PyObject, public its: PyObject[]) { super(cls); }
  nextFast(): PyObject | null {
    const its = this.its;
    if (its.length === 1) {
      const v = iterNext(its[0]);
      return v === null ? null : call(this.func, [v]);
    }
    const args = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === null) return null;
      args[i] = v;
    }
    return call(this.func, args);
  }
}

// ---- filter ----

export class PyFilter extends PyObject implements FastIter {
  constructor(cls: PyType, public func: PyObject, public it: PyObject) { super(cls); }
  nextFast(): PyObject | null {
    const f = this.func, it = this.it;
    // filter(None, xs) and filter(bool, xs) test the items themselves.
    const plain = f === None || f === boolType;
    for (;;) {
      const v = iterNext(it);
      if (v === null) return null;
      if (plain ? truthy(v) : truthy(call(f, [v]))) return v;
    }
  }
}

// ---- reversed ----

export class PyReversed extends PyObject implements FastIter {
  constructor(cls: PyType, public seq: PyObject | null, public index: number) { super(cls); }
  nextFast(): PyObject | null {
    const seq = this.seq;
    if (seq === null || this.index < 0) { this.seq = null; return null; }
    const getitem = seq.cls.lookup('__getitem__')!;
    try {
      const v = callBound(getitem, seq, [newInt(this.index)]);
      this.index--;
      return v;
    } catch (e) {
      if (endsSequence(e)) { this.seq = null; return null; }
      throw e;
    }
  }
  lengthHint(): number {
    if (this.seq === null) return 0;
    const n = lenOf(this.seq);
    return this.index < n ? this.index + 1 : 0;
  }
}

/** reversed(seq): __reversed__ when defined, else a __len__/__getitem__ sequence (not a mapping). */
export function reversedOf(seq: PyObject, cls: PyType = reversedType): PyObject {
  const m = seq.cls.lookup('__reversed__');
  if (m === None) throw pyError(E.TypeError, `'${typeName(seq)}' object is not reversible`);
  if (m !== null) return callBound(m, seq, []);
  if (seq.cls.lookup('__getitem__') === null || seq.cls.isSubtypeOf(dictType) || seq.cls.lookup('__len__') === null) {
    throw pyError(E.TypeError, `'${typeName(seq)}' object is not reversible`);
  }
  const n = lenOf(seq);
  const r = new PyReversed(cls, seq, n - 1);
  disableFastPathIfOverridden(r, reversedType);
  return r;
}

export function installItertoolsBuiltins(): void {
  defStatic(enumerateType, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const [iterable, start] = parseArgs('enumerate', args, kw, ['iterable', 'start'], 1, { skip: 1 });
    let count: number | bigint = 0;
    if (start !== null) count = indexValue(start);
    const e = new PyEnumerate(cls, getIter(iterable!), count);
    disableFastPathIfOverridden(e, enumerateType);
    return e;
  });
  defStatic(zipType, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    let strict = false;
    let npos = args.length - 1;
    if (kw !== null && kw.length) {
      for (let i = 0; i < kw.length; i++) {
        if (kw[i] !== 'strict') throw pyError(E.TypeError, `zip() got an unexpected keyword argument '${kw[i]}'`);
      }
      npos -= kw.length;
      strict = truthy(args[args.length - 1]);
    }
    const its = new Array<PyObject>(npos);
    for (let i = 0; i < npos; i++) its[i] = getIter(args[1 + i]);
    const z = new PyZip(cls, its, strict);
    disableFastPathIfOverridden(z, zipType);
    return z;
  });
  defStatic(mapType, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (cls === mapType) noKw('map', kw);
    if (args.length < 3) throw pyError(E.TypeError, 'map() must have at least two arguments.');
    const its = new Array<PyObject>(args.length - 2);
    for (let i = 2; i < args.length; i++) its[i - 2] = getIter(args[i]);
    const m = new PyMap(cls, args[1], its);
    disableFastPathIfOverridden(m, mapType);
    return m;
  });
  defStatic(filterType, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (cls === filterType) noKw('filter', kw);
    const n = args.length - 1;
    if (n !== 2) throw pyError(E.TypeError, `filter expected 2 arguments, got ${n}`);
    const f = new PyFilter(cls, args[1], getIter(args[2]));
    disableFastPathIfOverridden(f, filterType);
    return f;
  });
  defStatic(reversedType, '__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (cls === reversedType) noKw('reversed', kw);
    const n = args.length - 1;
    if (n !== 1) throw pyError(E.TypeError, `reversed expected 1 argument, got ${n}`);
    return reversedOf(args[1], cls);
  });
  installIterProtocol(enumerateType);
  installIterProtocol(zipType);
  installIterProtocol(mapType);
  installIterProtocol(filterType);
  installIterProtocol(reversedType, true);
}
