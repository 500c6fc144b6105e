// How builtin types get their Python-visible methods: small wrappers that register TS functions
// in a type's namespace with CPython-style argument checking, so each types/<name>.ts file reads
// as a list of method definitions.

import { PyObject, PyType, BuiltinFn } from '../objects/object.js';
import { PyBuiltinFunction } from '../objects/function.js';
import { PyWrapperDescriptor, classmethodType, staticmethodType, defineGetSet } from '../objects/descriptors.js';
import { E, pyError } from '../objects/exceptions.js';
import { typeName } from '../vm/ops/protocols.js';

export type Kw = readonly string[] | null;

function checkSelf(type: PyType, name: string, self: PyObject | undefined): void {
  if (self === undefined) {
    throw pyError(E.TypeError, `unbound method ${type.name}.${name}() needs an argument`);
  }
  if (self.cls !== type && !self.cls.isSubtypeOf(type)) {
    throw pyError(E.TypeError,
      `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(self)}' object`);
  }
}

function noKeywords(type: PyType, name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${type.name}.${name}() takes no keyword arguments`);
}

/** A method taking raw (args, kwnames); args[0] is self (already type-checked). */
export function defMethod(type: PyType, name: string, fn: BuiltinFn): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, (args, kw) => { checkSelf(type, name, args[0]); return fn(args, kw); }, null, type);
  type.ns.set(name, f);
  return f;
}

/** A method with positional arguments only, between min and max of them (self not counted). */
export function defMethodN(type: PyType, name: string, min: number, max: number,
  fn: (self: PyObject, args: PyObject[]) => PyObject): PyBuiltinFunction {
  return defMethod(type, name, (args, kw) => {
    noKeywords(type, name, kw);
    const n = args.length - 1;
    if (n < min || n > max) throw arityError(`${type.name}.${name}`, min, max, n, name);
    return fn(args[0], args.slice(1));
  });
}

export function def0(type: PyType, name: string, fn: (self: PyObject) => PyObject): PyBuiltinFunction {
  return defMethod(type, name, (args, kw) => {
    noKeywords(type, name, kw);
    if (args.length !== 1) throw pyError(E.TypeError, `${type.name}.${name}() takes no arguments (${args.length - 1} given)`);
    return fn(args[0]);
  });
}

export function def1(type: PyType, name: string, fn: (self: PyObject, a: PyObject) => PyObject): PyBuiltinFunction {
  return defMethod(type, name, (args, kw) => {
    noKeywords(type, name, kw);
    if (args.length !== 2) throw pyError(E.TypeError, `${type.name}.${name}() takes exactly one argument (${args.length - 1} given)`);
    return fn(args[0], args[1]);
  });
}

/**
 * CPython's arity messages: METH_NOARGS/METH_O name the method qualified ("list.append() takes
 * exactly one argument"), fast-call methods name it bare ("insert expected 2 arguments, got 0").
 */
export function arityError(qual: string, min: number, max: number, n: number, bare = qual) {
  if (min === max) {
    if (min === 0) return pyError(E.TypeError, `${qual}() takes no arguments (${n} given)`);
    if (min === 1) return pyError(E.TypeError, `${qual}() takes exactly one argument (${n} given)`);
    return pyError(E.TypeError, `${bare} expected ${min} arguments, got ${n}`);
  }
  if (n < min) return pyError(E.TypeError, `${bare} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  return pyError(E.TypeError, `${bare} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** A builtin function (not a method): plain (args, kwnames). */
export function builtinFunction(name: string, fn: BuiltinFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}

export function defStatic(type: PyType, name: string, fn: BuiltinFn): void {
  type.ns.set(name, new PyWrapperDescriptor(staticmethodType, new PyBuiltinFunction(name, fn, null, null)));
}

/** A classmethod: fn receives the class as args[0]. */
export function defClassMethod(type: PyType, name: string, fn: BuiltinFn): void {
  type.ns.set(name, new PyWrapperDescriptor(classmethodType, new PyBuiltinFunction(name, fn, null, null)));
}

export function defGetter(type: PyType, name: string, get: (self: PyObject) => PyObject,
  set: ((self: PyObject, v: PyObject | null) => void) | null = null): void {
  defineGetSet(type, name, get, set);
}

/**
 * Parses (args, kwnames) against a parameter list, CPython-argument-clinic style. `names` are the
 * parameters (self excluded when `skipSelf`); `required` how many must be given; names after
 * `posOnly` may be passed by keyword. Returns one slot per name (null when not given).
 */
export function parseArgs(fname: string, args: PyObject[], kw: Kw, names: readonly string[], required: number,
  opts: { skip?: number; posOnly?: number; kwOnlyFrom?: number } = {}): (PyObject | null)[] {
  const skip = opts.skip ?? 0;
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw - skip;
  const kwOnlyFrom = opts.kwOnlyFrom ?? names.length;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  if (npos > kwOnlyFrom) {
    if (kwOnlyFrom === 0) throw pyError(E.TypeError, `${fname}() takes no positional arguments`);
    throw pyError(E.TypeError, `${fname}() takes at most ${kwOnlyFrom} positional argument${kwOnlyFrom === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[skip + i];
  const posOnly = opts.posOnly ?? 0;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const i = names.indexOf(name);
    if (i < 0 || i < posOnly) {
      throw pyError(E.TypeError, `${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (out[i] !== null) throw pyError(E.TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[skip + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < npos || i >= posOnly) {
        throw pyError(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw pyError(E.TypeError, `${fname}() takes at least ${required} argument${required === 1 ? '' : 's'} (${npos} given)`);
    }
  }
  return out;
}
