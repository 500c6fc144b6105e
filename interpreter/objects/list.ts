// list: a JS array of objects.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const listType = makeBuiltinType('list');

export class PyList extends PyObject {
  constructor(cls: PyType, public items: PyObject[]) { super(cls); }
}
listType.allocate = (cls) => new PyList(cls, []);

export function newList(items: PyObject[]): PyList { return new PyList(listType, items); }
