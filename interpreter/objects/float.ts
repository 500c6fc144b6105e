// float: a boxed JS number.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const floatType = makeBuiltinType('float');

export class PyFloat extends PyObject {
  constructor(cls: PyType, public readonly value: number) { super(cls); }
}
floatType.allocate = (cls) => new PyFloat(cls, 0);

export function newFloat(v: number): PyFloat { return new PyFloat(floatType, v); }
