// The trace IR: typed SSA values, the operations over them, and the resume data every guard
// carries. The recorder emits it, the passes in opt/ rewrite it, backend/js.ts compiles it.
// Model: PyPy's resoperation.py (ops are their own results) with LuaJIT-style small op table.

/** Value types. `int` is a JS number in the safe-integer range and never -0; `raw` is an FFI pointer. */
export type ValueType = 'int' | 'float' | 'ref' | 'bool' | 'raw';
export type Type = ValueType | 'void';

/** A constant. ref/raw constants hold the JS object itself; the backend passes it via `k[]`. */
export class Const {
  readonly kind = 'const';
  constructor(readonly type: ValueType, readonly value: unknown) {}
}

/** A value defined from outside: a trace's input or a loop label's parameter (a phi). */
export class InputArg {
  readonly kind = 'input';
  constructor(readonly type: ValueType) {}
}

/**
 * What a residual call may do. pure: no effects, no exception, result depends only on the
 * arguments (foldable, CSE-able). may_raise: may raise and may write the heap, but never runs
 * Python code. may_force: may run arbitrary Python code (which could inspect the frames the
 * trace keeps virtual). Calls other than pure carry resume data: the state to resume at if they raise.
 */
export type Effect = 'pure' | 'may_raise' | 'may_force';

/** An operation; it is also the SSA value of its result (type 'void' when it has none). */
export class Op {
  readonly kind = 'op';
  constructor(
    public name: OpName,
    public args: Value[],
    public type: Type,
    /** Guards, raising calls and finish: the interpreter state to resume at. */
    public resume: ResumeData | null = null,
    /** call_residual only. */
    public effect: Effect | null = null,
  ) {}
}

export type Value = Const | InputArg | Op;

/** A trace: inputs, then operations ending with jump (loop back) or finish (leave). */
export interface Trace {
  inputargs: InputArg[];
  ops: Op[];
}

// ---- resume data ----

/**
 * An object the optimiser did not allocate, described by the allocation that would build it:
 * `op` is one of ALLOC_OPS and `args` its arguments (new_with_map: cls, map, slot values...).
 * Identity matters: the same ResumeVirtual in two slots is rebuilt as one object.
 */
export class ResumeVirtual {
  readonly kind = 'virtual';
  constructor(public op: AllocOp, public args: ResumeSlot[]) {}
}

/** What fills one frame slot on resume: a value, a virtual, or null (an unbound local / empty cell). */
export type ResumeSlot = Value | ResumeVirtual | null;

/**
 * One interpreter frame to rebuild. `code` is the CodeObject (opaque here); `pc` the instruction to
 * resume at (for a raising call: the instruction that raised). `env` holds recorder-defined extra
 * values of inlined frames (function object, cells), empty for most frames.
 */
export interface ResumeFrame {
  code: unknown;
  pc: number;
  locals: ResumeSlot[];
  stack: ResumeSlot[];
  env: ResumeSlot[];
}

/** Frames outermost first; the last is the frame that was executing. */
export interface ResumeData { frames: ResumeFrame[] }

// ---- the operation table ----

type ArgSpec = readonly (ValueType | 'any')[] | { rest: ValueType | 'any'; fixed?: readonly (ValueType | 'any')[] };

/**
 * kind: pure (no effects, removable, CSE-able), ovf (pure but sets the overflow flag read by
 * guard_no_overflow), guard, read/write (heap), alloc (fresh object, removable), call, control.
 */
export type OpKind = 'pure' | 'ovf' | 'guard' | 'read' | 'write' | 'alloc' | 'call' | 'control';
export interface OpInfo { args: ArgSpec; result: Type | 'any'; kind: OpKind }

const I = 'int', F = 'float', P = 'ref', B = 'bool';
const ii_i: OpInfo = { args: [I, I], result: I, kind: 'pure' };
const ii_i_ovf: OpInfo = { args: [I, I], result: I, kind: 'ovf' };
const ii_b: OpInfo = { args: [I, I], result: B, kind: 'pure' };
const ff_f: OpInfo = { args: [F, F], result: F, kind: 'pure' };
const ff_b: OpInfo = { args: [F, F], result: B, kind: 'pure' };
const guard = (...args: (ValueType | 'any')[]): OpInfo => ({ args, result: 'void', kind: 'guard' });

