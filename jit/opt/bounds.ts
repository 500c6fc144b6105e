// Integer bounds (LuaJIT's/PyPy's intbounds): an interval per int value, narrowed by the guards
// on comparisons. An _ovf op whose interval fits the safe range becomes the plain op (its
// guard_no_overflow goes), and comparisons whose outcome the intervals decide become constants.
// Loop counters: `guard_true(int_lt(i, n))` bounds i below n <= MAX_SAFE, so `i + 1` cannot overflow.

import { Op, Trace, Value, constBool, OpName } from '../ir.js';
import { MAX_SAFE, MIN_SAFE } from '../intmath.js';
import { Rewriter } from './rewriter.js';

export class IntBound {
  constructor(public lo: number, public hi: number) {}
  static full(): IntBound { return new IntBound(MIN_SAFE, MAX_SAFE); }
  static exact(v: number): IntBound { return new IntBound(v, v); }
  fits(): boolean { return this.lo >= MIN_SAFE && this.hi <= MAX_SAFE; }
  clip(): IntBound { return new IntBound(Math.max(this.lo, MIN_SAFE), Math.min(this.hi, MAX_SAFE)); }
  get isConst(): boolean { return this.lo === this.hi; }
}

const PLAIN: Partial<Record<OpName, OpName>> = {
  int_add_ovf: 'int_add', int_sub_ovf: 'int_sub', int_mul_ovf: 'int_mul', int_lshift_ovf: 'int_lshift', int_xor_ovf: 'int_xor',
};
const MAX_LEN = 2 ** 32 - 1;

export function intBounds(trace: Trace): Trace {
  const rw = new Rewriter(trace);
  const bounds = new Map<Value, IntBound>();
  const b = (v: Value): IntBound => {
    if (v.kind === 'const' && v.type === 'int') return IntBound.exact(v.value as number);
    let r = bounds.get(v);
    if (r === undefined) { r = IntBound.full(); bounds.set(v, r); }
    return r;
  };
  /** Narrows v's interval (it holds from here on: the trace is linear). */
  const narrow = (v: Value, lo: number, hi: number): void => {
    if (v.kind === 'const') return;
    const r = b(v);
    r.lo = Math.max(r.lo, lo);
    r.hi = Math.min(r.hi, hi);
  };

  for (const op of trace.ops) {
    rw.prepare(op);
    if (rw.takeOvfGuard(op)) continue;
    const [x, y] = op.args;
    switch (op.name) {
      case 'guard_true': case 'guard_false': {
        if (x.kind === 'const') { if (x.value === (op.name === 'guard_true')) continue; break; }
        if (x.kind === 'op') learn(x, op.name === 'guard_true');
        break;
      }
      case 'guard_value':
        if (x.type === 'int' && y.kind === 'const') narrow(x, y.value as number, y.value as number);
        break;
      case 'int_lt': case 'int_le': case 'int_gt': case 'int_ge': case 'int_eq': case 'int_ne': {
        const known = compare(op.name, b(x), b(y));
        if (known !== null) { rw.replace(op, constBool(known)); continue; }
        break;
      }
      case 'int_is_zero': case 'int_is_true': {
        const r = b(x);
        if (r.lo > 0 || r.hi < 0) { rw.replace(op, constBool(op.name === 'int_is_true')); continue; }
        if (r.isConst) { rw.replace(op, constBool((r.lo !== 0) === (op.name === 'int_is_true'))); continue; }
        break;
      }
      default: {
        const plain = PLAIN[op.name];
        if (plain !== undefined) {
          const r = result(op.name, b(x), b(y));
          if (r !== null && r.fits()) {
            op.name = plain;
            rw.ovfIsSafe();
          }
        }
      }
    }
    if (op.type === 'int') {
      const r = result(op.name, op.args[0] && b(op.args[0]), op.args[1] && b(op.args[1]));
      if (r !== null) bounds.set(op, r.clip());
    }
    rw.emit(op);
  }
  return rw.result();

  /** The comparison `cmp` is known to be `truth`: narrow both sides. */
  function learn(cmp: Op, truth: boolean): void {
    let name = cmp.name as string;
    const [x, y] = cmp.args;
    if (name === 'int_is_true' || name === 'int_is_zero') {
      if ((name === 'int_is_zero') !== truth) return; // x != 0 is not an interval
      narrow(x, 0, 0);
      return;
    }
    if (!truth) name = NEGATE[name] ?? '';
    const bx = b(x), by = b(y);
    switch (name) {
      case 'int_lt': narrow(x, MIN_SAFE, by.hi - 1); narrow(y, bx.lo + 1, MAX_SAFE); break;
      case 'int_le': narrow(x, MIN_SAFE, by.hi); narrow(y, bx.lo, MAX_SAFE); break;
      case 'int_gt': narrow(x, by.lo + 1, MAX_SAFE); narrow(y, MIN_SAFE, bx.hi - 1); break;
      case 'int_ge': narrow(x, by.lo, MAX_SAFE); narrow(y, MIN_SAFE, bx.hi); break;
      case 'int_eq': {
        const lo = Math.max(bx.lo, by.lo), hi = Math.min(bx.hi, by.hi);
        narrow(x, lo, hi); narrow(y, lo, hi);
        break;
      }
    }
  }
}

