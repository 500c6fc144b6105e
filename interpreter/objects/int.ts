// int and bool. An int holds a JS number while it is a safe integer and a bigint beyond, never a
// bigint with a safe value, so equal ints always have equal representations (see normInt).

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const intType = makeBuiltinType('int');
export const boolType = makeBuiltinType('bool', intType, 0);

export class PyInt extends PyObject {
  constructor(cls: PyType, public readonly value: number | bigint) { super(cls); }
}
intType.allocate = (cls) => new PyInt(cls, 0);

const SMALL_MIN = -5, SMALL_MAX = 1024;
const small: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) small.push(new PyInt(intType, i));

export const False = new PyInt(boolType, 0);
export const True = new PyInt(boolType, 1);

/** A Python int from a JS number that must be a safe integer (callers guarantee it). */
export function newInt(v: number): PyInt {
  if (v >= SMALL_MIN && v <= SMALL_MAX && (v | 0) === v) return small[v - SMALL_MIN];
  return new PyInt(intType, v === 0 ? 0 : v); // -0 is not an int
}

/** A Python int from a number or bigint in any range. */
export function newIntBig(v: number | bigint): PyInt {
  if (typeof v === 'number') return newInt(v);
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return new PyInt(intType, v);
}

export function newBool(b: boolean): PyInt { return b ? True : False; }

export function isInt(o: PyObject): o is PyInt { return o instanceof PyInt; }