export const OPS = {
  // ints (Python semantics on safe ints; floordiv/mod need a divisor the recorder guarded != 0)
  int_add: ii_i, int_sub: ii_i, int_mul: ii_i, int_floordiv: ii_i, int_mod: ii_i,
  int_and: ii_i, int_or: ii_i, int_xor: ii_i, int_lshift: ii_i, int_rshift: ii_i,
  int_neg: { args: [I], result: I, kind: 'pure' },
  // the result may leave the safe range: a guard_no_overflow must follow (before the next _ovf op)
  int_add_ovf: ii_i_ovf, int_sub_ovf: ii_i_ovf, int_mul_ovf: ii_i_ovf, int_lshift_ovf: ii_i_ovf, int_xor_ovf: ii_i_ovf,
  int_lt: ii_b, int_le: ii_b, int_eq: ii_b, int_ne: ii_b, int_gt: ii_b, int_ge: ii_b,
  int_is_zero: { args: [I], result: B, kind: 'pure' },
  int_is_true: { args: [I], result: B, kind: 'pure' },
  // floats (truediv needs a divisor the recorder guarded != 0.0; floordiv/mod are Python's)
  float_add: ff_f, float_sub: ff_f, float_mul: ff_f, float_truediv: ff_f, float_floordiv: ff_f, float_mod: ff_f,
  float_neg: { args: [F], result: F, kind: 'pure' },
  float_abs: { args: [F], result: F, kind: 'pure' },
  float_lt: ff_b, float_le: ff_b, float_eq: ff_b, float_ne: ff_b, float_gt: ff_b, float_ge: ff_b,
  cast_int_to_float: { args: [I], result: F, kind: 'pure' },
  /** Truncates; the recorder guards that the float is finite and within the safe range. */
  cast_float_to_int: { args: [F], result: I, kind: 'pure' },
  cast_bool_to_int: { args: [B], result: I, kind: 'pure' },
  bool_not: { args: [B], result: B, kind: 'pure' },
  ptr_eq: { args: [P, P], result: B, kind: 'pure' },
  ptr_ne: { args: [P, P], result: B, kind: 'pure' },
  // boxes (ints and floats are immutable, so unboxing is pure); new_bool picks True/False
  new_int: { args: [I], result: P, kind: 'alloc' },
  new_float: { args: [F], result: P, kind: 'alloc' },
  new_bool: { args: [B], result: P, kind: 'pure' },
  unbox_int: { args: [P], result: I, kind: 'pure' },
  unbox_float: { args: [P], result: F, kind: 'pure' },
  // guards
  guard_true: guard(B), guard_false: guard(B),
  guard_class: guard(P, P), // the ref's cls is the constant PyType
  guard_value: guard('any', 'any'), // the value equals the constant (identity for refs)
  guard_map: guard(P, P), // the instance's AttrMap is the constant map
  guard_version: guard(P, I), // the (type or dict) object's `version` equals the constant
  guard_nonnull: guard(P), guard_isnull: guard(P),
  guard_no_overflow: guard(), // the last _ovf op stayed in the safe-integer range
  guard_int: guard(P), // an exact int holding a JS number (not a bigint)
  // heap
  getfield_map_slot: { args: [P, I], result: P, kind: 'read' },
  setfield_map_slot: { args: [P, I, P], result: 'void', kind: 'write' },
  // a new attribute: the instance (map guarded to be the old one) moves to map arg 1, value appended to its slots
  setfield_map_add: { args: [P, P, P], result: 'void', kind: 'write' },
  getarrayitem: { args: [P, I], result: P, kind: 'read' }, // list storage; index guarded in range
  setarrayitem: { args: [P, I, P], result: 'void', kind: 'write' },
  arraylen: { args: [P], result: I, kind: 'read' },
  getcell: { args: [P], result: P, kind: 'read' }, // may be null (unbound)
  setcell: { args: [P, P], result: 'void', kind: 'write' },
  // internal fields of the interpreter's iterator objects, FIELD_NAMES[arg 1] (a constant)
  getfield_int: { args: [P, I], result: I, kind: 'read' },
  getfield_ref: { args: [P, I], result: P, kind: 'read' },
  setfield_int: { args: [P, I, I], result: 'void', kind: 'write' },
  setfield_ref: { args: [P, I, P], result: 'void', kind: 'write' },
  strlen: { args: [P], result: I, kind: 'pure' }, // Python len() of a str
  getitem_tuple: { args: [P, I], result: P, kind: 'pure' }, // tuples are immutable
  tuplelen: { args: [P], result: I, kind: 'pure' },
  // allocation
  new_with_map: { args: { fixed: [P, P], rest: P }, result: P, kind: 'alloc' }, // cls, map, slots...
  new_tuple: { args: { rest: P }, result: P, kind: 'alloc' },
  new_list: { args: { rest: P }, result: P, kind: 'alloc' },
  // calls: args[0] is the constant TS function
  call_residual: { args: { fixed: [P], rest: 'any' }, result: 'any', kind: 'call' },
  // control: label's args are fresh InputArgs it defines (the loop's phis). Every jump goes to the
  // trace's label (a peeled loop: the preamble's jump enters it, the last one loops), or, with no
  // label, to the trace's inputargs (in a bridge: to its loop's inputargs). finish leaves the trace.
  label: { args: { rest: 'any' }, result: 'void', kind: 'control' },
  jump: { args: { rest: 'any' }, result: 'void', kind: 'control' },
  finish: { args: { rest: 'any' }, result: 'void', kind: 'control' },
} satisfies Record<string, OpInfo>;

