// Checks a trace is well formed: every value defined before use, argument types as the op table
// says, resume data and jumps consistent, the trace ends with jump or finish. Passes and the
// backend assume this; tests run it after every pass.

import { Op, OPS, Trace, Value, ValueType, forEachResumeValue, labelIndex } from './ir.js';

export class TraceError extends Error {}

/** `jumpTarget`: for a bridge, the inputargs of the loop its jump enters. */
export function verifyTrace(trace: Trace, opts: { jumpTarget?: readonly Value[] } = {}): void {
  const defined = new Set<Value>(trace.inputargs);
  const fail = (i: number, msg: string): never => {
    throw new TraceError(`op ${i} (${trace.ops[i]?.name ?? '-'}): ${msg}`);
  };
  const use = (i: number, v: Value, want: ValueType | 'any'): void => {
    if (v.kind !== 'const' && !defined.has(v)) fail(i, 'uses an undefined value');
    if (want !== 'any' && v.type !== want) fail(i, `expected ${want}, got ${v.type}`);
  };
  const label = labelIndex(trace);
  const target = opts.jumpTarget ?? (label >= 0 ? trace.ops[label].args : trace.inputargs);
  let pendingOvf = false;
  trace.ops.forEach((op: Op, i) => {
    const spec = OPS[op.name].args;
    if (op.name === 'label') {
      if (i !== label) fail(i, 'only one label per trace');
      if (i === 0 || trace.ops[i - 1].name !== 'jump') fail(i, 'a label must follow the jump that enters it');
      for (const a of op.args) {
        if (a.kind !== 'input') fail(i, 'label arguments must be fresh InputArgs');
        if (defined.has(a)) fail(i, 'label argument defined twice');
        defined.add(a);
      }
    } else if (Array.isArray(spec)) {
      if (op.args.length !== spec.length) fail(i, `expects ${spec.length} arguments, got ${op.args.length}`);
      op.args.forEach((a, j) => use(i, a, spec[j]));
    } else {
      const s = spec as { fixed?: readonly (ValueType | 'any')[]; rest: ValueType | 'any' };
      const fixed = s.fixed ?? [];
      if (op.args.length < fixed.length) fail(i, 'too few arguments');
      op.args.forEach((a, j) => use(i, a, j < fixed.length ? fixed[j] : s.rest));
    }
    if (op.name === 'call_residual') {
      if (op.effect === null) fail(i, 'call without effect');
      if (op.args[0].kind !== 'const') fail(i, 'the called function must be a constant');
    }
    if (op.name === 'jump') {
      if (op.args.length !== target.length) fail(i, `jump passes ${op.args.length} values for ${target.length}`);
      op.args.forEach((a, j) => { if (a.type !== target[j].type) fail(i, `jump argument ${j} has type ${a.type}`); });
    }
    if (op.name === 'guard_no_overflow') {
      if (!pendingOvf) fail(i, 'guard_no_overflow without a preceding _ovf operation');
      pendingOvf = false;
    }
    if (OPS[op.name].kind === 'ovf') {
      if (pendingOvf) fail(i, 'an _ovf operation whose overflow nobody checked');
      pendingOvf = true;
    }
    if (op.resume !== null) forEachResumeValue(op.resume, (v) => use(i, v, 'any'));
    if (op.type !== 'void') defined.add(op);
    if ((op.name === 'jump' || op.name === 'finish') !== (i === trace.ops.length - 1 || trace.ops[i + 1]?.name === 'label')) {
      if (op.name === 'jump' || op.name === 'finish') fail(i, 'jump/finish must end the trace or precede the label');
    }
  });
  const last = trace.ops[trace.ops.length - 1];
  if (last === undefined || (last.name !== 'jump' && last.name !== 'finish')) {
    throw new TraceError('a trace must end with jump or finish');
  }
}
