// The methods of int and bool: construction (int(x, base)), arithmetic with CPython's rules
// (ints mixed with floats defer to float's reflected methods), comparisons, hashing, formatting.

import { PyObject, PyType } from '../objects/object.js';
import { PyInt, intType, boolType, newIntBig, newInt, newBool, True, False } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyBytes, bytesType } from '../objects/bytes.js';
import { floatPow } from './float.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import * as I from '../lib/int.js';
import { formatIntSpec } from './numformat.js';
import { callSpecial, typeName, truthy, indexValue, toArray } from '../vm/ops/protocols.js';
import { defMethod, def0, def1, defMethodN, defGetter, defClassMethod, parseArgs , defStatic } from './define.js';
import { allocateInstance } from './object.js';

type V = I.PyIntValue;
const val = (o: PyObject): V => (o as PyInt).value;

/** An int result of the right class (subclasses of int compute on the value and return int). */
function box(v: V): PyInt { return newIntBig(v); }

function binop(name: string, f: (a: V, b: V) => V): void {
  def1(intType, name, (a, b) => (b instanceof PyInt ? box(f(val(a), val(b))) : NotImplemented));
}
function rbinop(name: string, f: (a: V, b: V) => V): void {
  def1(intType, name, (a, b) => (b instanceof PyInt ? box(f(val(b), val(a))) : NotImplemented));
}

/** int(x): __int__, __index__, __trunc__, then str/bytes parsing. */
export function toIntValue(x: PyObject): V {
  if (x instanceof PyInt) return x.value;
  if (x instanceof PyFloat) return I.intFromFloat(x.value);
  if (x instanceof PyStr) return I.intFromString(x.value, 10);
  if (x instanceof PyBytes) return I.intFromString(latin1(x.data), 10, () => bytesReprForInt(x));
  for (const m of ['__int__', '__index__', '__trunc__']) {
    const r = callSpecial(x, m, []);
    if (r !== null) {
      if (r instanceof PyInt) return r.value;
      if (m === '__trunc__') return toIntValue(r);
      throw pyError(E.TypeError, `${m} returned non-int (type ${typeName(r)})`);
    }
  }
  throw pyError(E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

function latin1(d: Uint8Array): string { let s = ''; for (const b of d) s += String.fromCharCode(b); return s; }
function bytesReprForInt(b: PyBytes): string {
  let s = "b'";
  for (const c of b.data) s += c >= 32 && c < 127 && c !== 39 && c !== 92 ? String.fromCharCode(c) : '\\x' + c.toString(16).padStart(2, '0');
  return s + "'";
}

export function installInt(): void {
  const t = intType;
  defStatic(t, '__new__', (args, kw) => {
    const [x, base] = parseArgs('int', args, kw, ['x', 'base'], 0, { skip: 1, posOnly: 1 });
    const cls = args[0] as PyType;
    let v: V;
    if (x === null) {
      if (base !== null) throw pyError(E.TypeError, "int() missing string argument");
      v = 0;
    } else if (base !== null) {
      const b = Number(indexValue(base));
      if (x instanceof PyStr) v = I.intFromString(x.value, b);
      else if (x instanceof PyBytes) v = I.intFromString(latin1(x.data), b, () => bytesReprForInt(x));
      else throw pyError(E.TypeError, "int() can't convert non-string with explicit base");
    } else v = toIntValue(x);
    if (cls === intType) return box(v);
    const o = allocateInstance(cls) as PyInt;
    (o as { value: V }).value = v;
    return o;
  });
  def0(t, '__repr__', (self) => newStr(I.intToString(val(self))));
  def0(t, '__hash__', (self) => box(I.intHash(val(self))));
  def0(t, '__bool__', (self) => newBool(val(self) !== 0));
  def0(t, '__index__', (self) => box(val(self)));
  def0(t, '__int__', (self) => box(val(self)));
  def0(t, '__float__', (self) => newFloat(I.intToFloat(val(self))));
  def0(t, '__neg__', (self) => box(I.intNeg(val(self))));
  def0(t, '__pos__', (self) => box(val(self)));
  def0(t, '__abs__', (self) => box(I.intAbs(val(self))));
  def0(t, '__invert__', (self) => box(I.intInvert(val(self))));
  def0(t, '__trunc__', (self) => box(val(self)));
  def0(t, '__floor__', (self) => box(val(self)));
  def0(t, '__ceil__', (self) => box(val(self)));
  defMethodN(t, '__round__', 0, 1, (self, args) => {
    if (args.length === 0 || args[0] === None) return box(val(self));
    const nd = indexValue(args[0]);
    if (nd >= 0) return box(val(self));
    // round to a negative number of digits: half-even on the decimal boundary
    const p = 10n ** BigInt(-nd);
    const x = BigInt(val(self));
    let q = x / p, r = x % p;
    if (r < 0n) { r += p; q -= 1n; }
    const twice = 2n * r;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return box(I.normInt(q * p));
  });
  binop('__add__', I.intAdd); rbinop('__radd__', I.intAdd);
  binop('__sub__', I.intSub); rbinop('__rsub__', I.intSub);
  binop('__mul__', I.intMul); rbinop('__rmul__', I.intMul);
  binop('__floordiv__', I.intFloorDiv); rbinop('__rfloordiv__', I.intFloorDiv);
  binop('__mod__', I.intMod); rbinop('__rmod__', I.intMod);
  binop('__lshift__', I.intLshift); rbinop('__rlshift__', I.intLshift);
  binop('__rshift__', I.intRshift); rbinop('__rrshift__', I.intRshift);
  binop('__and__', I.intAnd); rbinop('__rand__', I.intAnd);
  binop('__or__', I.intOr); rbinop('__ror__', I.intOr);
  binop('__xor__', I.intXor); rbinop('__rxor__', I.intXor);
  def1(t, '__truediv__', (a, b) => (b instanceof PyInt ? newFloat(I.intTrueDiv(val(a), val(b))) : NotImplemented));
  def1(t, '__rtruediv__', (a, b) => (b instanceof PyInt ? newFloat(I.intTrueDiv(val(b), val(a))) : NotImplemented));
  def1(t, '__divmod__', (a, b) => {
    if (!(b instanceof PyInt)) return NotImplemented;
    const [q, r] = I.intDivmod(val(a), val(b));
    return newTuple([box(q), box(r)]);
  });
  def1(t, '__rdivmod__', (a, b) => {
    if (!(b instanceof PyInt)) return NotImplemented;
    const [q, r] = I.intDivmod(val(b), val(a));
    return newTuple([box(q), box(r)]);
  });
  defMethodN(t, '__pow__', 1, 2, (a, args) => intPow(a, args[0], args[1] ?? None));
  defMethodN(t, '__rpow__', 1, 2, (a, args) => intPow(args[0], a, args[1] ?? None));
  const cmp = (name: string, f: (c: number) => boolean) => def1(t, name, (a, b) => {
    if (b instanceof PyInt) return newBool(f(I.intCompare(val(a), val(b))));
    return NotImplemented;
  });
  cmp('__eq__', (c) => c === 0); cmp('__ne__', (c) => c !== 0);
  cmp('__lt__', (c) => c < 0); cmp('__le__', (c) => c <= 0);
  cmp('__gt__', (c) => c > 0); cmp('__ge__', (c) => c >= 0);
  def1(t, '__format__', (self, spec) => newStr(formatIntSpec(val(self), (spec as PyStr).value, self)));
  def0(t, 'bit_length', (self) => newInt(I.intBitLength(val(self))));
  def0(t, 'bit_count', (self) => newInt(I.intBitCount(val(self))));
  def0(t, 'conjugate', (self) => box(val(self)));
  def0(t, 'as_integer_ratio', (self) => newTuple([box(val(self)), newInt(1)]));
  def0(t, 'is_integer', () => True);
  defGetter(t, 'real', (self) => box(val(self)));
  defGetter(t, 'imag', () => newInt(0));
  defGetter(t, 'numerator', (self) => box(val(self)));
  defGetter(t, 'denominator', () => newInt(1));
  defMethod(t, 'to_bytes', (args, kw) => {
    const [length, byteorder, signed] = parseArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, { skip: 1, kwOnlyFrom: 2 });
    const n = length === null ? 1 : Number(indexValue(length));
    const order = byteorder === null ? 'big' : (byteorder as PyStr).value;
    const data = I.intToBytes(val(args[0]), n, order, signed !== null && truthy(signed));
    return new PyBytes(bytesType, data);
  });
  defClassMethod(t, 'from_bytes', (args, kw) => {
    const [bytes, byteorder, signed] = parseArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, { skip: 1, kwOnlyFrom: 2 });
    const data = bytes instanceof PyBytes ? bytes.data : Uint8Array.from(toArray(bytes!).map((x) => Number(val(x))));
    const order = byteorder === null ? 'big' : (byteorder as PyStr).value;
    return box(I.intFromBytes(data, order, signed !== null && truthy(signed)));
  });
  def0(t, '__getnewargs__', (self) => newTuple([box(val(self))]));
  installBool();
}


