// The TS functions traces call residually. Most are the interpreter's own op helpers (imported
// here so one place lists them); the few wrappers below only adapt calling conventions (a trace
// passes arguments one by one, never arrays) or read an iterator's state. No Python semantics here.

import { PyObject } from '../../interpreter/objects/object.js';
import { PyDict, newDict } from '../../interpreter/objects/dict.js';
import { PyStr, newStr, strType } from '../../interpreter/objects/str.js';
import { PyTuple, newTuple } from '../../interpreter/objects/tuple.js';
import { PyList } from '../../interpreter/objects/list.js';
import { newSet } from '../../interpreter/objects/set.js';
import { E, newException } from '../../interpreter/objects/exceptions.js';
import { call, callBound, truthy, getIter, iterNext, repr, str } from '../../interpreter/vm/ops/protocols.js';
import { getAttr, setAttr } from '../../interpreter/vm/ops/attr.js';
import { binaryOp, unaryOp, compareOp, contains } from '../../interpreter/vm/ops/arith.js';
import { getItem, setItem } from '../../interpreter/vm/ops/subscript.js';
import { formatValue, asciiOf } from '../../interpreter/vm/ops/format.js';
import { kwargsToCall } from '../../interpreter/vm/ops/containers.js';
import { ts } from '../../interpreter/vm/state.js';
import { PyRangeIter } from '../../interpreter/types/range.js';
import { PySlice } from '../../interpreter/objects/range.js';
import { None } from '../../interpreter/objects/singletons.js';
import { PyCell } from '../../interpreter/objects/function.js';
import { PyCode } from '../../interpreter/vm/frame.js';
import { makeFunction } from '../../interpreter/vm/ops/make_function.js';

export { binaryOp, unaryOp, compareOp, contains, getAttr, setAttr, getItem, setItem, truthy, getIter, iterNext };

/** MAKE_FUNCTION with its optional stack operands (null when the flags say absent). */
export function makeFunctionOp(globals: PyDict, code: PyCode, closure: PyTuple | null, annotations: PyDict | null,
  kwdefaults: PyDict | null, defaults: PyTuple | null): PyObject {
  return makeFunction(code.code, globals, defaults === null ? null : defaults.items.slice(), kwdefaults, annotations,
    closure === null ? null : closure.items as PyCell[]);
}

export function callN(f: PyObject, ...args: PyObject[]): PyObject { return call(f, args, null); }

/**
 * A helper that may run Python code, called from inside `depth` inlined frames: the interpreter
 * would be that much deeper, so the recursion limit is checked as if it were.
 */
export function deep(depth: number, fn: (...a: unknown[]) => unknown, ...args: unknown[]): unknown {
  ts.depth += depth;
  try {
    return fn(...args);
  } finally {
    ts.depth -= depth;
  }
}

export function callBoundN(f: PyObject, self: PyObject, ...args: PyObject[]): PyObject { return callBound(f, self, args, null); }
/** CALL_KW / CALL_METHOD_KW: `self` is null for a plain call. */
export function callKw(f: PyObject, self: PyObject | null, kwnames: PyTuple, ...args: PyObject[]): PyObject {
  const names = kwnames.items.map((s) => (s as PyStr).value);
  return self === null ? call(f, args, names) : callBound(f, self, args, names);
}
/** CALL_FUNCTION_EX with a tuple of positional arguments (the recorder checks it is one). */
export function callEx(f: PyObject, posargs: PyObject, kw: PyObject | null): PyObject {
  const args = (posargs as PyTuple).items.slice();
  const kwnames = kw !== null ? kwargsToCall(kw, args, f) : null;
  return call(f, args, kwnames);
}

export function loadName(locals: PyDict, globals: PyDict, builtins: PyDict, name: string): PyObject {
  const v = locals.getStr(name) ?? globals.getStr(name) ?? builtins.getStr(name);
  if (v === undefined) throw newException(E.NameError, `name '${name}' is not defined`);
  return v;
}
export function storeName(locals: PyDict, name: string, v: PyObject): void { locals.setStr(name, v); }
export function storeGlobal(globals: PyDict, name: string, v: PyObject): void { globals.setStr(name, v); }

export function buildString(...parts: PyObject[]): PyObject {
  let s = '';
  for (const p of parts) s += (p as PyStr).value;
  return newStr(s);
}
export function buildMap(...kv: PyObject[]): PyObject {
  const d = newDict();
  for (let i = 0; i < kv.length; i += 2) d.setItem(kv[i], kv[i + 1]);
  return d;
}
export function buildSet(...items: PyObject[]): PyObject {
  const s = newSet();
  for (const x of items) s.add(x);
  return s;
}
export function listAppend(l: PyObject, v: PyObject): void { (l as PyList).items.push(v); }
export function listToTuple(l: PyObject): PyObject { return newTuple((l as PyList).items); }

/** FORMAT_VALUE (flags: conversion in the low bits, 4 = a spec is given). */
export function formatValueOp(v: PyObject, spec: PyObject | null, flags: number): PyObject {
  const conv = flags & 3;
  if (conv === 1) v = newStr(str(v));
  else if (conv === 2) v = newStr(repr(v));
  else if (conv === 3) v = newStr(asciiOf(v));
  const sp = spec === null ? '' : (spec as PyStr).value;
  return (v.cls === strType && sp === '') ? v : formatValue(v, sp);
}

/** range_iterator, specialised: items left, and taking the next one as a JS number. */
export function rangeLeft(it: PyRangeIter): number { return it.left; }
export function rangeNext(it: PyRangeIter): number {
  it.left--;
  const v = it.next;
  it.next = v + it.step;
  return v;
}
/** list_iterator and others: the next item or null. */
export function iterNextOrNull(it: PyObject): PyObject | null { return iterNext(it); }

export function buildSlice(start: PyObject, stop: PyObject, step: PyObject | null): PyObject {
  return new PySlice(start, stop, step ?? None);
}
