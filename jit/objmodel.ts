// What the JIT knows about the interpreter's object model: the builtin types its ops specialise
// on, the allocation of boxes, and which facts about an object can change behind the trace's back.
// The one place jit/ imports object-model modules (besides residual-call helpers chosen by the recorder).

import { PyObject, PyType, AttrMap, TF_HEAPTYPE } from '../interpreter/objects/object.js';
import { PyInt, intType, newInt, True, False } from '../interpreter/objects/int.js';
import { PyFloat, floatType, newFloat } from '../interpreter/objects/float.js';
import { PyTuple, tupleType, newTuple } from '../interpreter/objects/tuple.js';
import { PyList, listType, newList } from '../interpreter/objects/list.js';
import { PyStr } from '../interpreter/objects/str.js';

export { PyObject, PyType, AttrMap, PyInt, PyFloat, PyTuple, PyList, PyStr, intType, floatType, tupleType, listType, True, False };

/** An instance of `cls` laid out by `map` (new_with_map). */
export function newWithMap(cls: PyType, map: AttrMap, slots: PyObject[]): PyObject {
  const o = new PyObject(cls);
  o.map = map;
  o.slots = slots;
  return o;
}

export const boxInt = newInt;
export const boxFloat = newFloat;
export const boxBool = (b: boolean): PyObject => (b ? True : False);
export const makeTuple = (items: PyObject[]): PyObject => newTuple(items);
export const makeList = (items: PyObject[]): PyObject => newList(items);

/** Python len() of a str: code points, not UTF-16 units. */
export function strLen(s: PyStr): number {
  if (!s.hasAstral) return s.value.length;
  let n = 0;
  for (const _ of s.value) n++;
  return n;
}

/**
 * Can an object of this class later have another class (`obj.__class__ = X`)? Only instances of
 * heap types can; the class of an int, float, tuple... never changes, so such facts survive calls.
 */
export function classMayChange(cls: unknown): boolean {
  return !(cls instanceof PyType) || (cls.flags & TF_HEAPTYPE) !== 0;
}

/** The class of a constant object (null for non-objects). */
export function classOf(o: unknown): PyType | null {
  return o instanceof PyObject ? o.cls : null;
}

/** The class that each allocation op produces, when fixed by the op itself. */
export function allocClass(op: string): PyType | null {
  switch (op) {
    case 'new_int': return intType;
    case 'new_float': return floatType;
    case 'new_tuple': return tupleType;
    case 'new_list': return listType;
  }
  return null;
}

export function isExactSmallInt(o: unknown): boolean {
  return o instanceof PyInt && o.cls === intType && typeof o.value === 'number';
}