const NEGATE: Record<string, string> = { int_lt: 'int_ge', int_le: 'int_gt', int_gt: 'int_le', int_ge: 'int_lt', int_eq: 'int_ne', int_ne: 'int_eq' };

function compare(name: string, x: IntBound, y: IntBound): boolean | null {
  switch (name) {
    case 'int_lt': return x.hi < y.lo ? true : x.lo >= y.hi ? false : null;
    case 'int_le': return x.hi <= y.lo ? true : x.lo > y.hi ? false : null;
    case 'int_gt': return x.lo > y.hi ? true : x.hi <= y.lo ? false : null;
    case 'int_ge': return x.lo >= y.hi ? true : x.hi < y.lo ? false : null;
    case 'int_eq': return x.isConst && y.isConst && x.lo === y.lo ? true : x.hi < y.lo || y.hi < x.lo ? false : null;
    case 'int_ne': return x.isConst && y.isConst && x.lo === y.lo ? false : x.hi < y.lo || y.hi < x.lo ? true : null;
  }
  return null;
}

/** The interval of an int op's result from its arguments' (unclipped: may exceed the safe range). */
function result(name: OpName, x: IntBound | undefined, y: IntBound | undefined): IntBound | null {
  switch (name) {
    case 'int_add': case 'int_add_ovf': return new IntBound(x!.lo + y!.lo, x!.hi + y!.hi);
    case 'int_sub': case 'int_sub_ovf': return new IntBound(x!.lo - y!.hi, x!.hi - y!.lo);
    case 'int_mul': case 'int_mul_ovf': {
      const p = [x!.lo * y!.lo, x!.lo * y!.hi, x!.hi * y!.lo, x!.hi * y!.hi];
      return new IntBound(Math.min(...p), Math.max(...p));
    }
    case 'int_neg': return new IntBound(-x!.hi, -x!.lo);
    case 'int_floordiv':
      if (y!.isConst && y!.lo > 0) return new IntBound(Math.floor(x!.lo / y!.lo), Math.floor(x!.hi / y!.lo));
      return null;
    case 'int_mod':
      if (y!.lo > 0) return new IntBound(0, x!.lo >= 0 ? Math.min(x!.hi, y!.hi - 1) : y!.hi - 1);
      if (y!.hi < 0) return new IntBound(y!.lo + 1, 0);
      return null;
    case 'int_and':
      if (x!.lo >= 0 && y!.lo >= 0) return new IntBound(0, Math.min(x!.hi, y!.hi));
      if (x!.lo >= 0) return new IntBound(0, x!.hi);
      if (y!.lo >= 0) return new IntBound(0, y!.hi);
      return null;
    case 'int_rshift':
      if (y!.lo >= 0) { // floor(x / 2**n) is monotone in x and in n: the corners bound it
        const n0 = 2 ** Math.min(y!.lo, 53), n1 = 2 ** Math.min(y!.hi, 53);
        return new IntBound(Math.min(Math.floor(x!.lo / n0), Math.floor(x!.lo / n1)),
          Math.max(Math.floor(x!.hi / n0), Math.floor(x!.hi / n1)));
      }
      return null;
    case 'int_lshift': case 'int_lshift_ovf':
      if (y!.lo >= 0 && y!.hi <= 60) {
        const p = [x!.lo * 2 ** y!.lo, x!.lo * 2 ** y!.hi, x!.hi * 2 ** y!.lo, x!.hi * 2 ** y!.hi];
        return new IntBound(Math.min(...p), Math.max(...p));
      }
      return null;
    case 'int_xor': case 'int_xor_ovf':
      if (x!.lo >= 0 && y!.lo >= 0) return new IntBound(0, MAX_SAFE); // below 2**53
      return null;
    case 'arraylen': case 'strlen': case 'tuplelen': return new IntBound(0, MAX_LEN);
    case 'cast_bool_to_int': return new IntBound(0, 1);
  }
  return null;
}
