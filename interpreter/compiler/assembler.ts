// The instruction buffer of one code object and its assembler: labels → instruction indices,
// exception handlers (a compile-time stack, like CPython's SETUP_*/POP_BLOCK pseudo-instructions)
// → exception table, stack depth by flow analysis, dead-code and jump-to-next removal.

import { Op, OP_NAMES, isJump } from './opcodes.js';
import type { ExceptionTableEntry } from './code.js';
import { stackEffect, isTerminator } from './stackeffect.js';

/** A source location: line, column, end line, end column (columns 0-based; -1 = unknown). */
export interface Loc { lineno: number; col: number; endLineno: number; endCol: number }

export class Label {
  /** Index in the builder's instruction list where the label is bound; -1 = not yet. */
  pos = -1;
}

/**
 * An exception handler while it is active: instructions emitted under it jump to `target` on an
 * exception, with the stack cut back to (depth at the setup point + keepAdjust) items.
 */
export class Handler {
  depth = -1; // known after the stack-depth pass reaches the setup point
  constructor(
    readonly target: Label,
    readonly keepAdjust: number,
    /** The handlers active at the setup point, which are again active in the handler's code. */
    readonly outer: Handler[],
  ) {}
}

/** Marks the point where a handler becomes active (removed at assembly). */
const SETUP = -1;

interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  handler: Handler | null; // for SETUP: the handler being set up
  loc: Loc;
}

export interface Assembled {
  code: Int32Array;
  lines: Int32Array;
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  stacksize: number;
}

export class CodeBuilder {
  private readonly instrs: Instr[] = [];
  /** Active handlers, innermost last. */
  handlers: Handler[] = [];
  loc: Loc = { lineno: 1, col: -1, endLineno: -1, endCol: -1 };

  get currentHandler(): Handler | null {
    return this.handlers.length ? this.handlers[this.handlers.length - 1]! : null;
  }

  emit(op: Op, arg = 0): void {
    this.instrs.push({ op, arg, target: null, handler: this.currentHandler, loc: this.loc });
  }

  emitJump(op: Op, target: Label): void {
    this.instrs.push({ op, arg: 0, target, handler: this.currentHandler, loc: this.loc });
  }

  bind(label: Label): void {
    if (label.pos !== -1) throw new Error('label bound twice');
    label.pos = this.instrs.length;
    this.lastBound = label.pos;
  }
  private lastBound = -1;

  /** Whether control may fall off the end of what has been emitted so far. */
  endReachable(): boolean {
    if (this.lastBound === this.instrs.length) return true;
    const op = this.lastOp();
    return op === -1 || !isTerminator(op as Op);
  }

  /** Starts protecting the following instructions (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH). */
  pushHandler(target: Label, keepAdjust = 0): Handler {
    const h = new Handler(target, keepAdjust, this.handlers.slice());
    this.instrs.push({ op: SETUP, arg: 0, target: null, handler: h, loc: this.loc });
    this.handlers.push(h);
    return h;
  }

  /** Binds a handler's target; the code there runs under the handlers active at its setup. */
  bindHandler(h: Handler): void {
    this.bind(h.target);
    this.handlers = h.outer.slice();
  }

  /** CPython's POP_BLOCK. */
  popHandler(): void {
    if (!this.handlers.pop()) throw new Error('popHandler: no active handler');
  }

  /** Opcode of the last real instruction emitted, or -1. */
  lastOp(): number {
    for (let i = this.instrs.length - 1; i >= 0; i--) if (this.instrs[i]!.op !== SETUP) return this.instrs[i]!.op;
    return -1;
  }

