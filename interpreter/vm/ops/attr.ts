// Attribute access: object.__getattribute__/__setattr__/__delattr__ semantics (data descriptors,
// then the instance's attributes, then non-data descriptors and class attributes, then
// __getattr__), type and module attribute access, and instance storage through maps.

import { PyObject, PyType, AttrMap, TF_HAS_DICT, TF_HEAPTYPE } from '../../objects/object.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from '../../objects/function.js';
import { PyGetSet, PyProperty, PyWrapperDescriptor, classmethodType, staticmethodType } from '../../objects/descriptors.js';
import { PyDict, newDict } from '../../objects/dict.js';
import { PyModule } from '../../objects/module.js';
import { PyStr, internStr } from '../../objects/str.js';
import { None } from '../../objects/singletons.js';
import { E, pyError, PyBaseException, newException } from '../../objects/exceptions.js';
import { call, callBound, isinstanceOf, typeName } from './protocols.js';

// ---- instance storage (maps) ----

export function instanceGet(obj: PyObject, name: string): PyObject | undefined {
  const map = obj.map;
  if (map !== null) {
    const i = map.index.get(name);
    return i === undefined ? undefined : obj.slots![i];
  }
  if (obj.dict !== null) return obj.dict.getStr(name);
  return undefined;
}

export function instanceSet(obj: PyObject, name: string, value: PyObject): void {
  if (obj.dict !== null) { obj.dict.setStr(name, value); return; }
  const map = obj.map ?? AttrMap.ROOT;
  const i = map.index.get(name);
  if (i !== undefined) { obj.slots![i] = value; return; }
  obj.map = map.withAttr(name);
  (obj.slots ??= []).push(value);
}

export function instanceDelete(obj: PyObject, name: string): boolean {
  if (obj.dict !== null) return obj.dict.delStr(name);
  const map = obj.map;
  if (map === null) return false;
  const i = map.index.get(name);
  if (i === undefined) return false;
  // Rebuild along the transition tree without `name` (deletion is rare; keeps maps shared).
  const names = map.names, slots = obj.slots!;
  let m = AttrMap.ROOT;
  const out: PyObject[] = [];
  for (let j = 0; j < names.length; j++) {
    if (j === i) continue;
    m = m.withAttr(names[j]);
    out.push(slots[j]);
  }
  obj.map = m; obj.slots = out;
  return true;
}

/** `obj.__dict__`: switches the instance to dict mode so the program sees a live dict. */
export function instanceDict(obj: PyObject): PyDict {
  if (obj.dict === null) {
    const d = newDict();
    const map = obj.map;
    if (map !== null) map.names.forEach((n, i) => d.setStr(n, obj.slots![i]));
    obj.dict = d; obj.map = null; obj.slots = null;
  }
  return obj.dict;
}

export function typeHasDict(t: PyType): boolean { return (t.flags & TF_HAS_DICT) !== 0; }

// ---- descriptors ----

export function isDataDescriptor(d: PyObject): boolean {
  if (d instanceof PyGetSet || d instanceof PyProperty) return true;
  if (d instanceof PyFunction || d instanceof PyBuiltinFunction) return false;
  const t = d.cls;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

/** descr.__get__(obj, owner) with fast paths for the builtin descriptor kinds. */
export function descrGet(d: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyBuiltinFunction) {
    if (obj === null || d.self !== null || d.owner === null) return d;
    return new PyBuiltinFunction(d.name, d.fn, obj, d.owner, d.cls, d.doc);
  }
  if (d instanceof PyGetSet) return obj === null ? d : d.get(obj);
  if (d instanceof PyProperty) {
    if (obj === null) return d;
    if (d.fget === null || d.fget === None) {
      throw pyError(E.AttributeError, `property '${propertyName(d)}' of '${typeName(obj)}' object has no getter`);
    }
    return call(d.fget, [obj]);
  }
  if (d instanceof PyWrapperDescriptor) {
    if (d.cls === staticmethodType) return d.callable;
    if (d.cls === classmethodType) return new PyMethod(d.callable, owner);
  }
  const get = d.cls.lookup('__get__');
  if (get === null) return d;
  return callBound(get, d, [obj ?? None, owner]);
}

function propertyName(p: PyProperty): string {
  const f = p.fget ?? p.fset ?? p.fdel;
  return f instanceof PyFunction ? f.name : '?';
}

// ---- get ----

let objectGetattribute: PyObject | null = null;
let objectSetattr: PyObject | null = null;
let objectDelattr: PyObject | null = null;
export function setObjectAttrSlots(get: PyObject, set: PyObject, del: PyObject): void {
  objectGetattribute = get; objectSetattr = set; objectDelattr = del;
}

export function isDefaultGetattribute(t: PyType): boolean { return t.lookup('__getattribute__') === objectGetattribute; }
export function isDefaultSetattr(t: PyType): boolean { return t.lookup('__setattr__') === objectSetattr; }

export function getAttr(obj: PyObject, name: string): PyObject {
  const t = obj.cls;
  const ga = t.lookup('__getattribute__');
  if (ga !== objectGetattribute && ga !== null) {
    try {
      return callBound(ga, obj, [internStr(name)]);
    } catch (e) {
      if (e instanceof PyBaseException && isinstanceOf(e, E.AttributeError)) {
        const ge = t.lookup('__getattr__');
        if (ge !== null) return callBound(ge, obj, [internStr(name)]);
      }
      throw e;
    }
  }
  const v = getAttrOrNull(obj, name);
  if (v !== null) return v;
  const ge = t.lookup('__getattr__');
  if (ge !== null) return callBound(ge, obj, [internStr(name)]);
  throw attributeError(obj, name);
}

