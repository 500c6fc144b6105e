// The trace recorder: when a loop gets hot (or a guard fails often), it runs the code itself, one
// instruction at a time, doing each instruction's real work through the interpreter's op helpers
// while emitting IR specialised on the values it sees (ops_*.ts, one file per family of
// instructions). It stops when the root frame jumps back to a loop header (loop closed: `jump`; a
// bridge reaching its loop: `jump` to the loop entry; any other header: `finish`), or aborts.
// Either way the concrete frames it leaves behind are handed back to the interpreter.

import { Op as Bc, OP_NAMES } from '../../interpreter/compiler/opcodes.js';
import { CodeObject } from '../../interpreter/compiler/code.js';
import { PyObject, PyType, TF_HEAPTYPE } from '../../interpreter/objects/object.js';
import { PyInt, intType, boolType, True, False } from '../../interpreter/objects/int.js';
import { PyFloat, floatType } from '../../interpreter/objects/float.js';
import { None } from '../../interpreter/objects/singletons.js';
import {
  Const, Effect, InputArg, Op, OpName, Trace, Type, Value, ValueType, ResumeData,
  constInt, constFloat, constRef, constBool, newOp, NULL_REF,
} from '../ir.js';
import { Box, RFrame, snapshot, concreteStates } from './frame.js';
import { FrameState } from '../resume.js';
import { stepArith } from './ops_arith.js';
import { stepAttr } from './ops_attr.js';
import { stepCall } from './ops_call.js';
import { stepIter } from './ops_iter.js';
import { stepMisc } from './ops_misc.js';

/** Recording stops: the reason is logged; the frames are resumed by the interpreter. */
export class Abort extends Error {
  constructor(readonly reason: string) { super(reason); }
}
/** A helper raised while recording: abort, and raise it in the interpreter at this instruction. */
export class Raised {
  constructor(readonly exc: unknown) {}
}

/** Where a loop trace's inputs come from: fast locals, then stack slots, then cells. */
export interface Layout { nfast: number; nstack: number; ncells: number; types: ValueType[] }

/** The loop a bridge belongs to (for jumping back to it). */
export interface LoopTarget { code: CodeObject; header: number; layout: Layout; inputargs: readonly InputArg[] }

export type RecordEnd =
  | { ok: true; trace: Trace; final: FrameState[]; closesLoop: boolean; origin: string }
  | { ok: false; reason: string; final: FrameState[]; exception?: unknown; typeHint?: number };

export type StepResult = 'next' | 'done';

/** Times a function trace follows a back edge of its own frame to a header without a compiled loop. */
const MAX_UNROLLED_PASSES = 3;

export function isSmallInt(o: PyObject | null): o is PyInt {
  return o !== null && o.cls === intType && typeof (o as PyInt).value === 'number';
}
export function isFloat(o: PyObject | null): o is PyFloat { return o !== null && o.cls === floatType; }

export class TraceRecorder {
  readonly ops: Op[] = [];
  frames: RFrame[];
  private readonly known = new Map<Value, PyType>();
  private readonly nonnull = new Set<Value>();
  private readonly refCache = new Map<Value, Value>();
  private readonly unboxCache = new Map<Value, Value>();
  /** (code, pc) pairs recorded, for the log. */
  readonly visited: [CodeObject, number][] = [];
  end: { kind: 'jump' | 'finish' } | null = null;
  /** Function traces (and their bridges): the root frame's return ends the trace with finish(v). */
  returnFinishes = false;
  /** Is there a compiled loop at this header (set by the driver)? */
  compiledLoopAt: (code: CodeObject, pc: number) => boolean = () => false;
  private readonly headerPasses = new Map<number, number>();
  /** The concrete value the root frame returned (function traces). */
  returned: PyObject | undefined = undefined;

  constructor(
    readonly inputargs: InputArg[],
    frames: RFrame[],
    readonly limit: number,
    /** Loops: this trace's own layout and header. Bridges: the loop they belong to. */
    readonly target: LoopTarget,
    readonly isBridge: boolean,
    prelude: Op[] = [],
  ) {
    this.frames = frames;
    this.ops.push(...prelude);
    for (const a of inputargs) if (a.type === 'ref') { /* may be null: unknown */ }
  }

