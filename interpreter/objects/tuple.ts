// tuple: an immutable JS array of objects.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const tupleType = makeBuiltinType('tuple');

export class PyTuple extends PyObject {
  constructor(cls: PyType, public readonly items: readonly PyObject[]) { super(cls); }
}
tupleType.allocate = (cls) => new PyTuple(cls, []);

const EMPTY = new PyTuple(tupleType, []);
export function newTuple(items: readonly PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY : new PyTuple(tupleType, items);
}