export type OpName = keyof typeof OPS;

/**
 * JS properties the getfield and setfield ops may name (by index): range_iterator's left/next/step,
 * list_iterator's list/index. Fixed here, so generated code never names anything else.
 */
export const FIELD_NAMES = ['left', 'next', 'step', 'list', 'index'] as const;
export const F_LEFT = 0, F_NEXT = 1, F_STEP = 2, F_LIST = 3, F_INDEX = 4;
export type AllocOp = 'new_int' | 'new_float' | 'new_tuple' | 'new_list' | 'new_with_map';
export const ALLOC_OPS: readonly AllocOp[] = ['new_int', 'new_float', 'new_tuple', 'new_list', 'new_with_map'];

/** Ops whose two arguments may be swapped. */
export const COMMUTATIVE: ReadonlySet<string> = new Set(['int_add', 'int_mul', 'int_and', 'int_or', 'int_xor',
  'int_eq', 'int_ne', 'int_add_ovf', 'int_mul_ovf', 'int_xor_ovf', 'float_add', 'float_mul', 'float_eq', 'float_ne',
  'ptr_eq', 'ptr_ne']);

export function opInfo(name: OpName): OpInfo { return OPS[name]; }
export function isOpName(s: string): s is OpName { return Object.prototype.hasOwnProperty.call(OPS, s); }
export function isGuard(op: Op): boolean { return OPS[op.name].kind === 'guard'; }
export function isAlloc(name: OpName): name is AllocOp { return OPS[name].kind === 'alloc'; }

/** Ops that may be dropped when their result is unused. */
export function isRemovable(op: Op): boolean {
  const k = OPS[op.name].kind;
  if (k === 'pure' || k === 'alloc' || k === 'read') return true;
  return k === 'call' && op.effect === 'pure';
}

/** Ops whose result depends only on their arguments: candidates for CSE and constant folding. */
export function isPure(op: Op): boolean {
  const k = OPS[op.name].kind;
  return k === 'pure' || (k === 'call' && op.effect === 'pure');
}

/** Raising calls (and guards) leave the trace; they carry resume data. */
export function canExit(op: Op): boolean {
  return isGuard(op) || (op.name === 'call_residual' && op.effect !== 'pure') || op.name === 'finish';
}

/** May this op change state a heap cache or a heap-dependent guard relies on? */
export function writesHeap(op: Op): boolean {
  const k = OPS[op.name].kind;
  return k === 'write' || (k === 'call' && op.effect !== 'pure');
}

// ---- constructors ----

