// mappingproxy: the read-only mapping `SomeClass.__dict__` returns, over a snapshot dict of the
// class namespace (reads delegate to the dict; writes are rejected as in CPython).

import { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { callBound, repr, typeName } from '../vm/ops/protocols.js';
import { getAttr } from '../vm/ops/attr.js';
import { defMethod, def0, defStatic } from './define.js';
import { mappingproxyType } from './type.js';
import { call } from '../vm/ops/protocols.js';

export class PyMappingProxy extends PyObject {
  constructor(public mapping: PyDict) { super(mappingproxyType); }
}

export function installMappingProxy(): void {
  const t = mappingproxyType;
  const m = (o: PyObject) => (o as PyMappingProxy).mapping;
  defStatic(t, '__new__', (args) => {
    if (!(args[1] instanceof PyDict)) throw pyError(E.TypeError, `mappingproxy() argument must be a mapping, not ${typeName(args[1] ?? None)}`);
    return new PyMappingProxy(args[1]);
  });
  for (const name of ['__getitem__', '__contains__', '__iter__', '__len__', 'keys', 'values', 'items', 'get', '__eq__', '__reversed__', '__or__']) {
    defMethod(t, name, (args, kw) => call(getAttr(m(args[0]), name), args.slice(1), kw));
  }
  def0(t, 'copy', (self) => callBound(getAttr(m(self), 'copy'), m(self), []));
  def0(t, '__repr__', (self) => newStr(`mappingproxy(${repr(m(self))})`));
  def0(t, '__str__', (self) => newStr(repr(m(self))));
}
