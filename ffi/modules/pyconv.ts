// Python objects <-> the JS values ffi/ works with, one small converter per C type, built once per
// type and context and reused by every call, callback and memory access (so a FuncPtr's argument
// path is: unboxer (PyObject → JS value) → ffi's argToC (JS value → koffi value) → native call).
//
// Contexts:
//   'arg'    — an argument of a call: bytes/str given to a pointer parameter are copied into the
//              per-call arena by ffi/ (valid for the duration of the call only).
//   'memory' — a value written into C memory, or returned by a callback: the memory must outlive
//              the statement, so bytes/str are refused for pointer types (pass an address).
// Boxing:
//   'result' — a call result or a callback argument: `char *` → bytes or None, `wchar_t *` → str
//              or None (ctypes' c_char_p/c_wchar_p behaviour; ffi/ has already decoded them).
//   'memory' — a value read from C memory: `char *`/`wchar_t *` are addresses (ints), to decode
//              with charp2string/wcharp2unicode.

import { PyObject } from '../../interpreter/objects/object.js';
import { PyInt, newInt, newIntBig, newBool } from '../../interpreter/objects/int.js';
import { PyFloat, newFloat } from '../../interpreter/objects/float.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { PyBytes, newBytes } from '../../interpreter/objects/bytes.js';
import { None } from '../../interpreter/objects/singletons.js';
import { indexValue, truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { getAttrDefault } from '../../interpreter/vm/ops/attr.js';
import type { CType } from '../ctype.js';
import { FFIError } from '../errors.js';
import { ADDRESS, hasAddress } from './cdata.js';

export type Unboxer = (o: PyObject) => unknown;
export type Boxer = (v: unknown) => PyObject;
export type UnboxContext = 'arg' | 'memory';
export type BoxContext = 'result' | 'memory';

function typeError(msg: string): FFIError {
  return new FFIError('TypeError', msg);
}

/** `_as_parameter_` (ctypes) or `_as_ffi_pointer_` hooks are followed at most this deep. */
const MAX_INDIRECTION = 8;

/** The object's `_as_parameter_`, or null. Only user objects can have one: builtin values are
 *  handled before this is asked. */
function asParameter(o: PyObject): PyObject | null {
  if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes || o === None) return null;
  return getAttrDefault(o, '_as_parameter_', null);
}

/** The address of an object standing for C memory: our instances, or an object whose
 *  `_as_parameter_` or `buffer` attribute is (or leads to) an address. null when none. */
export function addressOfObject(o: PyObject, depth = 0): number | null {
  if (hasAddress(o)) return o[ADDRESS]();
  if (depth >= MAX_INDIRECTION || o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes || o === None) return null;
  const p = getAttrDefault(o, '_as_parameter_', null) ?? getAttrDefault(o, 'buffer', null);
  if (p === null) return null;
  if (p instanceof PyInt) return typeof p.value === 'number' ? p.value : Number(p.value);
  return addressOfObject(p, depth + 1);
}

// ---------------------------------------------------------------------------------------------
// Unboxers

function intSlow(o: PyObject, depth: number): unknown {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  const p = depth < MAX_INDIRECTION ? asParameter(o) : null;
  if (p !== null) return intSlow(p, depth + 1);
  if (o.cls.lookup('__index__') !== null) return indexValue(o);
  throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
}

function floatSlow(o: PyObject, depth: number): unknown {
  if (o instanceof PyFloat || o instanceof PyInt) return o.value;
  const p = depth < MAX_INDIRECTION ? asParameter(o) : null;
  if (p !== null) return floatSlow(p, depth + 1);
  if (o.cls.lookup('__index__') !== null) return indexValue(o);
  throw typeError(`must be real number, not ${typeName(o)}`);
}

function charSlow(o: PyObject, depth: number): unknown {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyInt) return o.value;
  const p = depth < MAX_INDIRECTION ? asParameter(o) : null;
  if (p !== null) return charSlow(p, depth + 1);
  throw typeError('one character bytes, bytearray or integer expected');
}

