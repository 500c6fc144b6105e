// module: a namespace dict plus a name.

import { PyObject, makeBuiltinType } from './object.js';
import { PyDict, newDict } from './dict.js';
import { newStr } from './str.js';
import { None } from './singletons.js';

export const moduleType = makeBuiltinType('module');

export class PyModule extends PyObject {
  /** Written in TS and registered by name (reprs show "(built-in)"). */
  builtin = false;
  constructor(public name: string, public ns: PyDict = newDict()) {
    super(moduleType);
    if (ns.getStr('__name__') === undefined) ns.setStr('__name__', newStr(name));
    if (ns.getStr('__doc__') === undefined) ns.setStr('__doc__', None);
  }
}
moduleType.allocate = (cls) => { const m = new PyModule('?'); m.cls = cls; return m; };
