// Helpers for building containers in displays and calls: list.extend for `[*a]`, set updates,
// dict updates for `{**m}`, and the `f(**m)` merge with CPython's duplicate/type errors.

import { PyObject } from '../../objects/object.js';
import { PyList } from '../../objects/list.js';
import { PySet } from '../../objects/set.js';
import { PyDict } from '../../objects/dict.js';
import { PyStr } from '../../objects/str.js';
import { E, pyError, PyBaseException } from '../../objects/exceptions.js';
import { call, toArray, typeName } from './protocols.js';
import { getAttr } from './attr.js';
import { getItem } from './subscript.js';
import { funcDescription } from './describe.js';
import { setUpdateFrom } from '../../types/set.js';

export function listExtend(list: PyList, iterable: PyObject): void {
  try {
    const items = toArray(iterable);
    for (const v of items) list.items.push(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === E.TypeError && iterable.cls.lookup('__iter__') === null &&
        iterable.cls.lookup('__getitem__') === null) {
      throw pyError(E.TypeError, `Value after * must be an iterable, not ${typeName(iterable)}`);
    }
    throw e;
  }
}

export function setUpdate(set: PySet, iterable: PyObject): void {
  setUpdateFrom(set, iterable);
}

/** The (key, value) pairs of a mapping: a dict, or anything with keys() and __getitem__. */
export function mappingItems(m: PyObject): [PyObject, PyObject][] {
  if (m instanceof PyDict && m.cls.lookup('keys') === PyDictKeys) return [...m.table.entries()];
  const keys = toArray(call(getAttr(m, 'keys'), []));
  return keys.map((k) => [k, getItem(m, k)]);
}
let PyDictKeys: PyObject | null = null;
export function setDictKeysMethod(f: PyObject): void { PyDictKeys = f; }

export function dictUpdate(d: PyDict, m: PyObject): void {
  if (m.cls.lookup('keys') === null) {
    throw pyError(E.TypeError, `'${typeName(m)}' object is not a mapping`);
  }
  for (const [k, v] of mappingItems(m)) d.setItem(k, v);
}

export function dictMerge(d: PyDict, m: PyObject, func: PyObject | null): void {
  if (m.cls.lookup('keys') === null) {
    throw pyError(E.TypeError, `${func ? funcDescription(func) : 'function'} argument after ** must be a mapping, not ${typeName(m)}`);
  }
  for (const [k, v] of mappingItems(m)) {
    if (d.getItem(k) !== undefined) {
      throw pyError(E.TypeError, `${func ? funcDescription(func) : 'function'} got multiple values for keyword argument '${k instanceof PyStr ? k.value : '?'}'`);
    }
    d.setItem(k, v);
  }
}

/** CALL_FUNCTION_EX's keyword dict → keyword names, appending values to `args`. */
export function kwargsToCall(kw: PyObject, args: PyObject[], func: PyObject): string[] {
  const names: string[] = [];
  for (const [k, v] of mappingItems(kw)) {
    if (!(k instanceof PyStr)) throw pyError(E.TypeError, `keywords must be strings`);
    names.push(k.value);
    args.push(v);
  }
  return names;
}
