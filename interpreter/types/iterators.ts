// The iterator plumbing shared by every builtin iterator type: `nextFast()` as the one TS entry
// point (the VM's iterNext calls it directly), the Python-visible __iter__/__next__/__length_hint__
// derived from it, the sequence iterator for __getitem__-only objects, and iter(callable, sentinel).

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { newInt } from '../objects/int.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import { NotImplemented } from '../objects/singletons.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from '../objects/function.js';
import { call, callBound, isinstanceOf, pyEqBool, setSeqIterFactory } from '../vm/ops/protocols.js';
import { def0 } from './define.js';

/** A builtin iterator: `nextFast` returns the next item or null when exhausted (never raises StopIteration). */
export interface FastIter extends PyObject {
  nextFast(): PyObject | null;
  /** Items left, for __length_hint__; absent when unknown. */
  lengthHint?(): number;
}

/**
 * Gives an iterator type its Python-visible protocol, all derived from `nextFast`:
 * __iter__ returns self, __next__ raises StopIteration at the end, __length_hint__ when known.
 */
export function installIterProtocol(t: PyType, withLengthHint = false): void {
  def0(t, '__iter__', (self) => self);
  def0(t, '__next__', (self) => {
    // An own `nextFast = undefined` (see disableFastPathIfOverridden) still has the prototype's.
    const f = (self as FastIter).nextFast ?? (Object.getPrototypeOf(self) as FastIter).nextFast;
    const v = f.call(self);
    if (v === null) throw pyError(E.StopIteration);
    return v;
  });
  if (withLengthHint) {
    def0(t, '__length_hint__', (self) => {
      const f = (self as FastIter).lengthHint;
      return f === undefined ? NotImplemented : newInt(f.call(self));
    });
  }
}

/**
 * Instances of Python subclasses of iterator types (class E(enumerate) overriding __next__) must
 * not take the VM's nextFast shortcut: shadow it with an own `undefined` so iterNext falls back
 * to looking __next__ up on the type.
 */
export function disableFastPathIfOverridden(obj: PyObject, base: PyType): void {
  if (obj.cls !== base && obj.cls.lookup('__next__') !== base.ns.get('__next__')) {
    (obj as unknown as { nextFast: undefined }).nextFast = undefined;
  }
}

/** True for the exceptions that end a __getitem__ iteration (IndexError, StopIteration). */
export function endsSequence(e: unknown): boolean {
  return e instanceof PyBaseException && (isinstanceOf(e, E.IndexError) || isinstanceOf(e, E.StopIteration));
}

// ---- the sequence iterator: iter() of an object with __getitem__ but no __iter__ ----

export const seqIterType = makeBuiltinType('iterator', undefined, 0);

export class PySeqIter extends PyObject implements FastIter {
  index = 0;
  constructor(public seq: PyObject | null) { super(seqIterType); }
  nextFast(): PyObject | null {
    const seq = this.seq;
    if (seq === null) return null;
    const getitem = seq.cls.lookup('__getitem__');
    if (getitem === null) { this.seq = null; return null; }
    try {
      const v = callBound(getitem, seq, [newInt(this.index)]);
      this.index++;
      return v;
    } catch (e) {
      if (endsSequence(e)) { this.seq = null; return null; }
      throw e;
    }
  }
}

// ---- iter(callable, sentinel) ----

export const callableIterType = makeBuiltinType('callable_iterator', undefined, 0);

export class PyCallableIter extends PyObject implements FastIter {
  constructor(public callable: PyObject | null, public sentinel: PyObject) { super(callableIterType); }
  nextFast(): PyObject | null {
    const f = this.callable;
    if (f === null) return null;
    let v: PyObject;
    try {
      v = call(f, []);
    } catch (e) {
      // CPython ends the iteration when the callable itself raises StopIteration.
      if (e instanceof PyBaseException && isinstanceOf(e, E.StopIteration)) { this.callable = null; return null; }
      throw e;
    }
    if (pyEqBool(v, this.sentinel)) { this.callable = null; return null; }
    return v;
  }
}

/** iter(callable, sentinel), for the builtins module. */
export function newCallableIter(callable: PyObject, sentinel: PyObject): PyObject {
  const isCallable = callable instanceof PyFunction || callable instanceof PyBuiltinFunction ||
    callable instanceof PyMethod || callable instanceof PyType || callable.cls.lookup('__call__') !== null;
  if (!isCallable) throw pyError(E.TypeError, 'iter(v, w): v must be callable');
  return new PyCallableIter(callable, sentinel);
}

export function installIterators(): void {
  installIterProtocol(seqIterType);
  installIterProtocol(callableIterType);
  setSeqIterFactory((o) => new PySeqIter(o));
}
