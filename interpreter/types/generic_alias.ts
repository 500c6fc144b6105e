// types.GenericAlias (`list[int]`, from __class_getitem__ of the builtin containers) and
// types.UnionType (`int | None`, from type.__or__), as runtime objects with CPython's reprs,
// __origin__/__args__, and isinstance support for unions.

import { PyObject, PyType, makeBuiltinType, typeType } from '../objects/object.js';
import { listType } from '../objects/list.js';
import { dictType } from '../objects/dict.js';
import { tupleType } from '../objects/tuple.js';
import { setType, frozensetType } from '../objects/set.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { newStr } from '../objects/str.js';
import { newBool } from '../objects/int.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { call, repr, pyHash, pyEqBool } from '../vm/ops/protocols.js';
import { getAttrOrNull } from '../vm/ops/attr.js';
import { defMethod, def0, def1, defGetter, defClassMethod } from './define.js';
import { typeRepr } from './type.js';

export const genericAliasType = makeBuiltinType('GenericAlias', undefined, 0);
genericAliasType.module = 'types';
export const unionType = makeBuiltinType('UnionType', undefined, 0);
unionType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(public origin: PyObject, public args: PyObject[]) { super(genericAliasType); }
}

export class PyUnion extends PyObject {
  constructor(public args: PyObject[]) { super(unionType); }
}

/** How typing reprs name a type argument: int, list[int], module.Class, ..., None. */
function argRepr(o: PyObject): string {
  if (o === None) return 'None';
  if (o === Ellipsis) return '...';
  if (o instanceof PyType) {
    const r = typeRepr(o);
    return o.module === 'builtins' ? o.qualname : r.slice(8, -2);
  }
  return repr(o);
}

/** The union of two operands of `|`, flattening nested unions and dropping duplicates. */
export function makeUnion(a: PyObject, b: PyObject): PyObject {
  const items: PyObject[] = [];
  for (const x of [a, b]) {
    const parts = x instanceof PyUnion ? x.args : [x === None ? None.cls : x];
    for (const p of parts) if (!items.includes(p)) items.push(p);
  }
  return items.length === 1 ? items[0] : new PyUnion(items);
}

function unionOperand(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyUnion || o instanceof PyGenericAlias;
}

export function classGetItem(cls: PyObject, item: PyObject): PyObject {
  return new PyGenericAlias(cls, item instanceof PyTuple ? item.items.slice() : [item]);
}

export function installGenericAlias(): void {
  const g = genericAliasType;
  const ga = (o: PyObject) => o as PyGenericAlias;
  defMethod(g, '__new__', (args) => {
    if (args.length !== 3) throw pyError(E.TypeError, 'GenericAlias expected 2 arguments');
    return classGetItem(args[1], args[2]);
  });
  def0(g, '__repr__', (self) => newStr(`${argRepr(ga(self).origin)}[${ga(self).args.length ? ga(self).args.map(argRepr).join(', ') : '()'}]`));
  defMethod(g, '__call__', (args, kw) => call(ga(args[0]).origin, args.slice(1), kw));
  defGetter(g, '__origin__', (o) => ga(o).origin);
  defGetter(g, '__args__', (o) => newTuple(ga(o).args));
  defGetter(g, '__parameters__', () => newTuple([]));
  def1(g, '__eq__', (a, b) => (b instanceof PyGenericAlias ? newBool(pyEqBool(ga(a).origin, b.origin) && ga(a).args.length === b.args.length && ga(a).args.every((x, i) => pyEqBool(x, b.args[i]))) : NotImplemented));
  def0(g, '__hash__', (self) => newInt(pyHash(ga(self).origin) ^ pyHash(newTuple(ga(self).args))));
  def1(g, '__or__', (a, b) => (unionOperand(b) ? makeUnion(a, b) : NotImplemented));
  def1(g, '__ror__', (a, b) => (unionOperand(b) ? makeUnion(b, a) : NotImplemented));
  def1(g, '__getitem__', (self, item) => classGetItem(ga(self).origin, item));
  defMethod(g, '__getattr__', (args) => {
    // Attribute access falls through to the origin class (e.g. list[int].append).
    const v = getAttrOrNull(ga(args[0]).origin, (args[1] as unknown as { value: string }).value);
    if (v === null) throw pyError(E.AttributeError, `'types.GenericAlias' object has no attribute '${(args[1] as unknown as { value: string }).value}'`);
    return v;
  });
  def1(g, '__instancecheck__', () => { throw pyError(E.TypeError, 'isinstance() argument 2 cannot be a parameterized generic'); });

  const u = unionType;
  const un = (o: PyObject) => o as PyUnion;
  def0(u, '__repr__', (self) => newStr(un(self).args.map((a) => (a === None.cls ? 'None' : argRepr(a))).join(' | ')));
  defGetter(u, '__args__', (o) => newTuple(un(o).args));
  def1(u, '__or__', (a, b) => (unionOperand(b) ? makeUnion(a, b) : NotImplemented));
  def1(u, '__ror__', (a, b) => (unionOperand(b) ? makeUnion(b, a) : NotImplemented));
  def1(u, '__eq__', (a, b) => (b instanceof PyUnion ? newBool(un(a).args.length === b.args.length && un(a).args.every((x) => b.args.includes(x))) : NotImplemented));
  def0(u, '__hash__', (self) => newInt(un(self).args.reduce((h, a) => h ^ pyHash(a), 0)));
  def1(u, '__instancecheck__', (self, o) => newBool(un(self).args.some((t) => t instanceof PyType && (o.cls === t || o.cls.isSubtypeOf(t)))));
  def1(u, '__subclasscheck__', (self, o) => newBool(o instanceof PyType && un(self).args.some((t) => t instanceof PyType && o.isSubtypeOf(t))));
  for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
    defClassMethod(t, '__class_getitem__', (args) => classGetItem(args[0], args[1]));
  }
}

/** type.__or__: `int | str`, `int | None`. */
export function typeOr(a: PyObject, b: PyObject): PyObject {
  return unionOperand(b) && unionOperand(a) ? makeUnion(a, b) : NotImplemented;
}

import { newInt } from '../objects/int.js';
