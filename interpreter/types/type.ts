// `type`: class creation (type.__new__ with C3 MRO, __slots__, __set_name__, __init_subclass__,
// __classcell__), the class statement's __build_class__, instantiation, and `super`.

import {
  PyObject, PyType, objectType, typeType, makeBuiltinType, TF_BASETYPE, TF_HEAPTYPE, TF_HAS_DICT,
} from '../objects/object.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyDict, newDict } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyCell, PyFunction, PyBuiltinFunction } from '../objects/function.js';
import { PyWrapperDescriptor, classmethodType, staticmethodType, PyGetSet } from '../objects/descriptors.js';
import { E, pyError } from '../objects/exceptions.js';
import { newBool } from '../objects/int.js';
import {
  call, callBound, callType, isinstanceOf, typeName, toArray,
} from '../vm/ops/protocols.js';
import { descrGet, instanceDict, instanceGet, instanceSet, instanceDelete, attributeError } from '../vm/ops/attr.js';
import { mappingItems } from '../vm/ops/containers.js';
import { defMethod, def0, def1, defGetter, defClassMethod, parseArgs } from './define.js';
import { Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';
import { typeOr } from './generic_alias.js';
import { PyMappingProxy } from './mappingproxy.js';
import { ts } from '../vm/state.js';

export const superType = makeBuiltinType('super');
export const mappingproxyType = makeBuiltinType('mappingproxy', undefined, 0);

// ---- C3 linearisation ----

export function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) { cand = head; break; }
    }
    if (cand === null) {
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      throw pyError(E.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((b) => b.name).join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** The builtin type whose JS representation instances need (int, list, dict, BaseException, ...). */
function solidBaseOf(bases: PyType[]): PyType {
  let best = objectType;
  for (const b of bases) {
    const s = b.solidBase;
    if (best.isSubtypeOf(s)) continue;
    if (s.isSubtypeOf(best)) { best = s; continue; }
    throw pyError(E.TypeError, 'multiple bases have instance lay-out conflict');
  }
  return best;
}

// ---- type.__new__ ----

export function newClass(meta: PyType, name: string, basesIn: PyType[], ns: PyDict, kwNames: string[] = [], kwValues: PyObject[] = []): PyType {
  const bases = basesIn.length ? basesIn : [objectType];
  for (const b of bases) {
    if ((b.flags & TF_BASETYPE) === 0) throw pyError(E.TypeError, `type '${b.name}' is not an acceptable base type`);
  }
  const solid = solidBaseOf(bases);
  const slotsObj = ns.getStr('__slots__');
  const basesHaveDict = bases.some((b) => (b.flags & TF_HAS_DICT) !== 0 && b !== objectType);
  let flags = TF_BASETYPE | TF_HEAPTYPE;
  let slotNames: string[] | null = null;
  if (slotsObj === undefined) flags |= TF_HAS_DICT;
  else {
    slotNames = (slotsObj instanceof PyStr ? [slotsObj] : toArray(slotsObj)).map((s) => (s as PyStr).value);
    if (slotNames.includes('__dict__') || basesHaveDict) flags |= TF_HAS_DICT;
  }
  const cls = new PyType(meta, name, bases, flags);
  cls.explicitSolidBase = solid;
  cls.allocate = solid.allocate;
  cls.mro = c3(cls, bases);
  cls.slotNames = slotNames;
  const module = ns.getStr('__module__');
  cls.module = module instanceof PyStr ? module.value : (ts.frame?.globals.getStr('__name__') as PyStr | undefined)?.value ?? '__main__';
  const qual = ns.getStr('__qualname__');
  cls.qualname = qual instanceof PyStr ? qual.value : name;

  for (const [k, v] of ns.table.entries()) {
    const key = (k as PyStr).value;
    if (key === '__qualname__' || key === '__classcell__' || key === '__slots__') continue;
    let val = v;
    if ((key === '__new__') && val instanceof PyFunction) val = new PyWrapperDescriptor(staticmethodType, val);
    if ((key === '__init_subclass__' || key === '__class_getitem__') && val instanceof PyFunction) {
      val = new PyWrapperDescriptor(classmethodType, val);
    }
    cls.ns.set(key, val);
  }
  if (slotsObj !== undefined) cls.ns.set('__slots__', slotsObj);
  if (!cls.ns.has('__doc__')) cls.ns.set('__doc__', None);
  if (cls.ns.has('__eq__') && !cls.ns.has('__hash__')) cls.ns.set('__hash__', None);
  if (slotNames) for (const s of slotNames) if (s !== '__dict__' && s !== '__weakref__') cls.ns.set(s, slotDescriptor(cls, s));
  if ((flags & TF_HAS_DICT) && !bases.some((b) => b.lookup('__dict__') instanceof PyGetSet && b !== objectType)) {
    cls.ns.set('__dict__', new PyGetSet('__dict__', cls, (o) => instanceDict(o), (o, v) => {
      if (!(v instanceof PyDict)) throw pyError(E.TypeError, `__dict__ must be set to a dictionary, not a '${v ? typeName(v) : 'NULL'}'`);
      o.dict = v; o.map = null; o.slots = null;
    }));
  }
  if (slotNames === null && !bases.some((b) => b.lookup('__weakref__') !== null)) {
    cls.ns.set('__weakref__', new PyGetSet('__weakref__', cls, () => None));
  }
  const cell = ns.getStr('__classcell__');
  if (cell instanceof PyCell) cell.contents = cls;

  for (const [k, v] of ns.table.entries()) {
    const setName = v.cls.lookup('__set_name__');
    if (setName !== null) callBound(setName, v, [cls, k]);
  }
  // super(cls, cls).__init_subclass__(**kwds)
  const parentInit = lookupAfter(cls, cls.mro[0], '__init_subclass__');
  if (parentInit !== null) call(bindClassAttr(parentInit, cls), kwValues, kwNames.length ? kwNames : null);
  return cls;
}

function bindClassAttr(attr: PyObject, cls: PyType): PyObject {
  if (attr instanceof PyWrapperDescriptor && attr.cls === classmethodType) {
    return descrGet(attr, null, cls);
  }
  if (attr instanceof PyBuiltinFunction && attr.owner !== null) {
    return new PyBuiltinFunction(attr.name, attr.fn, cls, attr.owner);
  }
  return descrGet(attr, null, cls);
}

export const memberDescriptorType = makeBuiltinType('member_descriptor', undefined, 0);

/** A __slots__ entry: a data descriptor storing the value in the instance's attribute map. */
function slotDescriptor(cls: PyType, name: string): PyGetSet {
  const d = new PyGetSet(name, cls, (o) => {
    const v = instanceGet(o, name);
    if (v === undefined) throw pyError(E.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    return v;
  }, (o, v) => {
    if (v === null) { if (!instanceDelete(o, name)) throw attributeError(o, name); }
    else instanceSet(o, name, v);
  });
  d.cls = memberDescriptorType;
  return d;
}

/** The first definition of `name` in cls's MRO after `after`. */
export function lookupAfter(objType: PyType, after: PyType, name: string): PyObject | null {
  const mro = objType.mro;
  let i = mro.indexOf(after);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].ns.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

// ---- __build_class__ ----

export function buildClass(args: PyObject[], kw: readonly string[] | null): PyObject {
  const nkw = kw?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 2) throw pyError(E.TypeError, '__build_class__: not enough arguments');
  const func = pos[0];
  const nameObj = pos[1];
  if (!(func instanceof PyFunction)) throw pyError(E.TypeError, '__build_class__: func must be a function');
  if (!(nameObj instanceof PyStr)) throw pyError(E.TypeError, '__build_class__: name is not a string');
  const origBases = pos.slice(2);
  const bases = resolveMroEntries(origBases);
  let meta: PyObject | null = null;
  const kwNames: string[] = [], kwValues: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'metaclass') meta = args[pos.length + i];
    else { kwNames.push(kw![i]); kwValues.push(args[pos.length + i]); }
  }
  if (origBases.some((b, i) => b !== bases[i]) || origBases.length !== bases.length) {
    // PEP 560: the namespace records the bases as written.
    pendingOrigBases = newTuple(origBases);
  }
  let metaType: PyObject = meta ?? (bases.length ? bases[0].cls : typeType);
  if (metaType instanceof PyType) metaType = calculateMeta(metaType, bases as PyType[]);
  let ns: PyObject;
  const prepare = metaType instanceof PyType ? metaType.lookup('__prepare__') : null;
  if (prepare !== null) ns = call(bindClassAttr(prepare, metaType as PyType), [nameObj, newTuple(bases)], null);
  else ns = newDict();
  if (!(ns instanceof PyDict)) throw pyError(E.TypeError, '__prepare__() must return a mapping');
  if (pendingOrigBases !== null) { ns.setStr('__orig_bases__', pendingOrigBases); pendingOrigBases = null; }
  const frame = new Frame(func.code, func.globals, ts.builtins, ns, func);
  runFrame(frame);
  return call(metaType, [nameObj, newTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
}

let pendingOrigBases: PyObject | null = null;

/** Replaces non-class bases by what their __mro_entries__ returns (PEP 560). */
function resolveMroEntries(bases: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const b of bases) {
    if (b instanceof PyType) { out.push(b); continue; }
    const m = b.cls.lookup('__mro_entries__');
    if (m === null) { out.push(b); continue; }
    const r = callBound(m, b, [newTuple(bases)]);
    if (!(r instanceof PyTuple)) throw pyError(E.TypeError, '__mro_entries__ must return a tuple');
    out.push(...r.items);
  }
  for (const b of out) if (!(b instanceof PyType)) throw pyError(E.TypeError, 'bases must be types');
  return out;
}

function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.cls;
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) { winner = t; continue; }
    throw pyError(E.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

// ---- the type type's methods ----

export function typeRepr(t: PyType): string {
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

export function installType(): void {
  const t = typeType;
  t.allocate = null;
  defMethod(t, '__new__', (args, kw) => {
    // type.__new__(meta, name, bases, ns, **kw) or type(obj)
    const meta = args[0] as PyType;
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    if (pos.length === 1 && meta === typeType && nkw === 0) return pos[0].cls;
    if (pos.length !== 3) throw pyError(E.TypeError, 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = pos;
    if (!(name instanceof PyStr)) throw pyError(E.TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
    if (!(bases instanceof PyTuple)) throw pyError(E.TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
    if (!(ns instanceof PyDict)) throw pyError(E.TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
    const copy = newDict();
    for (const [k, v] of ns.table.entries()) copy.setItem(k, v);
    return newClass(meta, name.value, bases.items as PyType[], copy,
      kw ? [...kw] : [], args.slice(args.length - nkw));
  });
  // type.__new__ is a static method in CPython; store it as such so meta.__new__(meta, ...) works.
  t.ns.set('__new__', new PyWrapperDescriptor(staticmethodType, t.ns.get('__new__')!));
  defMethod(t, '__init__', () => None);
  defMethod(t, '__call__', (args, kw) => {
    const cls = args[0] as PyType;
    return callTypeGeneric(cls, args.slice(1), kw);
  });
  def0(t, '__repr__', (self) => newStr(typeRepr(self as PyType)));
  defGetter(t, '__name__', (self) => newStr((self as PyType).name), (self, v) => {
    if (!(v instanceof PyStr)) throw pyError(E.TypeError, `can only assign string to ${(self as PyType).name}.__name__, not '${v ? typeName(v) : 'NULL'}'`);
    (self as PyType).name = v.value;
  });
  defGetter(t, '__qualname__', (self) => newStr((self as PyType).qualname), (self, v) => {
    (self as PyType).qualname = (v as PyStr).value;
  });
  defGetter(t, '__module__', (self) => {
    const m = (self as PyType).ns.get('__module__');
    return m ?? newStr((self as PyType).module);
  }, (self, v) => { (self as PyType).setAttr('__module__', v); if (v instanceof PyStr) (self as PyType).module = v.value; });
  defGetter(t, '__doc__', (self) => {
    const d = (self as PyType).ns.get('__doc__');
    return d === undefined ? None : descrGet(d, null, self as PyType);
  }, (self, v) => {
    if (((self as PyType).flags & TF_HEAPTYPE) === 0) throw pyError(E.TypeError, `cannot set '__doc__' attribute of immutable type '${(self as PyType).name}'`);
    (self as PyType).setAttr('__doc__', v ?? None);
  });
  defGetter(t, '__mro__', (self) => newTuple((self as PyType).mro));
  defGetter(t, '__bases__', (self) => newTuple((self as PyType).bases));
  defGetter(t, '__base__', (self) => (self as PyType).bases[0] ?? None);
  defGetter(t, '__dict__', (self) => {
    const d = newDict();
    for (const [k, v] of (self as PyType).ns) d.setStr(k, v);
    return new PyMappingProxy(d);
  });
  defGetter(t, '__abstractmethods__', (self) => {
    const v = (self as PyType).ns.get('__abstractmethods__');
    if (v === undefined) throw pyError(E.AttributeError, '__abstractmethods__');
    return v;
  }, (self, v) => { (self as PyType).setAttr('__abstractmethods__', v); });
  def0(t, 'mro', (self) => newList((self as PyType).mro.slice()));
  def0(t, '__subclasses__', (self) => newList((self as PyType).subclasses.map((r) => r.deref()).filter((x): x is PyType => !!x)));
  def1(t, '__instancecheck__', (self, o) => newBool(isinstanceOf(o, self as PyType)));
  def1(t, '__subclasscheck__', (self, o) => newBool(o instanceof PyType && o.isSubtypeOf(self as PyType)));
  defClassMethod(t, '__prepare__', () => newDict());
  def1(t, '__or__', (self, o) => typeOr(self, o));
  def1(t, '__ror__', (self, o) => typeOr(o, self));
  installSuper();
}

/** Instantiation through the metaclass: __new__ then __init__ when the result is an instance. */
export function callTypeGeneric(cls: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (cls.cls === typeType || cls === typeType) return callType(cls, args, kw);
  const newFn = cls.lookup('__new__')!;
  const obj = call(descrGet(newFn, null, cls), [cls, ...args], kw);
  if (!isinstanceOf(obj, cls)) return obj;
  const init = obj.cls.lookup('__init__');
  if (init !== null) callBound(init, obj, args, kw);
  return obj;
}

// ---- super ----

class PySuper extends PyObject {
  constructor(public thisType: PyType, public obj: PyObject | null, public objType: PyType | null) { super(superType); }
}

function installSuper(): void {
  const s = superType;
  s.allocate = (cls) => { const o = new PySuper(objectType, null, null); o.cls = cls; return o; };
  defMethod(s, '__init__', (args, kw) => {
    const self = args[0] as PySuper;
    const [tp, obj] = parseArgs('super', args, kw, ['type', 'obj'], 0, { skip: 1, posOnly: 2 });
    let thisType: PyObject, target: PyObject | null;
    if (tp === null) {
      [thisType, target] = zeroArgSuper();
    } else {
      thisType = tp;
      target = obj;
    }
    if (!(thisType instanceof PyType)) throw pyError(E.TypeError, `super() argument 1 must be a type, not ${typeName(thisType)}`);
    self.thisType = thisType;
    if (target !== null && target !== None) {
      self.obj = target;
      if (target instanceof PyType && target.isSubtypeOf(thisType)) self.objType = target;
      else if (isinstanceOf(target, thisType)) self.objType = target.cls;
      else throw pyError(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
    }
    return None;
  });
  defMethod(s, '__getattribute__', (args) => {
    const self = args[0] as PySuper;
    const name = (args[1] as PyStr).value;
    if (self.objType !== null && name !== '__class__') {
      const v = lookupAfter(self.objType, self.thisType, name);
      if (v !== null) {
        const obj = self.obj === self.objType ? null : self.obj;
        if (v instanceof PyBuiltinFunction && v.owner !== null && v.self === null && obj === null) return v;
        return descrGet(v, obj, self.objType);
      }
    }
    if (name === '__class__') return superType;
    if (name === '__thisclass__') return self.thisType;
    throw pyError(E.AttributeError, `'super' object has no attribute '${name}'`);
  });
  def0(s, '__repr__', (self) => {
    const sp = self as PySuper;
    return newStr(`<super: <class '${sp.thisType.name}'>, ${sp.objType ? `<${sp.objType.name} object>` : 'NULL'}>`);
  });
}

/** super() with no arguments: the enclosing class (the __class__ cell) and the first argument. */
function zeroArgSuper(): [PyObject, PyObject] {
  const f = ts.frame;
  if (f === null) throw pyError(E.RuntimeError, 'super(): no current frame');
  const code = f.code;
  if (code.argcount === 0 && !(code.flags & 4)) throw pyError(E.RuntimeError, 'super(): no arguments');
  let first: PyObject | null = f.fast[0];
  const c2a = code.cell2arg;
  if (c2a !== null) {
    const ci = Array.from(c2a).indexOf(0);
    if (ci >= 0) first = f.cells[ci].contents;
  }
  if (first === null) throw pyError(E.RuntimeError, 'super(): arg[0] deleted');
  const idx = code.freevars.indexOf('__class__');
  if (idx < 0) throw pyError(E.RuntimeError, 'super(): __class__ cell not found');
  const cls = f.cells[code.cellvars.length + idx].contents;
  if (cls === null) throw pyError(E.RuntimeError, 'super(): empty __class__ cell');
  return [cls, first];
}

export { mappingItems };
