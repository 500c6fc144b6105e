// A compiled loop: its exits (guards, raising calls, finish) with failure counters, the JS
// function, and bridges. A bridge is inlined at its guard by recompiling the whole loop, so V8
// optimises the loop and its hot side paths as one function and exits keep one protocol; a
// bridge ends by jumping to the loop's entry (re-running the preamble) or with its own exits.

import { Op, Trace } from '../ir.js';
import { ExitDescr, exitsOf, generate } from './js.js';
import { validateSource } from './validate.js';

export type TraceFunction = (inp: readonly unknown[], out: unknown[]) => number;

export interface CompileOptions {
  /** Parse and check the generated source with acorn first (default: TSPY_JIT_VALIDATE=1 or under vitest). */
  validate?: boolean;
  /** Called with each generated source (logs). */
  onSource?: (source: string) => void;
}

const VALIDATE_BY_DEFAULT = process.env.TSPY_JIT_VALIDATE === '1' || process.env.VITEST !== undefined;

export class CompiledLoop {
  /** Every exit ever created, by index; an exit whose bridge is attached is no longer taken. */
  readonly exits: ExitDescr[];
  private readonly byOp = new Map<Op, ExitDescr>();
  fn!: TraceFunction;
  source = '';
  out: unknown[] = [];
  /** Milliseconds spent generating and compiling: all versions, and the latest one. */
  compileMs = 0;
  lastCompileMs = 0;

  constructor(readonly trace: Trace, private readonly opts: CompileOptions = {}) {
    this.exits = exitsOf(trace, 0);
    for (const e of this.exits) this.byOp.set(e.op, e);
    this.compile();
  }

  /** Runs the loop from its entry with `inputs` (its inputargs' values) until an exit. */
  run(inputs: readonly unknown[]): ExitDescr {
    const exit = this.exits[this.fn(inputs, this.out)];
    exit.failCount++;
    return exit;
  }

  /** Inlines `bridge` at `exit` (bridge.inputargs match exit.failArgs) and recompiles. */
  attachBridge(exit: ExitDescr, bridge: Trace): void {
    if (bridge.inputargs.length !== exit.failArgs.length) throw new Error('bridge inputs do not match the exit');
    exit.bridge = bridge;
    for (const e of exitsOf(bridge, this.exits.length)) { this.exits.push(e); this.byOp.set(e.op, e); }
    this.compile();
  }

  private compile(): void {
    const t0 = performance.now();
    const code = generate(this.trace, (op) => {
      const e = this.byOp.get(op);
      if (e === undefined) throw new Error(`backend: ${op.name} has no exit`);
      return e;
    });
    if (this.opts.validate ?? VALIDATE_BY_DEFAULT) validateSource(code.source);
    this.opts.onSource?.(code.source);
    const factory = new Function('k', code.source) as (k: unknown[]) => TraceFunction;
    this.fn = factory(code.consts);
    this.source = code.source;
    if (this.out.length < code.outSize) this.out = new Array(code.outSize).fill(undefined);
    this.lastCompileMs = performance.now() - t0;
    this.compileMs += this.lastCompileMs;
  }
}
