// Recording of arithmetic and comparisons: on small ints (overflow guarded) and floats the
// operation becomes IR; on anything else (big ints, strings, user types, **) a residual call of
// the interpreter's binaryOp/compareOp/unaryOp, whose result is what the interpreter computes.

import { Op as Bc, BinaryOp, CompareOp, INPLACE_OFFSET } from '../../interpreter/compiler/opcodes.js';
import { PyObject } from '../../interpreter/objects/object.js';
import { PyInt, True, False } from '../../interpreter/objects/int.js';
import { PyFloat } from '../../interpreter/objects/float.js';
import { floatPow } from '../../interpreter/types/float.js';
import { OpName, Value, constInt, constFloat, constRef } from '../ir.js';
import { Box } from './frame.js';
import { TraceRecorder, StepResult, isSmallInt, isFloat } from './recorder.js';
import * as H from './helpers.js';

const INT_OPS: Partial<Record<number, OpName>> = {
  [BinaryOp.ADD]: 'int_add_ovf', [BinaryOp.SUBTRACT]: 'int_sub_ovf', [BinaryOp.MULTIPLY]: 'int_mul_ovf',
  [BinaryOp.FLOOR_DIVIDE]: 'int_floordiv', [BinaryOp.REMAINDER]: 'int_mod',
  [BinaryOp.AND]: 'int_and', [BinaryOp.OR]: 'int_or', [BinaryOp.XOR]: 'int_xor_ovf',
  [BinaryOp.LSHIFT]: 'int_lshift_ovf', [BinaryOp.RSHIFT]: 'int_rshift',
};
const FLOAT_OPS: Partial<Record<number, OpName>> = {
  [BinaryOp.ADD]: 'float_add', [BinaryOp.SUBTRACT]: 'float_sub', [BinaryOp.MULTIPLY]: 'float_mul',
  [BinaryOp.TRUE_DIVIDE]: 'float_truediv', [BinaryOp.FLOOR_DIVIDE]: 'float_floordiv', [BinaryOp.REMAINDER]: 'float_mod',
};
const INT_CMP: OpName[] = ['int_lt', 'int_le', 'int_eq', 'int_ne', 'int_gt', 'int_ge'];
const FLOAT_CMP: OpName[] = ['float_lt', 'float_le', 'float_eq', 'float_ne', 'float_gt', 'float_ge'];

export function stepArith(r: TraceRecorder, op: Bc, arg: number): StepResult | null {
  const f = r.f;
  const next = f.pc + 1;
  switch (op) {
    case Bc.BINARY_OP: {
      const a = f.top(2), b = f.top(1);
      const res = binary(r, a, b, arg);
      f.stack.length -= 2;
      f.push(res); f.pc = next; return 'next';
    }
    case Bc.COMPARE_OP: {
      const a = f.top(2), b = f.top(1);
      const res = compare(r, a, b, arg);
      f.stack.length -= 2;
      f.push(res); f.pc = next; return 'next';
    }
    case Bc.UNARY_NEGATIVE: case Bc.UNARY_POSITIVE: case Bc.UNARY_INVERT: {
      const a = f.top();
      let res: Box | null = null;
      if (op === Bc.UNARY_NEGATIVE && isSmallInt(a.o) && a.v.type !== 'bool') {
        const o = H.unaryOp(a.o, op);
        if (isSmallInt(o)) res = { v: r.emit('int_neg', [r.int(a)]), o };
      } else if (op === Bc.UNARY_NEGATIVE && isFloat(a.o)) {
        res = { v: r.emit('float_neg', [r.float(a)]), o: H.unaryOp(a.o, op) };
      }
      res ??= r.residualBox(unaryFn, [a], [constInt(op)], [op]);
      f.pop(); f.push(res); f.pc = next; return 'next';
    }
    case Bc.UNARY_NOT: {
      const a = f.top();
      // a failing guard means the other truth: resume after the instruction with its result
      const rest = f.stack.slice(0, -1);
      const t = r.truth(a, (t) => r.snapAt(next, [...rest, r.constBox(t ? True : False)]));
      f.pop(); f.push(r.constBox(t ? False : True)); f.pc = next; return 'next';
    }
    case Bc.IS_OP: {
      const a = f.top(2), b = f.top(1);
      const same = a.o === b.o;
      let v: Value;
      if (a.v.type === 'ref' && b.v.type === 'ref') v = r.emit(arg === 1 ? 'ptr_ne' : 'ptr_eq', [a.v, b.v]);
      else if ((a.v.type !== 'ref' && b.v.kind === 'const') || (b.v.type !== 'ref' && a.v.kind === 'const')) {
        // an unboxed number against a constant object: known from the number's class
        const c = (a.v.kind === 'const' ? a : b).o;
        const n = (a.v.kind === 'const' ? b : a).o;
        if (c === null || n === null || c.cls === n.cls) r.abort('is on numbers');
        v = constBoolOf(same !== (arg === 1));
      } else r.abort('is on numbers');
      f.stack.length -= 2;
      f.push(r.boolBox(v, same !== (arg === 1))); f.pc = next; return 'next';
    }
    case Bc.CONTAINS_OP: {
      const item = f.top(2), container = f.top(1);
      const t = r.residual(H.contains, [r.ref(container), r.ref(item)], [container.o, item.o], 'bool') as boolean;
      let v: Value = r.lastResult!;
      if (arg === 1) v = r.emit('bool_not', [v]);
      f.stack.length -= 2;
      f.push(r.boolBox(v, t !== (arg === 1))); f.pc = next; return 'next';
    }
  }
  return null;
}

