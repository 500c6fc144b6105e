// MAKE_FUNCTION: a function object from a code object and what the instruction's flags say is on
// the stack (defaults, keyword defaults, annotations, closure). Shared by the eval loop and the JIT.

import { CodeObject } from '../../compiler/code.js';
import { PyObject } from '../../objects/object.js';
import { PyDict } from '../../objects/dict.js';
import { newStr } from '../../objects/str.js';
import { None } from '../../objects/singletons.js';
import { PyCell, PyFunction } from '../../objects/function.js';

export function makeFunction(code: CodeObject, globals: PyDict, defaults: PyObject[] | null, kwdefaults: PyDict | null,
  annotations: PyDict | null, closure: PyCell[] | null): PyFunction {
  const fn = new PyFunction(code, globals, defaults, kwdefaults, closure);
  fn.annotations = annotations;
  fn.module = globals.getStr('__name__') ?? None;
  if (code.doc !== null) fn.doc = newStr(code.doc);
  return fn;
}
