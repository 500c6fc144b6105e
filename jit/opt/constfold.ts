// Constant folding and algebraic rewrites: pure ops on constants become constants (pure residual
// calls too), identities such as x + 0, x * 1, x - x, unbox(new_int(x)) disappear, and guards on
// constants that hold are dropped.

import { Const, Op, Trace, Value, constBool, constInt, isPure, OPS, COMMUTATIVE } from '../ir.js';
import { evalPure } from '../ir_eval.js';
import { Rewriter } from './rewriter.js';
import { PyObject, PyInt, intType, classMayChange } from '../objmodel.js';


const isK = (v: Value, x: unknown): boolean => v.kind === 'const' && Object.is(v.value, x);
const def = (v: Value, name: string): Op | null => (v.kind === 'op' && v.name === name ? v : null);

export function constFold(trace: Trace): Trace {
  const rw = new Rewriter(trace);
  for (const op of trace.ops) {
    rw.prepare(op);
    if (rw.takeOvfGuard(op)) continue;
    const args = op.args;
    // constants to the right, so the rules below look in one place
    if (COMMUTATIVE.has(op.name) && args[0].kind === 'const' && args[1].kind !== 'const') {
      [args[0], args[1]] = [args[1], args[0]];
    }
    const kind = OPS[op.name].kind;
    if ((isPure(op) || kind === 'ovf') && args.every((a) => a.kind === 'const')) {
      const folded = fold(op);
      if (folded !== undefined) {
        rw.replace(op, folded);
        if (kind === 'ovf') rw.ovfIsSafe();
        continue;
      }
    }
    if (kind === 'guard' && guardHolds(op)) continue;
    const simpler = simplify(op);
    if (simpler !== null) {
      rw.replace(op, simpler);
      if (kind === 'ovf') rw.ovfIsSafe();
      continue;
    }
    // guard_true(bool_not(b)) is guard_false(b)
    if ((op.name === 'guard_true' || op.name === 'guard_false') && def(args[0], 'bool_not')) {
      op.name = op.name === 'guard_true' ? 'guard_false' : 'guard_true';
      op.args = [(args[0] as Op).args[0]];
    }
    rw.emit(op);
  }
  return rw.result();
}

function fold(op: Op): Const | undefined {
  const vals = op.args.map((a) => (a as Const).value);
  if (op.name === 'call_residual') {
    try {
      const fn = vals[0] as (...a: unknown[]) => unknown;
      const r = fn(...vals.slice(1));
      return op.type === 'void' ? undefined : new Const(op.type, r);
    } catch { return undefined; }
  }
  const r = evalPure(op.name, vals);
  if (r === undefined || op.type === 'void') return undefined;
  return new Const(op.type, r);
}

/** x + 0 and friends: the value the op equals, or null. */
function simplify(op: Op): Value | null {
  const [a, b] = op.args;
  switch (op.name) {
    case 'int_add': case 'int_add_ovf': case 'int_or': case 'int_xor': case 'int_xor_ovf':
    case 'int_lshift': case 'int_lshift_ovf': case 'int_rshift':
      if (isK(b, 0)) return a;
      if (op.name === 'int_or' && a === b) return a;
      if ((op.name === 'int_xor' || op.name === 'int_xor_ovf') && a === b) return constInt(0);
      break;
    case 'int_sub': case 'int_sub_ovf':
      if (isK(b, 0)) return a;
      if (a === b) return constInt(0);
      break;
    case 'int_mul': case 'int_mul_ovf':
      if (isK(b, 1)) return a;
      if (isK(b, 0)) return constInt(0);
      break;
    case 'int_floordiv': if (isK(b, 1)) return a; break;
    case 'int_mod': if (isK(b, 1) || isK(b, -1)) return constInt(0); break;
    case 'int_and':
      if (isK(b, -1) || a === b) return a;
      if (isK(b, 0)) return constInt(0);
      break;
    case 'int_neg': { const d = def(a, 'int_neg'); if (d) return d.args[0]; break; }
    case 'int_eq': case 'int_le': case 'int_ge': case 'ptr_eq': if (a === b) return constBool(true); break;
    case 'int_ne': case 'int_lt': case 'int_gt': case 'ptr_ne': if (a === b) return constBool(false); break;
    case 'bool_not': { const d = def(a, 'bool_not'); if (d) return d.args[0]; break; }
    case 'float_mul': case 'float_truediv': if (isK(b, 1)) return a; break;
    case 'float_sub': if (isK(b, 0)) return a; break; // x - 0.0 is x, even for -0.0
    case 'float_add': if (isK(b, -0)) return a; break; // but x + 0.0 is not (-0.0 + 0.0 == 0.0)
    case 'float_neg': { const d = def(a, 'float_neg'); if (d) return d.args[0]; break; }
    case 'unbox_int': { const d = def(a, 'new_int'); if (d) return d.args[0]; break; }
    case 'unbox_float': { const d = def(a, 'new_float'); if (d) return d.args[0]; break; }
    case 'cast_float_to_int': { const d = def(a, 'cast_int_to_float'); if (d) return d.args[0]; break; }
  }
  return null;
}

/** A guard on constants that is known to pass. */
function guardHolds(op: Op): boolean {
  const [a, b] = op.args;
  if (a === undefined || a.kind !== 'const') return false;
  const v = a.value;
  switch (op.name) {
    case 'guard_true': return v === true;
    case 'guard_false': return v === false;
    case 'guard_value': return b.kind === 'const' && Object.is(v, b.value);
    case 'guard_nonnull': return v !== null;
    case 'guard_isnull': return v === null;
    case 'guard_int': return v instanceof PyInt && v.cls === intType && typeof v.value === 'number';
    // a constant object's class is fixed unless it is an instance of a heap type
    case 'guard_class': return v instanceof PyObject && b.kind === 'const' && v.cls === b.value && !classMayChange(v.cls);
  }
  return false;
}
