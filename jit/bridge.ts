// Starting a bridge from a guard that fails often: the bridge trace's inputargs are the guard's
// fail args (same order, same types), and the virtuals of its resume data are re-created by
// allocation ops at the bridge's start (the optimiser keeps them virtual where it can). The
// recorder then continues from `frames`, whose slots are all plain bridge values.

import { InputArg, Op, ResumeFrame, ResumeSlot, ResumeVirtual, Trace, Value, ValueType } from './ir.js';
import { ExitDescr } from './backend/js.js';

export const BRIDGE_THRESHOLD_DEFAULT = 200;

export interface BridgeStart {
  /** The bridge so far: inputargs plus the allocations of the exit's virtuals. */
  trace: Trace;
  /** The interpreter frames at the guard, each slot a Value of the bridge (or null). */
  frames: ResumeFrame[];
}

export function startBridge(exit: ExitDescr): BridgeStart {
  const rename = new Map<Value, Value>();
  const inputargs = exit.failArgs.map((v) => {
    const a = new InputArg(v.type as ValueType);
    rename.set(v, a);
    return a;
  });
  const ops: Op[] = [];
  const built = new Map<ResumeVirtual, Op>();
  const slot = (s: ResumeSlot): Value | null => {
    if (s === null) return null;
    if (s.kind !== 'virtual') return s.kind === 'const' ? s : rename.get(s)!;
    let op = built.get(s);
    if (op === undefined) {
      op = new Op(s.op, [], 'ref');
      built.set(s, op);
      op.args = s.args.map((a) => slot(a) ?? (null as never));
      ops.push(op);
    }
    return op;
  };
  const frames = (exit.resume?.frames ?? []).map((f) => ({
    code: f.code, pc: f.pc, locals: f.locals.map(slot), stack: f.stack.map(slot), env: f.env.map(slot),
  }));
  return { trace: { inputargs, ops }, frames };
}

/** Should this exit get a bridge? (The hook asks after each exit; counting is CompiledLoop.run's.) */
export function wantsBridge(exit: ExitDescr, threshold = BRIDGE_THRESHOLD_DEFAULT): boolean {
  return exit.bridge === null && exit.kind === 'guard' && exit.failCount >= threshold;
}
