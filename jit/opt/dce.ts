// Dead code elimination: ops without effects (pure, reads, allocations, pure calls) whose
// result nothing live uses are dropped. Uses include resume data, so a value a guard may need to
// rebuild the interpreter frame stays.

import { Trace, Value, isRemovable, forEachResumeValue } from '../ir.js';

export function eliminateDeadCode(trace: Trace): Trace {
  const used = new Set<Value>();
  const kept = [];
  for (let i = trace.ops.length - 1; i >= 0; i--) {
    const op = trace.ops[i];
    if (isRemovable(op) && !used.has(op)) continue;
    for (const a of op.args) used.add(a);
    if (op.resume !== null) forEachResumeValue(op.resume, (v) => used.add(v));
    kept.push(op);
  }
  return { inputargs: trace.inputargs, ops: kept.reverse() };
}