function unaryFn(op: number, a: PyObject): PyObject { return H.unaryOp(a, op); }
function binaryFn(op: number, a: PyObject, b: PyObject): PyObject { return H.binaryOp(a, b, op); }
function compareFn(op: number, a: PyObject, b: PyObject): PyObject { return H.compareOp(a, b, op); }

function constBoolOf(b: boolean): Value { return { kind: 'const', type: 'bool', value: b } as Value; }

function binary(r: TraceRecorder, a: Box, b: Box, arg: number): Box {
  const base = arg >= INPLACE_OFFSET ? arg - INPLACE_OFFSET : arg;
  const ai = isSmallInt(a.o) && a.v.type !== 'bool', bi = isSmallInt(b.o) && b.v.type !== 'bool';
  const af = isFloat(a.o), bf = isFloat(b.o);
  if (ai && bi) {
    const name = INT_OPS[base];
    if (name !== undefined || base === BinaryOp.TRUE_DIVIDE) {
      let o: PyObject;
      try { o = H.binaryOp(a.o!, b.o!, arg); } catch { return r.residualBox(binaryFn, [a, b], [constInt(arg)], [arg]); }
      const x = r.int(a), y = r.int(b);
      if (base === BinaryOp.TRUE_DIVIDE) {
        if (!isFloat(o)) return r.residualBox(binaryFn, [a, b], [constInt(arg)], [arg]);
        const fx = r.emit('cast_int_to_float', [x]), fy = r.emit('cast_int_to_float', [y]);
        r.guardBool(r.emit('int_is_zero', [y]), false);
        return { v: r.emit('float_truediv', [fx, fy]), o };
      }
      if (isSmallInt(o)) {
        if (base === BinaryOp.FLOOR_DIVIDE || base === BinaryOp.REMAINDER) r.guardBool(r.emit('int_is_zero', [y]), false);
        if (base === BinaryOp.LSHIFT || base === BinaryOp.RSHIFT) r.guardBool(r.emit('int_ge', [y, constInt(0)]), true);
        const v = r.emit(name!, [x, y]);
        if (name!.endsWith('_ovf')) r.guard('guard_no_overflow', []);
        return { v, o };
      }
    }
  } else if ((af || ai) && (bf || bi) && (af || bf)) {
    if (base === BinaryOp.POWER && (a.o as PyFloat | PyInt).value as number >= 0) {
      // a non-negative base never gives a complex result: float ** float through the interpreter's floatPow
      let o: PyObject;
      try { o = H.binaryOp(a.o!, b.o!, arg); } catch { return r.residualBox(binaryFn, [a, b], [constInt(arg)], [arg]); }
      const x = r.float(a), y = r.float(b);
      r.guardBool(r.emit('float_ge', [x, constFloat(0)]), true);
      const num = (bx: Box): number => (bx.o as PyFloat | PyInt).value as number;
      r.residual(floatPow, [x, y], [num(a), num(b)], 'float', 'may_raise');
      return { v: r.lastResult!, o };
    }
    const name = FLOAT_OPS[base];
    if (name !== undefined) {
      let o: PyObject;
      try { o = H.binaryOp(a.o!, b.o!, arg); } catch { return r.residualBox(binaryFn, [a, b], [constInt(arg)], [arg]); }
      if (isFloat(o)) {
        const x = r.float(a), y = r.float(b);
        if (base === BinaryOp.TRUE_DIVIDE || base === BinaryOp.FLOOR_DIVIDE || base === BinaryOp.REMAINDER) {
          r.guardBool(r.emit('float_eq', [y, constFloat(0)]), false);
        }
        return { v: r.emit(name, [x, y]), o };
      }
    }
  }
  return r.residualBox(binaryFn, [a, b], [constInt(arg)], [arg]);
}

function compare(r: TraceRecorder, a: Box, b: Box, arg: number): Box {
  const ai = isSmallInt(a.o) && a.v.type !== 'bool', bi = isSmallInt(b.o) && b.v.type !== 'bool';
  const af = isFloat(a.o), bf = isFloat(b.o);
  if (arg >= CompareOp.LT && arg <= CompareOp.GE) {
    if (ai && bi) {
      const o = H.compareOp(a.o!, b.o!, arg);
      return { v: r.emit(INT_CMP[arg], [r.int(a), r.int(b)]), o };
    }
    if ((af || ai) && (bf || bi)) {
      const o = H.compareOp(a.o!, b.o!, arg);
      return { v: r.emit(FLOAT_CMP[arg], [r.float(a), r.float(b)]), o };
    }
  }
  return r.residualBox(compareFn, [a, b], [constInt(arg)], [arg]);
}
void PyInt; void PyFloat; void constRef;
