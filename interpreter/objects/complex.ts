// complex: a pair of JS numbers. (Arithmetic beyond the basics arrives with cmath.)

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const complexType = makeBuiltinType('complex');

export class PyComplex extends PyObject {
  constructor(cls: PyType, public readonly real: number, public readonly imag: number) { super(cls); }
}
complexType.allocate = (cls) => new PyComplex(cls, 0, 0);

export function newComplex(real: number, imag: number): PyComplex { return new PyComplex(complexType, real, imag); }
