// Binary and unary operators, rich comparisons, `in`, and except-clause matching. Fast paths
// for exact ints, floats and strs; everything else dispatches to the dunder methods with
// CPython's rules (reflected operand first when it is a subclass, NotImplemented, in-place forms).

import { PyObject, PyType } from '../../objects/object.js';
import { PyInt, intType, newInt, newBool, True, False } from '../../objects/int.js';
import { PyFloat, floatType, newFloat } from '../../objects/float.js';
import { PyStr, strType, newStr } from '../../objects/str.js';
import { PyTuple } from '../../objects/tuple.js';
import { NotImplemented } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { compareStrings } from '../../types/str_util.js';
import { BinaryOp, CompareOp, INPLACE_OFFSET, Op } from '../../compiler/opcodes.js';
import { callSpecial, getIter, iterNext, pyEqBool, richCompare, richCompareEq, truthy, typeName, isinstanceOf } from './protocols.js';

const DUNDER: readonly [string, string, string, string][] = [
  // [method, reflected, in-place, symbol], indexed by BinaryOp
  ['__add__', '__radd__', '__iadd__', '+'],
  ['__and__', '__rand__', '__iand__', '&'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'],
  ['__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['__matmul__', '__rmatmul__', '__imatmul__', '@'],
  ['__mul__', '__rmul__', '__imul__', '*'],
  ['__mod__', '__rmod__', '__imod__', '%'],
  ['__or__', '__ror__', '__ior__', '|'],
  ['__pow__', '__rpow__', '__ipow__', '** or pow()'],
  ['__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['__sub__', '__rsub__', '__isub__', '-'],
  ['__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['__xor__', '__rxor__', '__ixor__', '^'],
];

export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  const ca = a.cls, cb = b.cls;
  if (ca === intType && cb === intType) {
    const x = (a as PyInt).value, y = (b as PyInt).value;
    if (typeof x === 'number' && typeof y === 'number') {
      switch (op) {
        case BinaryOp.ADD: case BinaryOp.INPLACE_ADD: { const r = x + y; if (Number.isSafeInteger(r)) return newInt(r); break; }
        case BinaryOp.SUBTRACT: case BinaryOp.INPLACE_SUBTRACT: { const r = x - y; if (Number.isSafeInteger(r)) return newInt(r); break; }
        case BinaryOp.MULTIPLY: case BinaryOp.INPLACE_MULTIPLY: { const r = x * y; if (Number.isSafeInteger(r)) return newInt(r); break; }
        case BinaryOp.AND: case BinaryOp.INPLACE_AND:
          if ((x | 0) === x && (y | 0) === y) return newInt(x & y);
          break;
        case BinaryOp.OR: case BinaryOp.INPLACE_OR:
          if ((x | 0) === x && (y | 0) === y) return newInt(x | y);
          break;
        case BinaryOp.XOR: case BinaryOp.INPLACE_XOR:
          if ((x | 0) === x && (y | 0) === y) return newInt(x ^ y);
          break;
        case BinaryOp.FLOOR_DIVIDE: case BinaryOp.INPLACE_FLOOR_DIVIDE:
          if (y > 0 && x >= 0) return newInt(Math.floor(x / y));
          break;
        case BinaryOp.REMAINDER: case BinaryOp.INPLACE_REMAINDER:
          if (y > 0 && x >= 0) return newInt(x % y);
          break;
      }
    }
  } else if (ca === floatType && (cb === floatType || cb === intType)) {
    const r = floatFast((a as PyFloat).value, cb === floatType ? (b as PyFloat).value : intAsFloat(b as PyInt), op);
    if (r !== null) return r;
  } else if (ca === intType && cb === floatType) {
    const r = floatFast(intAsFloat(a as PyInt), (b as PyFloat).value, op);
    if (r !== null) return r;
  } else if (ca === strType && cb === strType && (op === BinaryOp.ADD || op === BinaryOp.INPLACE_ADD)) {
    return newStr((a as PyStr).value + (b as PyStr).value);
  }
  return binaryOpGeneric(a, b, op);
}

function intAsFloat(i: PyInt): number {
  const v = i.value;
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!isFinite(f)) throw pyError(E.OverflowError, 'int too large to convert to float');
  return f;
}

function floatFast(x: number, y: number, op: number): PyObject | null {
  switch (op) {
    case BinaryOp.ADD: case BinaryOp.INPLACE_ADD: return newFloat(x + y);
    case BinaryOp.SUBTRACT: case BinaryOp.INPLACE_SUBTRACT: return newFloat(x - y);
    case BinaryOp.MULTIPLY: case BinaryOp.INPLACE_MULTIPLY: return newFloat(x * y);
    case BinaryOp.TRUE_DIVIDE: case BinaryOp.INPLACE_TRUE_DIVIDE:
      if (y === 0) return null;
      return newFloat(x / y);
  }
  return null;
}

/** The dunder protocol for binary operators (in-place first for the INPLACE_* forms). */
export function binaryOpGeneric(a: PyObject, b: PyObject, op: number): PyObject {
  const inplace = op >= INPLACE_OFFSET;
  const base = inplace ? op - INPLACE_OFFSET : op;
  const [m, rm, im, sym] = DUNDER[base];
  if (inplace) {
    const r = callSpecial(a, im, [b]);
    if (r !== null && r !== NotImplemented) return r;
  }
  const r = binaryDispatch(a, b, m, rm);
  if (r !== NotImplemented) return r;
  const shown = inplace ? (base === BinaryOp.POWER ? '**=' : sym + '=') : sym;
  throw pyError(E.TypeError,
    `unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'` +
    (sym === '>>' && typeName(a) === 'builtin_function_or_method' ? '. Did you mean "print(<message>, file=<output_stream>)"?' : ''));
}

/** a.m(b) / b.rm(a) with CPython's ordering; NotImplemented when neither applies. */
export function binaryDispatch(a: PyObject, b: PyObject, m: string, rm: string): PyObject {
  const ta = a.cls, tb = b.cls;
  const fa = ta.lookup(m);
  const fb = ta === tb ? null : tb.lookup(rm);
  if (fb !== null && tb.isSubtypeOf(ta) && fb !== ta.lookup(rm)) {
    const r = callSpecial(b, rm, [a]);
    if (r !== null && r !== NotImplemented) return r;
    if (fa !== null) {
      const r2 = callSpecial(a, m, [b]);
      if (r2 !== null && r2 !== NotImplemented) return r2;
    }
    return NotImplemented;
  }
  if (fa !== null) {
    const r = callSpecial(a, m, [b]);
    if (r !== null && r !== NotImplemented) return r;
  }
  if (fb !== null) {
    const r = callSpecial(b, rm, [a]);
    if (r !== null && r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function unaryOp(a: PyObject, op: Op): PyObject {
  if (a.cls === intType) {
    const v = (a as PyInt).value;
    if (typeof v === 'number') {
      if (op === Op.UNARY_NEGATIVE) return newInt(-v);
      if (op === Op.UNARY_POSITIVE) return a;
      if (op === Op.UNARY_INVERT && (v | 0) === v) return newInt(~v);
    }
  } else if (a.cls === floatType) {
    if (op === Op.UNARY_NEGATIVE) return newFloat(-(a as PyFloat).value);
    if (op === Op.UNARY_POSITIVE) return a;
  }
  const [name, sym] = op === Op.UNARY_NEGATIVE ? ['__neg__', '-'] : op === Op.UNARY_POSITIVE ? ['__pos__', '+'] : ['__invert__', '~'];
  const r = callSpecial(a, name, []);
  if (r === null) throw pyError(E.TypeError, `bad operand type for unary ${sym}: '${typeName(a)}'`);
  return r;
}

const CMP: readonly [string, string][] = [
  ['__lt__', '__gt__'], ['__le__', '__ge__'], ['__eq__', '__eq__'],
  ['__ne__', '__ne__'], ['__gt__', '__lt__'], ['__ge__', '__le__'],
];

export function compareOp(a: PyObject, b: PyObject, op: number): PyObject {
  const ca = a.cls, cb = b.cls;
  if (ca === intType && cb === intType) {
    const x = (a as PyInt).value, y = (b as PyInt).value;
    switch (op) {
      case CompareOp.LT: return x < y ? True : False;
      case CompareOp.LE: return x <= y ? True : False;
      case CompareOp.EQ: return x === y ? True : False;
      case CompareOp.NE: return x !== y ? True : False;
      case CompareOp.GT: return x > y ? True : False;
      case CompareOp.GE: return x >= y ? True : False;
    }
  }
  if (ca === floatType && cb === floatType) {
    const x = (a as PyFloat).value, y = (b as PyFloat).value;
    switch (op) {
      case CompareOp.LT: return newBool(x < y);
      case CompareOp.LE: return newBool(x <= y);
      case CompareOp.EQ: return newBool(x === y);
      case CompareOp.NE: return newBool(x !== y);
      case CompareOp.GT: return newBool(x > y);
      case CompareOp.GE: return newBool(x >= y);
    }
  }
  if (ca === strType && cb === strType) {
    const x = (a as PyStr).value, y = (b as PyStr).value;
    switch (op) {
      case CompareOp.EQ: return newBool(x === y);
      case CompareOp.NE: return newBool(x !== y);
      // Code-point order (code units differ from it across surrogate pairs).
      case CompareOp.LT: return newBool(compareStrings(x, y) < 0);
      case CompareOp.LE: return newBool(compareStrings(x, y) <= 0);
      case CompareOp.GT: return newBool(compareStrings(x, y) > 0);
      case CompareOp.GE: return newBool(compareStrings(x, y) >= 0);
    }
  }
  if (op === CompareOp.EQ) return richCompareEq(a, b);
  const [m, rm] = CMP[op];
  return richCompare(a, b, m, rm);
}

/** `item in container`. */
export function contains(container: PyObject, item: PyObject): boolean {
  if (container.cls === strType && item.cls === strType) {
    return (container as PyStr).value.includes((item as PyStr).value);
  }
  const r = callSpecial(container, '__contains__', [item]);
  if (r !== null) return truthy(r);
  if (container.cls.lookup('__iter__') === null && container.cls.lookup('__getitem__') === null) {
    throw pyError(E.TypeError, `argument of type '${typeName(container)}' is not iterable`);
  }
  const it = getIter(container);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) if (pyEqBool(v, item)) return true;
  return false;
}

/** `except T:` matching; T may be a class or a tuple of classes. */
export function exceptionMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(exc, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(E.BaseException)) {
    throw pyError(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isinstanceOf(exc, t);
}