  assemble(): Assembled {
    const instrs = this.instrs;
    const n = instrs.length;
    for (const ins of instrs) {
      if (ins.target && ins.target.pos === -1) throw new Error(`unbound label (${OP_NAMES[ins.op]})`);
    }
    const depth = this.stackDepths();
    let keep = depth.map((d, i) => d >= 0 && instrs[i]!.op !== SETUP);

    // Drop jumps to the very next instruction (repeat: a removal can create another).
    for (;;) {
      const index = indexMap(keep);
      let changed = false;
      for (let i = 0; i < n; i++) {
        const ins = instrs[i]!;
        if (!keep[i] || ins.op !== Op.JUMP) continue;
        if (resolve(ins.target!, index) === index[i]! + 1) {
          keep[i] = false;
          changed = true;
        }
      }
      if (!changed) break;
      keep = keep.slice();
    }

    const index = indexMap(keep);
    const count = keep.filter(Boolean).length;
    const code = new Int32Array(count * 2);
    const lines = new Int32Array(count);
    const positions = new Int32Array(count * 3);
    const table: ExceptionTableEntry[] = [];
    let stacksize = 0;
    let open: { h: Handler; entry: ExceptionTableEntry } | null = null;
    for (let i = 0; i < n; i++) {
      if (!keep[i]) continue;
      const ins = instrs[i]!;
      const at = index[i]!;
      let arg = ins.arg;
      if (ins.target) {
        arg = resolve(ins.target, index);
        if (ins.op === Op.JUMP_BACKWARD ? arg > at : arg <= at) {
          throw new Error(`${OP_NAMES[ins.op]} at ${at} has a wrong-direction target ${arg}`);
        }
      }
      code[2 * at] = ins.op;
      code[2 * at + 1] = arg;
      lines[at] = ins.loc.lineno;
      positions[3 * at] = ins.loc.col;
      positions[3 * at + 1] = ins.loc.endLineno;
      positions[3 * at + 2] = ins.loc.endCol;
      stacksize = Math.max(stacksize, depth[i]!);
      // Consecutive instructions with the same handler share one table entry.
      const h = ins.handler;
      if (open && open.h === h && open.entry.end === at) {
        open.entry.end = at + 1;
      } else if (h) {
        open = { h, entry: { start: at, end: at + 1, target: resolve(h.target, index), depth: h.depth } };
        table.push(open.entry);
      } else {
        open = null;
      }
    }
    return { code, lines, positions, exceptionTable: table, stacksize: Math.max(stacksize, this.maxDepth) };
  }

  private maxDepth = 0;

  /** Depth before each instruction by flow analysis from the entry; -1 = unreachable. */
  private stackDepths(): number[] {
    const instrs = this.instrs;
    const depth = new Array<number>(instrs.length + 1).fill(-1);
    const work: number[] = [];
    const reach = (i: number, d: number, from: number): void => {
      if (i >= instrs.length) throw new Error(`control falls off the end of the code (from ${from})`);
      if (d < 0) throw new Error(`negative stack depth at instruction ${i}`);
      if (depth[i] === -1) {
        depth[i] = d;
        work.push(i);
      } else if (depth[i] !== d) {
        throw new Error(`inconsistent stack depth at ${i} (${OP_NAMES[instrs[i]!.op] ?? 'SETUP'}): ${depth[i]} vs ${d} from ${from}`);
      }
    };
    let max = 0;
    if (instrs.length) reach(0, 0, -1);
    while (work.length) {
      const i = work.pop()!;
      const ins = instrs[i]!;
      const d = depth[i]!;
      max = Math.max(max, d);
      if (ins.op === SETUP) {
        ins.handler!.depth = d + ins.handler!.keepAdjust;
        reach(i + 1, d, i);
        continue;
      }
      const h = ins.handler;
      if (h) {
        if (h.depth < 0) throw new Error(`handler used before its setup at ${i}`);
        reach(h.target.pos, h.depth + 1, i);
        max = Math.max(max, h.depth + 1);
      }
      const op = ins.op as Op;
      if (isJump(op)) {
        const dj = d + stackEffect(op, ins.arg, true);
        max = Math.max(max, dj);
        reach(ins.target!.pos, dj, i);
      }
      if (!isTerminator(op)) {
        const dn = d + stackEffect(op, ins.arg, false);
        max = Math.max(max, dn);
        reach(i + 1, dn, i);
      }
    }
    this.maxDepth = max;
    return depth.slice(0, instrs.length);
  }
}

/** New index of each kept instruction; for removed ones, the index of the next kept one. */
function indexMap(keep: boolean[]): number[] {
  const index = new Array<number>(keep.length + 1);
  let count = 0;
  for (let i = 0; i < keep.length; i++) {
    index[i] = count;
    if (keep[i]) count++;
  }
  index[keep.length] = count;
  return index;
}

function resolve(label: Label, index: number[]): number {
  return index[label.pos]!;
}
