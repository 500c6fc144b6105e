// The machinery every optimiser pass shares: walk the ops once, forward values that a pass has
// replaced (in arguments and resume data), emit what survives. Passes consume their input trace
// (ops are reused and rewritten in place) and return a new one.

import { Op, Trace, Value, mapResume, OPS, labelIndex, writesHeap } from '../ir.js';

export class Rewriter {
  readonly ops: Op[] = [];
  private readonly forward = new Map<Value, Value>();
  /** Set when an _ovf op was dropped or proven safe: its guard_no_overflow must go too. */
  private dropNextOvfGuard = false;

  constructor(readonly trace: Trace) {}

  get(v: Value): Value {
    let r = this.forward.get(v);
    if (r === undefined) return v;
    for (let n = this.forward.get(r); n !== undefined; n = this.forward.get(r)) r = n;
    this.forward.set(v, r);
    return r;
  }

  /** From now on every use of `v` reads `by`. */
  replace(v: Value, by: Value): void { if (v !== by) this.forward.set(v, by); }

  /** Rewrites the op's arguments and resume data through the forwarding map (in place). */
  prepare(op: Op): Op {
    for (let i = 0; i < op.args.length; i++) op.args[i] = this.get(op.args[i]);
    if (op.resume !== null) op.resume = mapResume(op.resume, (v) => this.get(v));
    return op;
  }

  emit(op: Op): void {
    if (OPS[op.name].kind === 'ovf') this.dropNextOvfGuard = false;
    this.ops.push(op);
  }

  /** The current _ovf op will not overflow (it was folded or made plain): drop its guard. */
  ovfIsSafe(): void { this.dropNextOvfGuard = true; }

  /** True (once) when a guard_no_overflow belongs to an _ovf op that was proven safe. */
  takeOvfGuard(op: Op): boolean {
    if (op.name !== 'guard_no_overflow' || !this.dropNextOvfGuard) return false;
    this.dropNextOvfGuard = false;
    return true;
  }

  result(): Trace { return { inputargs: this.trace.inputargs, ops: this.ops }; }
}

/** A trace pass: Trace in (consumed), Trace out. */
export type Pass = (trace: Trace) => Trace;

/**
 * What the loop body (from the label to the end) may do to the heap. At the label, passes keep
 * heap knowledge learned in the preamble only for what the body never changes.
 */
export interface BodyEffects { writesSomething: boolean; calls: boolean; writtenOps: Set<string>; writtenSlots: Set<number> }

export function bodyEffects(trace: Trace): BodyEffects {
  const fx: BodyEffects = { writesSomething: false, calls: false, writtenOps: new Set(), writtenSlots: new Set() };
  const start = labelIndex(trace);
  if (start < 0) return fx;
  for (let i = start + 1; i < trace.ops.length; i++) {
    const op = trace.ops[i];
    if (!writesHeap(op)) continue;
    fx.writesSomething = true;
    if (op.name === 'call_residual') fx.calls = true;
    fx.writtenOps.add(op.name);
    if (op.name === 'setfield_map_slot' && op.args[1].kind === 'const') fx.writtenSlots.add(op.args[1].value as number);
    if (op.name === 'setfield_map_slot' && op.args[1].kind !== 'const') fx.writtenSlots.add(-1);
  }
  return fx;
}
