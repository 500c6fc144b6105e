// Loop-invariant code motion for what CSE left: a pure op in the loop proper whose arguments all
// come from before the label (or are constants) computes the same value every iteration, so it
// moves to the end of the preamble. Guards and heap reads stay (guard removal and the heap cache
// handle those, with their resume data and write checks).

import { Op, Trace, Value, isPure, labelIndex } from '../ir.js';

export function hoistInvariants(trace: Trace): Trace {
  const label = labelIndex(trace);
  if (label < 0) return trace;
  const ops = trace.ops;
  const outside = new Set<Value>(trace.inputargs);
  for (let i = 0; i < label; i++) outside.add(ops[i]);
  const hoisted: Op[] = [];
  const body: Op[] = [];
  for (let i = label + 1; i < ops.length; i++) {
    const op = ops[i];
    if (isPure(op) && op.args.every((a) => a.kind === 'const' || outside.has(a))) {
      hoisted.push(op);
      outside.add(op);
    } else body.push(op);
  }
  if (hoisted.length === 0) return trace;
  // before the preamble's jump into the label
  return { inputargs: trace.inputargs, ops: [...ops.slice(0, label - 1), ...hoisted, ops[label - 1], ops[label], ...body] };
}