export const constInt = (v: number): Const => new Const('int', v);
export const constFloat = (v: number): Const => new Const('float', v);
export const constBool = (v: boolean): Const => new Const('bool', v);
export const constRef = (v: unknown): Const => new Const('ref', v);
export const NULL_REF = new Const('ref', null);

export const isConst = (v: Value | ResumeVirtual | null): v is Const => v !== null && v.kind === 'const';

/** The result type of `name` applied to args (for 'any' results the caller names it). */
export function resultType(name: OpName, resultHint?: Type): Type {
  const r = OPS[name].result;
  if (r !== 'any') return r;
  return resultHint ?? 'void';
}

export function newOp(name: OpName, args: Value[], type?: Type, resume: ResumeData | null = null, effect: Effect | null = null): Op {
  return new Op(name, args, type ?? resultType(name), resume, effect);
}

// ---- resume data helpers ----

/** Applies `f` to every slot of the resume data, returning a new ResumeData (virtuals copied once). */
export function mapResume(rd: ResumeData, f: (v: Value) => ResumeSlot): ResumeData {
  const seen = new Map<ResumeVirtual, ResumeVirtual>();
  const slot = (s: ResumeSlot): ResumeSlot => {
    if (s === null) return null;
    if (s.kind === 'virtual') {
      let c = seen.get(s);
      if (c === undefined) {
        c = new ResumeVirtual(s.op, []);
        seen.set(s, c);
        c.args = s.args.map(slot);
      }
      return c;
    }
    return f(s);
  };
  return {
    frames: rd.frames.map((fr) => ({
      code: fr.code, pc: fr.pc, locals: fr.locals.map(slot), stack: fr.stack.map(slot), env: fr.env.map(slot),
    })),
  };
}

/** Calls `f` on every Value the resume data refers to (through virtuals too). */
export function forEachResumeValue(rd: ResumeData, f: (v: Value) => void): void {
  const seen = new Set<ResumeVirtual>();
  const slot = (s: ResumeSlot): void => {
    if (s === null) return;
    if (s.kind === 'virtual') {
      if (seen.has(s)) return;
      seen.add(s);
      s.args.forEach(slot);
      return;
    }
    f(s);
  };
  for (const fr of rd.frames) { fr.locals.forEach(slot); fr.stack.forEach(slot); fr.env.forEach(slot); }
}

/**
 * The non-constant values an exit must hand back, in a fixed order (first use, depth first):
 * the compiled code writes them into `out[0..n-1]` when the exit is taken.
 */
export function failArgsOf(op: Op): Value[] {
  const out: Value[] = [];
  const seen = new Set<Value>();
  const add = (v: Value): void => {
    if (v.kind === 'const' || seen.has(v)) return;
    seen.add(v);
    out.push(v);
  };
  if (op.name === 'finish') op.args.forEach(add);
  if (op.resume !== null) forEachResumeValue(op.resume, add);
  return out;
}

/** Index of the last label in the trace, or -1. */
export function labelIndex(trace: Trace): number {
  for (let i = trace.ops.length - 1; i >= 0; i--) if (trace.ops[i].name === 'label') return i;
  return -1;
}

/**
 * Copies ops, renaming through `rename` (which it extends with the copies): used to clone traces
 * and by loop peeling. Label arguments get fresh InputArgs.
 */
export function copyOps(ops: readonly Op[], rename: Map<Value, Value>): Op[] {
  const get = (v: Value): Value => rename.get(v) ?? v;
  return ops.map((op) => {
    if (op.name === 'label') {
      const params = op.args.map((a) => { const c = new InputArg(a.type as ValueType); rename.set(a, c); return c; });
      return new Op('label', params, 'void');
    }
    const c = new Op(op.name, op.args.map(get), op.type, op.resume && mapResume(op.resume, get), op.effect);
    rename.set(op, c);
    return c;
  });
}

export function cloneTrace(trace: Trace): Trace {
  const rename = new Map<Value, Value>();
  const inputargs = trace.inputargs.map((a) => { const c = new InputArg(a.type); rename.set(a, c); return c; });
  return { inputargs, ops: copyOps(trace.ops, rename) };
}
