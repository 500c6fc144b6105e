// Evaluates one pure IR operation on constant arguments, with the same semantics the JS backend
// emits (both use intmath.ts). The constant folder is its user; undefined means "do not fold"
// (a division by zero, an overflow, or an op that is not pure).

import { OpName } from './ir.js';
import {
  isSafeInt, pyFloorDiv, pyMod, int53And, int53Or, int53Xor, pyLshift, pyRshift, floatMod, floatFloorDiv,
} from './intmath.js';
import { PyInt, PyFloat, PyTuple, PyStr, intType, floatType, boxBool, strLen } from './objmodel.js';

type N = number;

/** The result of `name(args)` or undefined. Ovf ops give undefined when the result is not safe. */
export function evalPure(name: OpName, args: readonly unknown[]): unknown {
  const [a, b] = args as [N, N];
  switch (name) {
    case 'int_add': case 'int_add_ovf': return safe(a + b);
    case 'int_sub': case 'int_sub_ovf': return safe(a - b);
    case 'int_mul': case 'int_mul_ovf': return safe(a * b + 0);
    case 'int_floordiv': return b === 0 ? undefined : pyFloorDiv(a, b);
    case 'int_mod': return b === 0 ? undefined : pyMod(a, b);
    case 'int_and': return int53And(a, b);
    case 'int_or': return int53Or(a, b);
    case 'int_xor': case 'int_xor_ovf': return safe(int53Xor(a, b));
    case 'int_lshift': case 'int_lshift_ovf': return b < 0 ? undefined : safe(pyLshift(a, b));
    case 'int_rshift': return b < 0 ? undefined : pyRshift(a, b);
    case 'int_neg': return -a + 0;
    case 'int_lt': case 'float_lt': return a < b;
    case 'int_le': case 'float_le': return a <= b;
    case 'int_eq': case 'float_eq': return a === b;
    case 'int_ne': case 'float_ne': return a !== b;
    case 'int_gt': case 'float_gt': return a > b;
    case 'int_ge': case 'float_ge': return a >= b;
    case 'int_is_zero': return a === 0;
    case 'int_is_true': return a !== 0;
    case 'float_add': return a + b;
    case 'float_sub': return a - b;
    case 'float_mul': return a * b;
    case 'float_truediv': return b === 0 ? undefined : a / b;
    case 'float_floordiv': return b === 0 ? undefined : floatFloorDiv(a, b);
    case 'float_mod': return b === 0 ? undefined : floatMod(a, b);
    case 'float_neg': return -a;
    case 'float_abs': return Math.abs(a);
    case 'cast_int_to_float': return a;
    case 'cast_float_to_int': { const t = Math.trunc(a); return Number.isFinite(t) && isSafeInt(t) ? t + 0 : undefined; }
    case 'cast_bool_to_int': return (args[0] as boolean) ? 1 : 0;
    case 'bool_not': return !(args[0] as boolean);
    case 'ptr_eq': return args[0] === args[1];
    case 'ptr_ne': return args[0] !== args[1];
    case 'new_bool': return boxBool(args[0] as boolean);
    case 'unbox_int': {
      const o = args[0];
      return o instanceof PyInt && o.cls === intType && typeof o.value === 'number' ? o.value : undefined;
    }
    case 'unbox_float': { const o = args[0]; return o instanceof PyFloat && o.cls === floatType ? o.value : undefined; }
    case 'strlen': return args[0] instanceof PyStr ? strLen(args[0]) : undefined;
    case 'tuplelen': return args[0] instanceof PyTuple ? args[0].items.length : undefined;
    case 'getitem_tuple': {
      const t = args[0];
      return t instanceof PyTuple && b >= 0 && b < t.items.length ? t.items[b] : undefined;
    }
  }
  return undefined;
}

function safe(r: number): number | undefined { return isSafeInt(r) ? r + 0 : undefined; }
