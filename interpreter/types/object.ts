// The methods of `object` (the default __new__/__init__/__eq__/__hash__/__repr__/attribute
// protocol every class inherits) — the fallbacks the VM's protocols rely on.

import { PyObject, objectType, PyType, TF_HAS_DICT } from '../objects/object.js';
import { newInt, newBool, PyInt } from '../objects/int.js';
import { newStr, PyStr } from '../objects/str.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { PyBuiltinFunction } from '../objects/function.js';
import {
  defaultRepr, idOf, setObjectHashEq, setObjectInit, typeName, repr, str, callSpecial, callBound,
} from '../vm/ops/protocols.js';
import { getAttrOrNull, genericSetAttr, instanceDict, setObjectAttrSlots, strName, attributeError } from '../vm/ops/attr.js';
import { defMethod, def0, def1, defGetter, defStatic, defClassMethod } from './define.js';
import { dirOf } from './dir.js';

export function installObject(): void {
  const t = objectType;
  defStatic(t, '__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(E.TypeError, 'object.__new__(X): X is not a type object');
    const hasArgs = args.length > 1 || (kw !== null && kw.length > 0);
    if (hasArgs && cls.lookup('__init__') === objectInitFn && cls.lookup('__new__') === objectNew) {
      throw pyError(E.TypeError, `${cls.name}() takes no arguments`);
    }
    const abstract = cls.ns.get('__abstractmethods__');
    if (abstract !== undefined && abstract instanceof PyObject && abstractNames(abstract).length) {
      const names = abstractNames(abstract).sort();
      throw pyError(E.TypeError, `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    }
    return allocateInstance(cls);
  });
  const objectNew = t.ns.get('__new__')!;
  const objectInitFn = defMethod(t, '__init__', (args, kw) => {
    const self = args[0];
    const hasArgs = args.length > 1 || (kw !== null && kw.length > 0);
    if (hasArgs) {
      const cls = self.cls;
      if (cls.lookup('__init__') !== objectInitFn) {
        throw pyError(E.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      }
      if (cls.lookup('__new__') === objectNew) {
        throw pyError(E.TypeError, `${cls.name}() takes no arguments`);
      }
    }
    return None;
  });
  setObjectInit(objectInitFn);
  def0(t, '__repr__', (self) => defaultRepr(self));
  def0(t, '__str__', (self) => newStr(repr(self)));
  const hash = def0(t, '__hash__', (self) => newInt(Math.floor(idOf(self) / 16)));
  const eq = def1(t, '__eq__', (self, other) => (self === other ? newBool(true) : NotImplemented));
  def1(t, '__ne__', (self, other) => {
    const r = callSpecial(self, '__eq__', [other]);
    if (r === null || r === NotImplemented) return NotImplemented;
    return newBool(!(r as PyInt).value);
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) def1(t, n, () => NotImplemented);
  setObjectHashEq(hash, eq);
  const ga = def1(t, '__getattribute__', (self, name) => {
    const n = strName(name);
    const v = getAttrOrNull(self, n);
    if (v === null) throw attributeError(self, n);
    return v;
  });
  const sa = defMethod(t, '__setattr__', (args) => {
    if (args.length !== 3) throw pyError(E.TypeError, `expected 2 arguments, got ${args.length - 1}`);
    genericSetAttr(args[0], strName(args[1]), args[2]);
    return None;
  });
  const da = def1(t, '__delattr__', (self, name) => { genericSetAttr(self, strName(name), null); return None; });
  setObjectAttrSlots(ga, sa, da);
  def1(t, '__format__', (self, spec) => {
    if ((spec as PyStr).value !== '') {
      throw pyError(E.TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
    }
    return newStr(str(self));
  });
  def0(t, '__dir__', (self) => newList(dirOf(self).map(newStr)));
  defMethod(t, '__reduce_ex__', (args) => {
    const self = args[0];
    const r = self.cls.lookup('__reduce__');
    if (r !== null && r !== objectReduce) return callBound(r, self, []);
    return reduceDefault(self);
  });
  const objectReduce = def0(t, '__reduce__', (self) => reduceDefault(self));
  def0(t, '__getstate__', (self) => {
    if (self.map === null && self.dict === null) return None;
    return instanceDict(self);
  });
  def0(t, '__sizeof__', () => newInt(16));
  defClassMethod(t, '__init_subclass__', (args, kw) => {
    if ((kw !== null && kw.length) || args.length > 1) {
      throw pyError(E.TypeError, `${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
    }
    return None;
  });
  defClassMethod(t, '__subclasshook__', () => NotImplemented);
  defGetter(t, '__class__', (self) => self.cls, (self, v) => {
    if (!(v instanceof PyType)) throw pyError(E.TypeError, `__class__ must be set to a class, not '${v ? typeName(v) : 'NULL'}' object`);
    self.cls = v;
  });
}

/** object.__reduce__: enough for copy/pickle-style reconstruction of plain instances. */
function reduceDefault(self: PyObject): PyObject {
  if (self instanceof PyType || (self.cls.flags & TF_HAS_DICT) === 0 && self.cls.solidBase !== objectType) {
    throw pyError(E.TypeError, `cannot pickle '${typeName(self)}' object`);
  }
  const state = self.map === null && self.dict === null ? None : instanceDict(self);
  return newTuple([reconstructor(), newTuple([self.cls]), state]);
}

let reconstructorFn: PyObject | null = null;
/** copyreg-style reconstruction: object.__new__(cls). */
function reconstructor(): PyObject {
  return reconstructorFn ??= new PyBuiltinFunction('_reconstruct', (args) => allocateInstance(args[0] as PyType));
}

function abstractNames(o: PyObject): string[] {
  const items = (o as unknown as { table?: { entries(): Iterable<[PyObject, PyObject]> } }).table;
  if (!items) return [];
  return [...items.entries()].map(([k]) => (k as PyStr).value);
}

/** A bare instance of `cls` (heap types get attribute storage; builtin bases their JS class). */
export function allocateInstance(cls: PyType): PyObject {
  const alloc = cls.allocate;
  if (alloc === null) throw pyError(E.TypeError, `cannot create '${cls.name}' instances`);
  return alloc(cls);
}

/** `vars(obj)` / `obj.__dict__` for instances whose type has a dict. */
export function objectDict(self: PyObject): PyObject {
  if ((self.cls.flags & TF_HAS_DICT) === 0) throw attributeError(self, '__dict__');
  return instanceDict(self);
}
