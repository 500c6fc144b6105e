// Descriptor objects implemented in TypeScript: getset descriptors (computed attributes of
// builtin types such as `__name__` or `args`), and the Python-visible property, classmethod and
// staticmethod.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const getsetDescriptorType = makeBuiltinType('getset_descriptor', undefined, 0);
export const propertyType = makeBuiltinType('property');
export const classmethodType = makeBuiltinType('classmethod');
export const staticmethodType = makeBuiltinType('staticmethod');

/** A data descriptor whose get/set are TypeScript functions. */
export class PyGetSet extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public get: (obj: PyObject) => PyObject,
    public set: ((obj: PyObject, value: PyObject | null) => void) | null = null,
  ) { super(getsetDescriptorType); }
}

export class PyProperty extends PyObject {
  constructor(cls: PyType, public fget: PyObject | null, public fset: PyObject | null,
    public fdel: PyObject | null, public doc: PyObject | null) { super(cls); }
}
propertyType.allocate = (cls) => new PyProperty(cls, null, null, null, null);

/** classmethod and staticmethod both wrap one callable. */
export class PyWrapperDescriptor extends PyObject {
  constructor(cls: PyType, public callable: PyObject) { super(cls); }
}

export function defineGetSet(type: PyType, name: string, get: (obj: PyObject) => PyObject,
  set: ((obj: PyObject, value: PyObject | null) => void) | null = null): void {
  type.ns.set(name, new PyGetSet(name, type, get, set));
}