export function attributeError(obj: PyObject, name: string): PyBaseException {
  let msg: string;
  if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
  const e = newException(E.AttributeError, msg);
  e.setExtra('name', internStr(name));
  e.setExtra('obj', obj);
  return e;
}

/** object.__getattribute__ without the final AttributeError (null when not found). */
export function getAttrOrNull(obj: PyObject, name: string): PyObject | null {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  const t = obj.cls;
  const d = t.lookup(name);
  if (d !== null && !(d instanceof PyFunction) && isDataDescriptor(d)) return descrGet(d, obj, t);
  if (obj instanceof PyModule) {
    const v = obj.ns.getStr(name);
    if (v !== undefined) return v;
  } else {
    const v = instanceGet(obj, name);
    if (v !== undefined) return v;
  }
  if (d !== null) return descrGet(d, obj, t);
  return null;
}

/** type.__getattribute__: metatype data descriptors, then the MRO, then the metatype. */
function typeGetAttr(cls: PyType, name: string): PyObject | null {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== null && isDataDescriptor(md)) return descrGet(md, cls, meta);
  const d = cls.lookup(name);
  if (d !== null) {
    if (d instanceof PyFunction || (d instanceof PyBuiltinFunction)) return d;
    return descrGet(d, null, cls);
  }
  if (md !== null) return descrGet(md, cls, meta);
  return null;
}

/**
 * LOAD_METHOD's lookup: when obj.name is a plain function found on the type (and not shadowed by
 * an instance attribute), return it unbound so the call avoids allocating a bound method.
 */
export function lookupMethod(obj: PyObject, name: string): PyObject | null {
  if (obj instanceof PyType || obj instanceof PyModule) return null;
  const t = obj.cls;
  const ga = t.lookup('__getattribute__');
  if (ga !== objectGetattribute) return null;
  const d = t.lookup(name);
  if (d instanceof PyFunction || (d instanceof PyBuiltinFunction && d.owner !== null && d.self === null)) {
    if ((obj.map !== null || obj.dict !== null) && instanceGet(obj, name) !== undefined) return null;
    return d;
  }
  return null;
}

// ---- set / delete ----

export function setAttr(obj: PyObject, name: string, value: PyObject): void {
  const t = obj.cls;
  const sa = t.lookup('__setattr__');
  if (sa !== objectSetattr && sa !== null) {
    callBound(sa, obj, [internStr(name), value]);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** object.__setattr__ (and type/module attribute assignment). */
export function genericSetAttr(obj: PyObject, name: string, value: PyObject | null): void {
  if (obj instanceof PyType) return typeSetAttr(obj, name, value);
  const t = obj.cls;
  const d = t.lookup(name);
  if (d !== null && isDataDescriptor(d)) { descrSet(d, obj, value, name); return; }
  if (obj instanceof PyModule) {
    if (value === null) {
      if (!obj.ns.delStr(name)) throw attributeError(obj, name);
    } else obj.ns.setStr(name, value);
    return;
  }
  if ((t.flags & TF_HAS_DICT) === 0) {
    if (d !== null && value !== null) {
      throw pyError(E.AttributeError, `'${typeName(obj)}' object attribute '${name}' is read-only`);
    }
    throw attributeError(obj, name);
  }
  if (value === null) {
    if (!instanceDelete(obj, name)) throw attributeError(obj, name);
  } else instanceSet(obj, name, value);
}

function descrSet(d: PyObject, obj: PyObject, value: PyObject | null, name: string): void {
  if (d instanceof PyGetSet) {
    if (d.set === null) {
      throw pyError(E.AttributeError, `attribute '${name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, value);
    return;
  }
  if (d instanceof PyProperty) {
    const f = value === null ? d.fdel : d.fset;
    if (f === null || f === None) {
      throw pyError(E.AttributeError,
        `property '${propertyName(d)}' of '${typeName(obj)}' object has no ${value === null ? 'deleter' : 'setter'}`);
    }
    if (value === null) call(f, [obj]); else call(f, [obj, value]);
    return;
  }
  if (value === null) {
    const del = d.cls.lookup('__delete__');
    if (del === null) throw pyError(E.AttributeError, '__delete__');
    callBound(del, d, [obj]);
  } else {
    const set = d.cls.lookup('__set__');
    if (set === null) throw pyError(E.AttributeError, '__set__');
    callBound(set, d, [obj, value]);
  }
}

function typeSetAttr(cls: PyType, name: string, value: PyObject | null): void {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== null && isDataDescriptor(md)) { descrSet(md, cls, value, name); return; }
  if ((cls.flags & TF_HEAPTYPE) === 0) {
    throw pyError(E.TypeError, `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (value === null) {
    if (!cls.ns.has(name)) throw attributeError(cls, name);
    cls.setAttr(name, null);
  } else cls.setAttr(name, value);
}

export function delAttr(obj: PyObject, name: string): void {
  const t = obj.cls;
  const da = t.lookup('__delattr__');
  if (da !== objectDelattr && da !== null) {
    callBound(da, obj, [internStr(name)]);
    return;
  }
  genericSetAttr(obj, name, null);
}

export function getAttrDefault(obj: PyObject, name: string, dflt: PyObject | null): PyObject | null {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.AttributeError)) return dflt;
    throw e;
  }
}

export function strName(o: PyObject, what = 'attribute name'): string {
  if (!(o instanceof PyStr)) throw pyError(E.TypeError, `${what} must be string, not '${typeName(o)}'`);
  return o.value;
}