function wcharSlow(o: PyObject, depth: number): unknown {
  if (o instanceof PyStr) return o.value;
  const p = depth < MAX_INDIRECTION ? asParameter(o) : null;
  if (p !== null) return wcharSlow(p, depth + 1);
  throw typeError(`unicode string expected instead of ${typeName(o)} instance`);
}

/** Pointer-like values: int address, None, our instances, `_as_parameter_`/`buffer`; in 'arg'
 *  context also bytes (→ char *) and str (→ wchar_t *), as `accepts` says. */
function pointerSlow(o: PyObject, accepts: 'bytes' | 'str' | 'both' | 'none', expected: string): unknown {
  if (o instanceof PyInt) return o.value;
  if (o === None) return null;
  if (o instanceof PyBytes && (accepts === 'bytes' || accepts === 'both')) return o.data;
  if (o instanceof PyStr && (accepts === 'str' || accepts === 'both')) return o.value;
  const a = addressOfObject(o);
  if (a !== null) return a;
  throw typeError(`expected ${expected}, got ${typeName(o)}`);
}

/** PyObject → the JS value ffi/'s converters for type `t` accept. */
export function unboxer(t: CType, ctx: UnboxContext): Unboxer {
  const arg = ctx === 'arg';
  switch (t.kind) {
    case 'int':
      return (o) => (o instanceof PyInt ? o.value : intSlow(o, 0));
    case 'float':
      return (o) => (o instanceof PyFloat ? o.value : floatSlow(o, 0));
    case 'bool':
      return (o) => truthy(o);
    case 'char':
      return (o) => charSlow(o, 0);
    case 'wchar':
      return (o) => wcharSlow(o, 0);
    case 'pointer':
    case 'array':
      return arg
        ? (o) => pointerSlow(o, 'both', 'int, bytes, str, None or an object with an address')
        : (o) => pointerSlow(o, 'none', 'int, None or an object with an address');
    case 'charp':
      return arg
        ? (o) => pointerSlow(o, 'bytes', 'bytes, int or None')
        : (o) => pointerSlow(o, 'none', 'int or None (an address: bytes cannot be stored as char *)');
    case 'wcharp':
      return arg
        ? (o) => pointerSlow(o, 'str', 'str, int or None')
        : (o) => pointerSlow(o, 'none', 'int or None (an address: str cannot be stored as wchar_t *)');
    case 'struct':
    case 'union':
      // By value: ffi/ wants the address of the struct's memory and copies it.
      return (o) => {
        const a = hasAddress(o) ? o[ADDRESS]() : addressOfObject(o);
        if (a === null) throw typeError(`expected a ${t.name} instance, got ${typeName(o)}`);
        return a;
      };
    case 'void':
      return () => {
        throw typeError('void is not a value type');
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Boxers

const boxNone: Boxer = () => None;
const boxSmallInt: Boxer = (v) => newInt(v as number);
const boxInt: Boxer = (v) => newIntBig(v as number | bigint);
const boxFloat: Boxer = (v) => newFloat(v as number);
const boxBool: Boxer = (v) => newBool(Boolean(v));
const boxChar: Boxer = (v) => newBytes(Uint8Array.of((v as number) & 0xff));
const boxWchar: Boxer = (v) => newStr(v as string);
const boxBytesOrNone: Boxer = (v) => (v === null || v === undefined ? None : newBytes(v as Uint8Array));
const boxStrOrNone: Boxer = (v) => (v === null || v === undefined ? None : newStr(v as string));

/** JS value (as ffi/ returns it for type `t`) → PyObject. Structs are boxed by the caller (it
 *  knows the shape); here they are their address. */
export function boxer(t: CType, ctx: BoxContext): Boxer {
  switch (t.kind) {
    case 'void': return boxNone;
    case 'int': return t.size < 8 ? boxSmallInt : boxInt;
    case 'float': return boxFloat;
    case 'bool': return boxBool;
    case 'char': return boxChar;
    case 'wchar': return boxWchar;
    case 'charp': return ctx === 'result' ? boxBytesOrNone : boxInt;
    case 'wcharp': return ctx === 'result' ? boxStrOrNone : boxInt;
    default: return boxInt; // pointer, array (decays to a pointer), struct address
  }
}
