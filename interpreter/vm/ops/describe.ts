// How error messages name a callable ("f()", "list.append()"), as CPython's _PyObject_FunctionStr.

import { PyObject } from '../../objects/object.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from '../../objects/function.js';
import { typeName } from './protocols.js';
import { PyStr } from '../../objects/str.js';

export function funcDescription(f: PyObject): string {
  if (f instanceof PyFunction) {
    const mod = f.module instanceof PyStr && f.module.value !== 'builtins' ? `${f.module.value}.` : '';
    return `${mod}${f.qualname}()`;
  }
  if (f instanceof PyBuiltinFunction) return `${f.qualname()}()`;
  if (f instanceof PyMethod) return funcDescription(f.func);
  return `${typeName(f)} object`;
}
