// The helpers compiled traces call, by name in the generated source and by value through the
// constants array: Python int/float arithmetic (intmath.ts) and the object model's allocators.

import {
  pyFloorDiv, pyMod, int53And, int53Or, int53Xor, pyLshift, pyRshift, floatMod, floatFloorDiv, MAX_SAFE,
} from '../intmath.js';
import { boxInt, boxFloat, newWithMap, makeTuple, makeList, strLen, intType, True, False, PyObject } from '../objmodel.js';

function isSmallInt(o: PyObject): boolean {
  return o.cls === intType && typeof (o as { value?: unknown }).value === 'number';
}
/** An instance gains an attribute: its new map, the value in the next slot (as the interpreter's instanceSet). */
function addSlot(o: PyObject, map: PyObject['map'], v: PyObject): void {
  o.map = map;
  (o.slots ??= []).push(v);
}
function truncToInt(x: number): number { return Math.trunc(x) + 0; }

/** Generated-source name -> value. Names are fixed identifiers chosen here, never user text. */
export const RUNTIME = {
  FLOORDIV: pyFloorDiv, MOD: pyMod, AND: int53And, OR: int53Or, XOR: int53Xor, LSHIFT: pyLshift, RSHIFT: pyRshift,
  FMOD: floatMod, FFLOORDIV: floatFloorDiv, FABS: Math.abs, TRUNC: truncToInt, MAXSAFE: MAX_SAFE,
  NEWINT: boxInt, NEWFLOAT: boxFloat, NEWOBJ: newWithMap, NEWTUPLE: makeTuple, NEWLIST: makeList,
  STRLEN: strLen, ADDSLOT: addSlot, ISSMALLINT: isSmallInt, TRUE: True, FALSE: False,
} as const;

export type RuntimeName = keyof typeof RUNTIME;
