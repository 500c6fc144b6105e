// Loop peeling (PyPy's unroll): the loop body is copied once in front of itself as a preamble,
// which ends by jumping into a label that starts the loop proper. Loop-invariant inputs (passed
// back unchanged by the jump) stay preamble values, so every later pass sees the body's work on
// them as a repeat of the preamble's: CSE, guard removal and the heap cache then hoist it.

import { InputArg, Op, Trace, Value, copyOps, labelIndex } from '../ir.js';

export function peelLoop(trace: Trace): Trace {
  const ops = trace.ops;
  const jump = ops[ops.length - 1];
  if (jump?.name !== 'jump' || labelIndex(trace) >= 0) return trace; // not a plain loop
  const carried = trace.inputargs.map((a, i) => jump.args[i] !== a);
  // the loop proper: a copy of the body on fresh parameters for the loop-carried inputs
  const rename = new Map<Value, Value>();
  const params: InputArg[] = [];
  trace.inputargs.forEach((a, i) => {
    if (!carried[i]) return;
    const q = new InputArg(a.type);
    params.push(q);
    rename.set(a, q);
  });
  const body = copyOps(ops, rename);
  const backEdge = body[body.length - 1];
  backEdge.args = backEdge.args.filter((_, i) => carried[i]);
  const enter = new Op('jump', jump.args.filter((_, i) => carried[i]), 'void');
  return { inputargs: trace.inputargs, ops: [...ops.slice(0, -1), enter, new Op('label', params, 'void'), ...body] };
}
