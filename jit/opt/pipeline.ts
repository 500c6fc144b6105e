// The optimiser: passes in order over a loop (peeled first) or a bridge. Each pass is a
// Trace -> Trace function in its own file; `onPass` lets tests verify and logs show each step.

import { Trace } from '../ir.js';
import { Pass } from './rewriter.js';
import { peelLoop } from './unroll.js';
import { constFold } from './constfold.js';
import { cse } from './cse.js';
import { virtualize } from './virtuals.js';
import { removeRedundantGuards } from './guards.js';
import { intBounds } from './bounds.js';
import { heapCache } from './heap.js';
import { hoistInvariants } from './licm.js';
import { eliminateDeadCode } from './dce.js';

export type NamedPass = readonly [string, Pass];

/** Straight-line passes: a bridge, or a loop after peeling. */
export const LINEAR_PASSES: readonly NamedPass[] = [
  ['constfold', constFold], ['cse', cse],
  ['virtualize', virtualize], ['constfold', constFold], ['cse', cse],
  ['guards', removeRedundantGuards], ['bounds', intBounds], ['constfold', constFold], ['cse', cse],
  ['heap', heapCache], ['guards', removeRedundantGuards], ['cse', cse],
  ['licm', hoistInvariants], ['dce', eliminateDeadCode],
];

export interface OptimizeOptions {
  /** Called after each pass (tests verify the trace there). */
  onPass?: (name: string, trace: Trace) => void;
  /** Leave the loop unpeeled (no preamble). */
  noPeel?: boolean;
}

export function runPasses(trace: Trace, passes: readonly NamedPass[], opts: OptimizeOptions = {}): Trace {
  for (const [name, pass] of passes) {
    trace = pass(trace);
    opts.onPass?.(name, trace);
  }
  return trace;
}

/** A loop trace from the recorder (inputargs ... jump back to them), optimised. */
export function optimizeLoop(trace: Trace, opts: OptimizeOptions = {}): Trace {
  if (!opts.noPeel) {
    trace = peelLoop(trace);
    opts.onPass?.('peel', trace);
  }
  return runPasses(trace, LINEAR_PASSES, opts);
}

/** A bridge (inputargs = its guard's fail args ... jump to the loop entry, or finish). */
export function optimizeBridge(trace: Trace, opts: OptimizeOptions = {}): Trace {
  return runPasses(trace, LINEAR_PASSES, opts);
}