  get f(): RFrame { return this.frames[this.frames.length - 1]; }

  abort(reason: string): never { throw new Abort(reason); }

  // ---- emitting ----

  emit(name: OpName, args: Value[], type?: Type, resume: ResumeData | null = null, effect: Effect | null = null): Op {
    if (this.ops.length >= this.limit) this.abort('trace too long');
    const op = newOp(name, args, type, resume, effect);
    this.ops.push(op);
    return op;
  }

  /** Resume data: the state before the current instruction. */
  snap(): ResumeData { return snapshot(this.frames, this.f.pc, this.f.stack); }
  snapAt(pc: number, stack: readonly Box[]): ResumeData { return snapshot(this.frames, pc, stack); }

  guard(name: OpName, args: Value[], rd: ResumeData = this.snap()): void {
    if (args.length > 0 && args[0].kind === 'const' && (name === 'guard_true' || name === 'guard_false')) return;
    this.emit(name, args, 'void', rd);
  }

  /** Emits a guard that `cond` (a bool value) has the concrete outcome `taken`. */
  guardBool(cond: Value, taken: boolean, rd: ResumeData = this.snap()): void {
    if (cond.kind === 'const') return;
    this.guard(taken ? 'guard_true' : 'guard_false', [cond], rd);
  }

  /**
   * A residual call: emits it (with resume data for the state before the instruction, unless pure)
   * and runs it concretely. A raise while recording aborts the trace (Raised).
   */
  residual(fn: (...a: never[]) => unknown, args: Box[] | Value[], concrete: unknown[], type: Type,
    effect: Effect = 'may_force'): unknown {
    const vals = (args as (Box | Value)[]).map((a) => ('kind' in a ? a : this.ref(a)));
    const depth = this.frames.length - 1;
    const deep = effect === 'may_force' && depth > 0; // Python code may run inside inlined frames
    const callee: Value[] = deep ? [constRef(H.deep), constInt(depth), constRef(fn)] : [constRef(fn)];
    const op = this.emit('call_residual', [...callee, ...vals], type, effect === 'pure' ? null : this.snap(), effect);
    let r: unknown;
    try {
      r = deep ? H.deep(depth, fn as (...a: unknown[]) => unknown, ...concrete) : (fn as (...a: unknown[]) => unknown)(...concrete);
    } catch (e) {
      throw new Raised(e);
    }
    this.lastResult = op;
    if (effect === 'may_force') {
      // Python code ran: instances of user classes may have changed class
      for (const [v, cls] of this.known) if ((cls.flags & TF_HEAPTYPE) !== 0) this.known.delete(v);
    }
    return r;
  }
  lastResult: Op | null = null;

  /** A residual call returning a Python object, as a box. */
  residualBox(fn: (...a: never[]) => unknown, args: Box[], extraV: Value[] = [], extraC: unknown[] = [],
    effect: Effect = 'may_force'): Box {
    const o = this.residual(fn, [...extraV, ...args.map((b) => this.ref(b))], [...extraC, ...args.map((b) => b.o)], 'ref', effect) as PyObject;
    const v = this.lastResult!;
    this.nonnull.add(v);
    return { v, o };
  }

  // ---- values ----

  /** The value as a boxed Python object (allocation ops the optimiser may remove). */
  ref(b: Box): Value {
    const v = b.v;
    if (v.type === 'ref') return v;
    if (v.kind === 'const') return constRef(b.o);
    let r = this.refCache.get(v);
    if (r === undefined) {
      if (v.type === 'int') r = this.emit('new_int', [v]);
      else if (v.type === 'float') r = this.emit('new_float', [v]);
      else if (v.type === 'bool') r = this.emit('new_bool', [v]);
      else this.abort(`cannot box a ${v.type}`);
      this.refCache.set(v, r);
      this.known.set(r, v.type === 'int' ? intType : v.type === 'float' ? floatType : boolType);
      this.nonnull.add(r);
    }
    return r;
  }

