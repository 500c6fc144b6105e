// The methods of float: construction, arithmetic (ints are converted exactly or raise
// OverflowError), `**` through libm's pow as CPython does, comparisons exact across int/float,
// repr, hash, rounding and formatting.

import { PyObject, PyType } from '../objects/object.js';
import { PyInt, newIntBig, newBool, newInt } from '../objects/int.js';
import { PyFloat, floatType, newFloat } from '../objects/float.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyBytes } from '../objects/bytes.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { newComplex } from '../objects/complex.js';
import * as F from '../lib/float.js';
import { intToFloat, intFloatCompare } from '../lib/int.js';
import { pow as libmPow } from '../lib/libm.js';
import { floatPow as libFloatPow, COMPLEX_RESULT } from '../lib/mathfuncs.js';
import { formatFloatSpec } from './numformat.js';
import { callSpecial, typeName, indexValue, idOf } from '../vm/ops/protocols.js';
import { def0, def1, defMethodN, defGetter, defClassMethod, parseArgs, defStatic } from './define.js';
import { allocateInstance } from './object.js';

const fval = (o: PyObject): number => (o as PyFloat).value;

/** A float operand: floats as is, ints converted (OverflowError when too large), else null. */
function asFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  return null;
}

export function toFloatValue(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyStr) return F.floatFromString(x.value);
  if (x instanceof PyBytes) {
    let s = ''; for (const b of x.data) s += String.fromCharCode(b);
    return F.floatFromString(s);
  }
  const r = callSpecial(x, '__float__', []);
  if (r !== null) {
    if (r instanceof PyFloat) return r.value;
    throw pyError(E.TypeError, `${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (x instanceof PyInt) return intToFloat(x.value);
  const ix = callSpecial(x, '__index__', []);
  if (ix instanceof PyInt) return intToFloat(ix.value);
  throw pyError(E.TypeError, `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** x ** y on floats (lib/mathfuncs.floatPow); a negative base to a fractional power is complex. */
export function floatPow(x: number, y: number): number {
  const r = libFloatPow(x, y);
  return r === COMPLEX_RESULT ? NaN : r;
}

function powObj(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const x = asFloat(a), y = asFloat(b);
  if (x === null || y === null) return NotImplemented;
  if (m !== None) throw pyError(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  const r = libFloatPow(x, y);
  if (r === COMPLEX_RESULT) {
    // A negative base to a fractional power is complex, as in CPython.
    const mag = libmPow(-x, y), ang = Math.PI * y;
    return newComplex(mag * Math.cos(ang), mag * Math.sin(ang));
  }
  return newFloat(r);
}

export function installFloat(): void {
  const t = floatType;
  defStatic(t, '__new__', (args, kw) => {
    const [x] = parseArgs('float', args, kw, ['x'], 0, { skip: 1, posOnly: 1 });
    const v = x === null ? 0 : toFloatValue(x);
    const cls = args[0] as PyType;
    if (cls === floatType) return newFloat(v);
    const o = allocateInstance(cls) as PyFloat;
    (o as { value: number }).value = v;
    return o;
  });
  def0(t, '__repr__', (self) => newStr(F.floatRepr(fval(self))));
  def0(t, '__hash__', (self) => {
    const x = fval(self);
    // NaN hashes by identity (CPython 3.10+)
    return x !== x ? newInt(Math.floor(idOf(self) / 16)) : newIntBig(F.floatHash(x));
  });
  def0(t, '__bool__', (self) => newBool(fval(self) !== 0));
  def0(t, '__float__', (self) => newFloat(fval(self)));
  def0(t, '__int__', (self) => newIntBig(F.floatToInt(fval(self))));
  def0(t, '__trunc__', (self) => newIntBig(F.floatToInt(fval(self))));
  def0(t, '__floor__', (self) => newIntBig(F.floatToInt(Math.floor(fval(self)))));
  def0(t, '__ceil__', (self) => newIntBig(F.floatToInt(Math.ceil(fval(self)))));
  def0(t, '__neg__', (self) => newFloat(-fval(self)));
  def0(t, '__pos__', (self) => newFloat(fval(self)));
  def0(t, '__abs__', (self) => newFloat(Math.abs(fval(self))));
  defMethodN(t, '__round__', 0, 1, (self, args) => {
    const x = fval(self);
    if (args.length === 0 || args[0] === None) return newIntBig(F.floatRoundToInt(x));
    return newFloat(F.floatRound(x, Number(indexValue(args[0]))));
  });
  const arith = (name: string, rname: string, f: (a: number, b: number) => number) => {
    def1(t, name, (a, b) => { const y = asFloat(b); return y === null ? NotImplemented : newFloat(f(fval(a), y)); });
    def1(t, rname, (a, b) => { const y = asFloat(b); return y === null ? NotImplemented : newFloat(f(y, fval(a))); });
  };
  arith('__add__', '__radd__', (a, b) => a + b);
  arith('__sub__', '__rsub__', (a, b) => a - b);
  arith('__mul__', '__rmul__', (a, b) => a * b);
  arith('__truediv__', '__rtruediv__', F.floatTrueDiv);
  arith('__floordiv__', '__rfloordiv__', F.floatFloorDiv);
  arith('__mod__', '__rmod__', F.floatMod);
  def1(t, '__divmod__', (a, b) => {
    const y = asFloat(b); if (y === null) return NotImplemented;
    const [q, r] = F.floatDivmod(fval(a), y); return newTuple([newFloat(q), newFloat(r)]);
  });
  def1(t, '__rdivmod__', (a, b) => {
    const y = asFloat(b); if (y === null) return NotImplemented;
    const [q, r] = F.floatDivmod(y, fval(a)); return newTuple([newFloat(q), newFloat(r)]);
  });
  defMethodN(t, '__pow__', 1, 2, (a, args) => powObj(a, args[0], args[1] ?? None));
  defMethodN(t, '__rpow__', 1, 2, (a, args) => powObj(args[0], a, args[1] ?? None));
  const cmp = (name: string, f: (c: number) => boolean) => def1(t, name, (a, b) => {
    const x = fval(a);
    if (b instanceof PyFloat) {
      const y = b.value;
      if (x !== x || y !== y) return newBool(name === '__ne__');
      return newBool(f(x < y ? -1 : x > y ? 1 : 0));
    }
    if (b instanceof PyInt) {
      if (x !== x) return newBool(name === '__ne__');
      return newBool(f(-intFloatCompare(b.value, x)));
    }
    return NotImplemented;
  });
  cmp('__eq__', (c) => c === 0); cmp('__ne__', (c) => c !== 0);
  cmp('__lt__', (c) => c < 0); cmp('__le__', (c) => c <= 0);
  cmp('__gt__', (c) => c > 0); cmp('__ge__', (c) => c >= 0);
  def1(t, '__format__', (self, spec) => newStr(formatFloatSpec(fval(self), (spec as PyStr).value)));
  def0(t, 'is_integer', (self) => newBool(F.floatIsInteger(fval(self))));
  def0(t, 'as_integer_ratio', (self) => {
    const [n, d] = F.floatAsIntegerRatio(fval(self));
    return newTuple([newIntBig(n), newIntBig(d)]);
  });
  def0(t, 'hex', (self) => newStr(F.floatHex(fval(self))));
  defClassMethod(t, 'fromhex', (args) => newFloat(F.floatFromHex((args[1] as PyStr).value)));
  def0(t, 'conjugate', (self) => newFloat(fval(self)));
  defGetter(t, 'real', (self) => newFloat(fval(self)));
  defGetter(t, 'imag', () => newFloat(0));
  def0(t, '__getnewargs__', (self) => newTuple([newFloat(fval(self))]));
}
