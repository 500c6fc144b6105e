// Subscription: obj[key], obj[key] = v, del obj[key], with fast paths for list/tuple/dict and the
// __getitem__/__setitem__/__delitem__ protocol (and __class_getitem__ on classes) otherwise.

import { PyObject, PyType } from '../../objects/object.js';
import { PyInt, intType } from '../../objects/int.js';
import { PyList, listType } from '../../objects/list.js';
import { PyTuple, tupleType } from '../../objects/tuple.js';
import { PyDict, dictType } from '../../objects/dict.js';
import { E, pyError, newException } from '../../objects/exceptions.js';
import { PyStr, strType } from '../../objects/str.js';
import { strGetItem } from '../../types/str.js';
import { callSpecial, callBound, call, typeName, repr } from './protocols.js';
import { descrGet } from './attr.js';

export function getItem(obj: PyObject, key: PyObject): PyObject {
  const c = obj.cls;
  if (key.cls === intType && typeof (key as PyInt).value === 'number') {
    let i = (key as PyInt).value as number;
    if (c === listType) {
      const items = (obj as PyList).items;
      if (i < 0) i += items.length;
      if (i >= 0 && i < items.length) return items[i];
      throw pyError(E.IndexError, 'list index out of range');
    }
    if (c === tupleType) {
      const items = (obj as PyTuple).items;
      if (i < 0) i += items.length;
      if (i >= 0 && i < items.length) return items[i];
      throw pyError(E.IndexError, 'tuple index out of range');
    }
  }
  if (c === strType) return strGetItem(obj as PyStr, key);
  if (c === dictType) {
    const v = (obj as PyDict).getItem(key);
    if (v !== undefined) return v;
    throw keyError(key);
  }
  const m = c.lookup('__getitem__');
  if (m !== null) return callBound(m, obj, [key]);
  if (obj instanceof PyType) {
    const cg = obj.lookup('__class_getitem__');
    if (cg !== null) return call(descrGet(cg, null, obj), [key]);
    throw pyError(E.TypeError, `type '${obj.name}' is not subscriptable`);
  }
  throw pyError(E.TypeError, `'${typeName(obj)}' object is not subscriptable`);
}

export function keyError(key: PyObject) {
  const e = newException(E.KeyError);
  e.args = [key];
  return e;
}

export function setItem(obj: PyObject, key: PyObject, value: PyObject): void {
  const c = obj.cls;
  if (c === listType && key.cls === intType && typeof (key as PyInt).value === 'number') {
    const items = (obj as PyList).items;
    let i = (key as PyInt).value as number;
    if (i < 0) i += items.length;
    if (i >= 0 && i < items.length) { items[i] = value; return; }
    throw pyError(E.IndexError, 'list assignment index out of range');
  }
  if (c === dictType) { (obj as PyDict).setItem(key, value); return; }
  if (callSpecial(obj, '__setitem__', [key, value]) === null) {
    throw pyError(E.TypeError, `'${typeName(obj)}' object does not support item assignment`);
  }
}

export function delItem(obj: PyObject, key: PyObject): void {
  if (callSpecial(obj, '__delitem__', [key]) === null) {
    throw pyError(E.TypeError, `'${typeName(obj)}' object doesn't support item deletion`);
  }
}

export { repr };
