// Common subexpression elimination of pure operations (PyPy's OptPure): the same pure op on the
// same values computed twice is computed once. SSA makes this valid across the loop label, which
// is how the peeled loop body reuses what the preamble computed (loop-invariant code motion).
// An _ovf op seen before (its guard passed) is reused and the repeat's guard dropped.

import { Op, Trace, Value, isPure, OPS, COMMUTATIVE } from '../ir.js';
import { Rewriter } from './rewriter.js';


/** Numbers values and constants so that an op's key is a string. */
export class ValueKeys {
  private ids = new Map<unknown, number>();
  private next = 0;
  private id(x: unknown): number {
    let n = this.ids.get(x);
    if (n === undefined) { n = this.next++; this.ids.set(x, n); }
    return n;
  }
  key(v: Value): string {
    if (v.kind !== 'const') return 'v' + this.id(v);
    if (v.type === 'ref' || v.type === 'raw') return 'o' + this.id(v.value);
    return v.type[0] + (Object.is(v.value, -0) ? '-0' : String(v.value));
  }
  opKey(op: Op): string {
    const ks = op.args.map((a) => this.key(a));
    if (COMMUTATIVE.has(op.name) && ks[0] > ks[1]) ks.reverse();
    return `${op.name}/${op.type}(${ks.join(',')})`;
  }
}

export function cse(trace: Trace): Trace {
  const rw = new Rewriter(trace);
  const keys = new ValueKeys();
  const seen = new Map<string, Op>();
  let pendingOvf: [string, Op] | null = null;
  for (const op of trace.ops) {
    rw.prepare(op);
    if (rw.takeOvfGuard(op)) continue;
    const ovf = OPS[op.name].kind === 'ovf';
    if (isPure(op) || ovf) {
      const k = keys.opKey(op);
      const prev = seen.get(k);
      if (prev !== undefined) {
        rw.replace(op, prev);
        if (ovf) rw.ovfIsSafe();
        continue;
      }
      // an _ovf result is only known good once its guard passed: record it then
      if (!ovf) seen.set(k, op);
      else pendingOvf = [k, op];
    } else if (op.name === 'guard_no_overflow' && pendingOvf !== null) {
      seen.set(pendingOvf[0], pendingOvf[1]);
      pendingOvf = null;
    }
    rw.emit(op);
  }
  return rw.result();
}
