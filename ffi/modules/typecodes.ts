// How Python code names a C type for _rawffi and _ffi: ctypes type letters ('i', 'L', 'd', 'P',
// 'z', ...), None for void, a _rawffi structure shape, a (shape, n) tuple (n == 1 and a
// structure: the structure itself, by value; otherwise an array of n items), or an _ffi.types
// object. Every spec resolves to one ffi/ CType.
//
// Letters (x86-64 Linux sizes): c char (1-byte bytes), b/B signed/unsigned char, h/H short,
// i/I int, l/L long (8), q/Q long long, f float, d double, ? bool, u wchar_t (4, a 1-char str),
// P void *, z and s char *, Z wchar_t *, v void (result only; None means void too).
// Integer policy (ctypes'): every integer letter WRAPS modulo 2**bits, silently (b: 255 → -1,
// I: -1 → 4294967295, q: 2**64 → 0). What raises: 'c' outside 0..255 or not a 1-byte bytes
// (TypeError), 'u' not a 1-character str (TypeError), 'f'/'d' given an int beyond float range
// (OverflowError), any non-number for a number type (TypeError). _ffi can opt into checking
// (getfunc(..., intmode='check'): OverflowError "integer 300 does not fit 'uint8_t'").

import { PyObject } from '../../interpreter/objects/object.js';
import { PyStr } from '../../interpreter/objects/str.js';
import { PyTuple } from '../../interpreter/objects/tuple.js';
import { PyInt } from '../../interpreter/objects/int.js';
import { None } from '../../interpreter/objects/singletons.js';
import { typeName } from '../../interpreter/vm/ops/protocols.js';
import { ArrayType, CType, PrimitiveType, StructType, arrayOf, primitive, primitiveByCode } from '../ctype.js';
import { FFIError } from '../errors.js';

/** Objects that name a C type (structure and array shapes, _ffi.types objects) implement it:
 *  `ctype` is the type they stand for (for an array shape: its item type); `standalone` says
 *  whether the object alone is a complete type spec (an array shape needs a length: (A, n)). */
export const CTYPE: unique symbol = Symbol('tspy.ffi.ctype');

export interface TypeSource {
  [CTYPE](): { ctype: CType; standalone: boolean };
}

function isTypeSource(o: unknown): o is TypeSource {
  return typeof (o as Partial<TypeSource>)[CTYPE] === 'function';
}

const VOID = primitive('void');
const CHARP = primitive('char *');

/** The CType of a ctypes letter; 's' is PyPy's string pointer (char *), 'v' is void. */
export function typeOfLetter(letter: string): PrimitiveType {
  if (letter === 's') return CHARP;
  if (letter === 'v') return VOID;
  if (letter.length !== 1) throw new FFIError('ValueError', `invalid typecode '${letter}': a single letter expected`);
  return primitiveByCode(letter);
}

/** The letter that names a CType in reprs ('i', 'd', ...); '\0' for composite items, as PyPy. */
export function letterOf(t: CType): string {
  if (t === CHARP) return 'z';
  return t instanceof PrimitiveType && t.code ? t.code : '\0';
}

export type SpecUse = 'arg' | 'result' | 'field' | 'item';

/** Resolve a type spec to a CType. `use` decides what is allowed: void only as a result, an
 *  array by value never as an argument or result (C passes it as a pointer: use 'P'). */
export function parseTypeSpec(o: PyObject, use: SpecUse): CType {
  let t: CType;
  if (o instanceof PyStr) {
    t = typeOfLetter(o.value);
  } else if (o === None) {
    t = VOID;
  } else if (o instanceof PyTuple) {
    t = parseTuple(o);
  } else if (isTypeSource(o)) {
    const { ctype, standalone } = o[CTYPE]();
    if (!standalone) throw new FFIError('TypeError', 'an array shape needs a length here: use (shape, length)');
    t = ctype;
  } else {
    throw new FFIError('TypeError', `expected a type letter, a shape or a (shape, length) tuple, got ${typeName(o)}`);
  }
  if (t.kind === 'void' && use !== 'result') throw new FFIError('ValueError', `void is not a valid ${use === 'arg' ? 'argument' : use} type`);
  if (t instanceof ArrayType && (use === 'arg' || use === 'result')) {
    throw new FFIError('TypeError', `arrays cannot be passed by value (${t.name}): pass a pointer ('P')`);
  }
  return t;
}

function parseTuple(o: PyTuple): CType {
  const [shape, n] = o.items;
  if (o.items.length !== 2 || !(n instanceof PyInt) || typeof n.value !== 'number') {
    throw new FFIError('TypeError', 'expected a (shape, length) tuple');
  }
  let item: CType;
  if (shape instanceof PyStr) item = typeOfLetter(shape.value);
  else if (isTypeSource(shape)) item = shape[CTYPE]().ctype;
  else throw new FFIError('TypeError', `expected a shape in (shape, length), got ${typeName(shape)}`);
  if (item.kind === 'void') throw new FFIError('ValueError', 'void is not a valid item type');
  const len = n.value;
  if (len < 0) throw new FFIError('ValueError', 'array length must be a non-negative integer');
  // PyPy's convention: (StructShape, 1) is the structure itself (by value in signatures).
  if (len === 1 && item instanceof StructType) return item;
  return arrayOf(item, len);
}

/** A list/tuple of specs (argtypes). */
export function parseTypeSpecs(items: readonly PyObject[], use: SpecUse): CType[] {
  return items.map((o) => parseTypeSpec(o, use));
}