/** pow(a, b[, m]) on ints: a negative exponent gives a float. */
export function intPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  if (m !== None) {
    if (!(m instanceof PyInt)) return NotImplemented;
    return box(I.intPowMod(val(a), val(b), val(m)));
  }
  const e = val(b);
  if (e < 0) {
    const base = I.intToFloat(val(a));
    if (base === 0) throw pyError(E.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return newFloat(floatPow(base, I.intToFloat(e)));
  }
  return box(I.intPow(val(a), e));
}

function installBool(): void {
  const t = boolType;
  defStatic(t, '__new__', (args, kw) => {
    const [x] = parseArgs('bool', args, kw, ['x'], 0, { skip: 1, posOnly: 1 });
    return x === null ? False : newBool(truthy(x));
  });
  def0(t, '__repr__', (self) => newStr(self === True ? 'True' : 'False'));
  const logic = (name: string, f: (a: boolean, b: boolean) => boolean, intf: (a: V, b: V) => V) =>
    def1(t, name, (a, b) => {
      if (b.cls === boolType) return newBool(f(a === True, b === True));
      if (b instanceof PyInt) return box(intf(val(a), val(b)));
      return NotImplemented;
    });
  logic('__and__', (a, b) => a && b, I.intAnd); logic('__rand__', (a, b) => a && b, I.intAnd);
  logic('__or__', (a, b) => a || b, I.intOr); logic('__ror__', (a, b) => a || b, I.intOr);
  logic('__xor__', (a, b) => a !== b, I.intXor); logic('__rxor__', (a, b) => a !== b, I.intXor);
}