  classOf(v: Value): PyType | undefined {
    if (v.kind === 'const') return v.type === 'ref' ? (v.value as PyObject | null)?.cls : undefined;
    return this.known.get(v);
  }

  guardNonnull(v: Value, rd?: ResumeData): void {
    if (v.type !== 'ref' || v.kind === 'const' || this.nonnull.has(v)) return;
    this.guard('guard_nonnull', [v], rd);
    this.nonnull.add(v);
  }
  markNonnull(v: Value): void { this.nonnull.add(v); }

  guardClass(v: Value, cls: PyType, rd?: ResumeData): void {
    if (v.type !== 'ref') {
      // unboxed: the class is the type's
      const implied = v.type === 'int' ? intType : v.type === 'float' ? floatType : v.type === 'bool' ? boolType : null;
      if (implied !== cls) this.abort('class guard on an unboxed value');
      return;
    }
    if (this.classOf(v) === cls) return;
    this.guardNonnull(v, rd);
    this.guard('guard_class', [v, constRef(cls)], rd);
    this.known.set(v, cls);
  }

  /** The int value of a box holding an exact small int (guarded). */
  int(b: Box, rd?: ResumeData): Value {
    const v = b.v;
    if (v.type === 'int') return v;
    if (v.kind === 'const') return constInt((b.o as PyInt).value as number);
    if (v.type !== 'ref') this.abort(`int of a ${v.type}`);
    let r = this.unboxCache.get(v);
    if (r === undefined) {
      this.guardClass(v, intType, rd);
      this.guard('guard_int', [v], rd);
      r = this.emit('unbox_int', [v]);
      this.unboxCache.set(v, r);
    }
    return r;
  }

  /** The float value of a box holding a float or an exact small int (guarded). */
  float(b: Box, rd?: ResumeData): Value {
    const v = b.v;
    if (v.type === 'float') return v;
    if (isSmallInt(b.o)) {
      const i = this.int(b, rd);
      return i.kind === 'const' ? constFloat(i.value as number) : this.emit('cast_int_to_float', [i]);
    }
    if (v.kind === 'const') return constFloat((b.o as PyFloat).value);
    let r = this.unboxCache.get(v);
    if (r === undefined) {
      this.guardClass(v, floatType, rd);
      r = this.emit('unbox_float', [v]);
      this.unboxCache.set(v, r);
    }
    return r;
  }

  /** A box for a constant object (ints and floats unboxed). */
  constBox(o: PyObject): Box {
    if (isSmallInt(o)) return { v: constInt(o.value as number), o };
    if (isFloat(o)) return { v: constFloat(o.value), o };
    if (o === True || o === False) return { v: constBool(o === True), o };
    return { v: constRef(o), o };
  }

  intBox(v: Value, o: PyObject): Box { return { v, o }; }
  boolBox(v: Value, b: boolean): Box { return { v, o: b ? True : False }; }

  /**
   * A box's truth, guarded to be what it concretely is; `rdOf(t)` gives the resume data of the
   * guard when the concrete truth is t (the guard fails on the other outcome).
   */
  truth(b: Box, rdOf: (t: boolean) => ResumeData): boolean {
    const v = b.v;
    const o = b.o!;
    if (v.type === 'bool') { const t = o === True; this.guardBool(v, t, rdOf(t)); return t; }
    if (v.type === 'int') { const t = (o as PyInt).value !== 0; this.guardBool(this.emit('int_is_true', [v]), t, rdOf(t)); return t; }
    if (v.type === 'float') { const t = (o as PyFloat).value !== 0; this.guardBool(this.emit('float_ne', [v, constFloat(0)]), t, rdOf(t)); return t; }
    if (v.kind === 'const' && (o === True || o === False || o === None)) return o === True;
    if (o === True || o === False || o === None) {
      this.guard('guard_value', [v, constRef(o)]);
      return o === True;
    }
    if (isSmallInt(o)) {
      const i = this.int(b);
      const t = (o.value as number) !== 0;
      this.guardBool(this.emit('int_is_true', [i]), t, rdOf(t));
      return t;
    }
    // anything else: the interpreter's truthy(), residually; its result is then guarded
    const t = this.residual(truthyFn, [v], [o], 'bool', 'may_force') as boolean;
    this.guardBool(this.lastResult!, t, rdOf(t));
    return t;
  }

