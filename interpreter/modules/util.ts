// Small helpers shared by the TS standard modules: module-level exception classes, argument
// coercions with CPython's messages, and a compact way to add functions to a module namespace.

import { PyObject, PyType, typeType, TF_BASETYPE, TF_HAS_DICT } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyBytes } from '../objects/bytes.js';
import { E, pyError } from '../objects/exceptions.js';
import { typeName } from '../vm/ops/protocols.js';
import { builtinFunction, Kw } from '../types/define.js';

/** A new exception class `module.name` deriving from `base` (e.g. struct.error, re.error). */
export function makeExceptionClass(module: string, name: string, base: PyType = E.Exception): PyType {
  const t = new PyType(typeType, name, [base], TF_BASETYPE | TF_HAS_DICT);
  t.module = module;
  t.ns.set('__module__', newStr(module));
  return t;
}

/** Adds a builtin function `name` to a module. */
export function defFunction(m: PyModule, name: string, fn: (args: PyObject[], kw: Kw) => PyObject): void {
  m.ns.setStr(name, builtinFunction(name, fn));
}

/** The str value of an argument, or TypeError "<what> must be str, not X". */
export function strArg(o: PyObject, what: string): string {
  if (o instanceof PyStr) return o.value;
  throw pyError(E.TypeError, `${what} must be str, not ${typeName(o)}`);
}

/** The bytes of a bytes-like argument (bytes or bytearray). */
export function bufferArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
}

/** Refuses keyword arguments, with CPython's message. */
export function noKw(fname: string, kw: Kw): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${fname}() takes no keyword arguments`);
}

/** Checks a positional argument count, with CPython's wording. */
export function arity(fname: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw pyError(E.TypeError, `${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw pyError(E.TypeError, `${fname}() takes exactly one argument (${n} given)`);
    throw pyError(E.TypeError, `${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw pyError(E.TypeError, `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw pyError(E.TypeError, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}
