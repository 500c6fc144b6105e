// Callables: Python functions (code + globals + defaults + closure), builtin functions, bound
// methods, and cells (the boxes that closures share).

import { PyObject, PyType, makeBuiltinType, BuiltinFn } from './object.js';
import type { CodeObject } from '../compiler/code.js';
import type { PyDict } from './dict.js';

export const functionType = makeBuiltinType('function', undefined, 0);
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', undefined, 0);
export const methodType = makeBuiltinType('method', undefined, 0);
export const cellType = makeBuiltinType('cell', undefined, 0);
export const methodDescriptorType = makeBuiltinType('method_descriptor', undefined, 0);
export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor', undefined, 0);
export const classmethodDescriptorType = makeBuiltinType('classmethod_descriptor', undefined, 0);

export class PyCell extends PyObject {
  constructor(public contents: PyObject | null) { super(cellType); }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  doc: PyObject | null = null;
  module: PyObject | null = null;
  annotations: PyDict | null = null;
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    public defaults: PyObject[] | null,
    public kwdefaults: PyDict | null,
    public closure: PyCell[] | null,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

/**
 * A function implemented in TypeScript. `fn` receives positional arguments followed by keyword
 * values, with `kwnames` naming the latter. Methods of builtin types receive self as args[0];
 * `self` is set when the function is bound (e.g. `[].append`).
 */
export class PyBuiltinFunction extends PyObject {
  constructor(
    public name: string,
    public fn: BuiltinFn,
    public self: PyObject | null = null,
    /** The type a method belongs to (for reprs and self type checks); null for plain functions. */
    public owner: PyType | null = null,
    cls: PyType = builtinFunctionType,
    public doc: string | null = null,
  ) { super(cls); }
  qualname(): string { return this.owner ? `${this.owner.name}.${this.name}` : this.name; }
}

export class PyMethod extends PyObject {
  constructor(public func: PyObject, public self: PyObject) { super(methodType); }
}