  // ---- the loop ----

  /** Records until the trace ends (or throws Abort / Raised). */
  run(): void {
    for (;;) {
      const f = this.f;
      this.visited.push([f.code, f.pc]);
      if (this.step() === 'done') return;
    }
  }

  step(): StepResult {
    const f = this.f;
    const instrs = f.code.code;
    const op = instrs[f.pc << 1] as Bc;
    const arg = instrs[(f.pc << 1) + 1];
    const r = stepArith(this, op, arg) ?? stepAttr(this, op, arg) ?? stepIter(this, op, arg) ??
      stepCall(this, op, arg) ?? stepMisc(this, op, arg);
    if (r === null) this.abort(`opcode ${OP_NAMES[op] ?? op}`);
    return r;
  }

  /** JUMP_BACKWARD in the root frame to `target`: close the loop or finish. */
  backEdge(target: number): StepResult {
    const root = this.f;
    const t = this.target;
    if (root.code === t.code && target === t.header) {
      const args = this.layoutValues(t.layout);
      if (args !== null) {
        this.emit('jump', args, 'void');
        this.end = { kind: 'jump' };
        root.pc = target;
        return 'done';
      }
      if (!this.isBridge) this.abort('type instability');
    }
    // a function trace goes round a short loop of its own (no loop compiled there) a few times
    // instead of leaving at its header: a later iteration count fails a guard and gets a bridge
    if (this.returnFinishes && !this.compiledLoopAt(root.code, target)) {
      const n = (this.headerPasses.get(target) ?? 0) + 1;
      this.headerPasses.set(target, n);
      if (n <= MAX_UNROLLED_PASSES) { root.pc = target; return 'next'; }
    }
    root.pc = target;
    this.emit('finish', [], 'void', this.snapAt(target, root.stack));
    this.end = { kind: 'finish' };
    return 'done';
  }

  /** The root frame's values converted to the layout's types, or null when a type does not fit. */
  private layoutValues(layout: Layout): Value[] | null {
    const root = this.f;
    const boxes = [...root.fast, ...root.stack, ...root.cells];
    if (root.fast.length !== layout.nfast || root.stack.length !== layout.nstack || root.cells.length !== layout.ncells) return null;
    const out: Value[] = [];
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i];
      const want = layout.types[i];
      if (b.o === null) { if (want !== 'ref') { this.mismatch = i; return null; } out.push(NULL_REF); continue; }
      if (want === 'ref') { out.push(this.ref(b)); continue; }
      if (want === 'int') {
        if (!isSmallInt(b.o) || b.v.type === 'float' || b.v.type === 'bool') { this.mismatch = i; return null; }
        out.push(this.int(b));
        continue;
      }
      if (want === 'float') {
        if (!isFloat(b.o)) { this.mismatch = i; return null; }
        out.push(this.float(b));
        continue;
      }
      return null;
    }
    return out;
  }
  mismatch = -1;

  /** RETURN_VALUE in the root frame of a function trace: finish with the value. */
  rootReturn(b: Box): StepResult {
    if (!this.returnFinishes) {
      // a loop trace or bridge leaves the frame: the interpreter does the return
      this.emit('finish', [], 'void', this.snap());
      this.end = { kind: 'finish' };
      return 'done';
    }
    this.emit('finish', [this.ref(b)], 'void', this.snap());
    this.end = { kind: 'finish' };
    this.returned = b.o!;
    return 'done';
  }

  trace(): Trace { return { inputargs: this.inputargs, ops: this.ops }; }
  final(): FrameState[] { return concreteStates(this.frames); }
}


import { truthy as truthyFn } from './helpers.js';
import * as H from './helpers.js';
export { Const };
