// The JIT's driver: hot-spot counters per loop header, recording loops and bridges, entering
// compiled loops from the interpreter (type-checked unboxing of the frame into the loop's inputs)
// and handing exits back (deopt.ts). The interpreter reaches it only through hooks.ts.

import { CodeObject, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_NOFREE } from '../interpreter/compiler/code.js';
import { OP_NAMES } from '../interpreter/compiler/opcodes.js';
import { PyObject } from '../interpreter/objects/object.js';
import { PyDict } from '../interpreter/objects/dict.js';
import { PyFunction } from '../interpreter/objects/function.js';
import { intType } from '../interpreter/objects/int.js';
import { floatType } from '../interpreter/objects/float.js';
import { Frame } from '../interpreter/vm/frame.js';
import { runFrame } from '../interpreter/vm/eval.js';
import { PyBaseException } from '../interpreter/objects/exceptions.js';
import { ts } from '../interpreter/vm/state.js';
import { call, typeName } from '../interpreter/vm/ops/protocols.js';
import { PyType } from '../interpreter/objects/object.js';
import { None } from '../interpreter/objects/singletons.js';
import { E, pyError } from '../interpreter/objects/exceptions.js';
import { jitOptions } from '../interpreter/cli/jit_options.js';
import { InputArg, Value, ValueType, constRef } from './ir.js';
import { verifyTrace } from './ir_verify.js';
import { optimizeLoop, optimizeBridge } from './opt/pipeline.js';
import { CompiledLoop } from './backend/compiled.js';
import { ExitDescr } from './backend/js.js';
import { decodeExit, DecodedExit, box } from './resume.js';
import { startBridge, wantsBridge } from './bridge.js';
import { jitLog } from './log.js';
import { restoreFrames } from './deopt.js';
import { Box, RFrame } from './recorder/frame.js';
import { Op as Bc } from '../interpreter/compiler/opcodes.js';
import { TransferPlan, makeTransferPlan } from './transfer.js';
import { TraceRecorder, Abort, Raised, Layout, LoopTarget, RecordEnd } from './recorder/recorder.js';

const VALIDATE = process.env.TSPY_JIT_VALIDATE === '1' || process.env.VITEST !== undefined;
const DEBUG = process.env.TSPY_JIT_DEBUG === '1';
const MAX_ABORTS = 3;
/** Bridges per loop (each one recompiles the loop). */
const MAX_BRIDGES = 30;
/** Function traces are checked every this many entries (see functionCall). */
const FUNCTION_CHECK = 4096;

interface LoopEntry extends LoopTarget {
  loop: CompiledLoop;
  globals: PyDict; builtins: PyDict; localsDict: PyDict | null;
  name: string;
  bridges: number;
  /** A function trace (from the code's entry; returns end it with finish(value)). */
  isFunction: boolean;
  /** Function traces: entries, and how many of them returned from compiled code. */
  entries: number; returns: number;
}

interface Spot {
  count: number;
  entry: LoopEntry | null;
  aborts: number;
  blacklisted: boolean;
  /** Slots (layout indices) to keep boxed: their type changed around the loop. */
  refHints: Set<number>;
}

interface CodeJit {
  spots: (Spot | undefined)[];
  /** Loop headers (targets of JUMP_BACKWARD), computed on first use. */
  headers: Set<number> | null;
  /** Function traces: calls counted, the trace, aborts. */
  calls: number; fentry: LoopEntry | null; faborts: number; fblack: boolean;
}

/** What an exit, a recording or a bridge left: a return value (function traces) or an exception to raise. */
interface Outcome { returned?: PyObject; exception?: unknown }
function setPending(o: Outcome): void { if ('exception' in o) pendingException = o.exception; }

let recording = false;
/** The exception the last hook call wants raised in its frame (see hooks.ts). */
export let pendingException: unknown = undefined;
export function takePendingException(): unknown { const e = pendingException; pendingException = undefined; return e; }

const bridgeAborts = new Map<ExitDescr, number>();

export const stats = { recordMs: 0, entries: 0, transfers: 0, directCalls: 0 };
jitLog().counters = () => [
  `trace-to-trace transfers (a finish at a compiled loop's header): ${stats.transfers}`,
  `direct calls of function traces from compiled code: ${stats.directCalls}`,
];

function spotOf(code: CodeObject, pc: number): Spot {
  const rt = code.runtime as { jit?: CodeJit };
  const cj = (rt.jit ??= newCodeJit());
  let s = cj.spots[pc];
  if (s === undefined) s = cj.spots[pc] = { count: 0, entry: null, aborts: 0, blacklisted: false, refHints: new Set() };
  return s;
}
function newCodeJit(): CodeJit { return { spots: [], headers: null, calls: 0, fentry: null, faborts: 0, fblack: false }; }

function isLoopHeader(code: CodeObject, pc: number): boolean {
  const cj = codeJit(code);
  if (cj.headers === null) {
    cj.headers = new Set();
    for (let i = 0; i < code.instructionCount; i++) if (code.code[i << 1] === Bc.JUMP_BACKWARD) cj.headers.add(code.code[(i << 1) + 1]);
  }
  return cj.headers.has(pc);
}
function codeJit(code: CodeObject): CodeJit {
  const rt = code.runtime as { jit?: CodeJit };
  return (rt.jit ??= newCodeJit());
}
function existingSpot(code: CodeObject, pc: number): Spot | undefined {
  return (code.runtime as { jit?: CodeJit } | null)?.jit?.spots[pc];
}

function bridgeThreshold(): number { return Math.max(1, Math.min(200, Math.floor(jitOptions.threshold / 5))); }

/**
 * JUMP_BACKWARD reached `pc` (a loop header) with stack depth `sp`. Returns true when the frame's
 * state (fast locals, stack, frame.pc, frame.sp) was changed; then pendingException may be set.
 */
export function backEdge(frame: Frame, pc: number, sp: number): boolean {
  const spot = spotOf(frame.code, pc);
  if (spot.entry === null) {
    if (spot.blacklisted || recording) return false;
    if (++spot.count < jitOptions.threshold) return false;
    spot.count = 0;
    frame.pc = pc; frame.sp = sp;
    recordLoop(frame, spot);
    chain(frame);
    return true;
  }
  frame.pc = pc; frame.sp = sp;
  const r = enterAndRun(frame, spot.entry);
  if (r === NOT_ENTERED) return false;
  if (r === MAY_CHAIN) chain(frame);
  return true;
}

const NOT_ENTERED = 0, STOP = 1, MAY_CHAIN = 2;

/** After an exit at a loop header whose trace exists (and no exception): keep running compiled code. */
function chain(frame: Frame): void {
  for (let i = 0; pendingException === undefined && i < 1_000_000; i++) {
    const s = existingSpot(frame.code, frame.pc);
    if (s === undefined || s.entry === null) {
      // compiled code left at a loop header without a loop: count it as the interpreter's back
      // edge would (an outer loop whose back edge only compiled code takes gets hot this way)
      if (recording || !isLoopHeader(frame.code, frame.pc)) return;
      const spot = s ?? spotOf(frame.code, frame.pc);
      if (spot.blacklisted || ++spot.count < jitOptions.threshold) return;
      spot.count = 0;
      recordLoop(frame, spot);
      continue;
    }
    if (enterAndRun(frame, s.entry) !== MAY_CHAIN) return;
  }
}

/** A finish at a compiled loop's header: the loop and the plan converting into its inputs. */
interface Transfer { entry: LoopEntry; plan: TransferPlan; buf: unknown[] }
/** exit.transfer for a finish that can never go on into a loop (a return, inlined frames, no plan). */
const NO_TRANSFER = { never: true };

/** Where a finish exit of e goes on (cached on the exit once its target loop exists), or null. */
function transferOf(exit: ExitDescr, e: LoopEntry): Transfer | null {
  const cached = exit.transfer;
  if (cached !== undefined) return cached === NO_TRANSFER ? null : cached as Transfer;
  const frames = exit.resume?.frames;
  if (frames === undefined || frames.length !== 1 || exit.op.args.length !== 0) { exit.transfer = NO_TRANSFER; return null; }
  const spot = existingSpot(e.code, frames[0].pc);
  const target = spot?.entry;
  if (target === undefined || target === null) return null; // not compiled (yet)
  const fits = target.globals === e.globals && target.builtins === e.builtins && target.localsDict === e.localsDict;
  const plan = fits ? makeTransferPlan(exit, target.layout) : null;
  if (plan === null) { exit.transfer = NO_TRANSFER; return null; }
  const t: Transfer = { entry: target, plan, buf: new Array(target.layout.types.length) };
  exit.transfer = t;
  return t;
}

/** The entry whose exit runCompiled returned, and the buffer holding that exit's values. */
let lastEntry: LoopEntry | null = null;
let lastOut: unknown[] = [];

/** Runs e from `inputs`, going on into the next loop whenever a finish lands on a compiled loop's header. */
function runCompiled(e: LoopEntry, inputs: unknown[]): ExitDescr {
  const out = e.loop.out; // (a bridge attached by nested code may replace e.loop.out meanwhile)
  return followTransfers(e, e.loop.run(inputs), out);
}

/** After e's code left through `exit` (values in `out`): transfers into loops at their headers, as long as they fit. */
function followTransfers(e: LoopEntry, exit: ExitDescr, out: unknown[]): ExitDescr {
  for (;;) {
    if (exit.kind === 'finish') {
      const t = transferOf(exit, e);
      if (t !== null) {
        // the buffer is reused: a trace reads its inputs once, on entry
        const next = t.plan.inputs(out, t.buf);
        if (next !== null) {
          out.fill(undefined);
          stats.transfers++;
          e = t.entry;
          out = e.loop.out;
          exit = e.loop.run(next);
          t.buf.fill(undefined); // read on entry only; dropped objects must stay collectable
          continue;
        }
      }
    }
    lastEntry = e; lastOut = out;
    return exit;
  }
}

function inputsFor(frame: Frame, e: LoopEntry): unknown[] | null {
  const l = e.layout;
  if (frame.sp !== l.nstack || frame.globals !== e.globals || frame.builtins !== e.builtins || frame.localsDict !== e.localsDict) return null;
  const types = l.types;
  const inputs = new Array<unknown>(types.length);
  const nfast = l.nfast, nstack = l.nstack;
  for (let k = 0; k < types.length; k++) {
    const o: PyObject | null = k < nfast ? frame.fast[k] : k < nfast + nstack ? frame.stack[k - nfast] : frame.cells[k - nfast - nstack];
    const t = types[k];
    if (t === 'ref') { inputs[k] = o; continue; }
    if (o === null) return null;
    if (t === 'int') {
      if (o.cls !== intType) return null;
      const v = (o as unknown as { value: unknown }).value;
      if (typeof v !== 'number') return null;
      inputs[k] = v;
    } else if (t === 'float' && o.cls === floatType) inputs[k] = (o as unknown as { value: number }).value;
    else return null;
  }
  return inputs;
}

/** Runs the loop if the frame fits (NOT_ENTERED when it does not). */
function enterAndRun(frame: Frame, e0: LoopEntry): number {
  const inputs = inputsFor(frame, e0);
  if (inputs === null) return NOT_ENTERED;
  stats.entries++;
  const exit = runCompiled(e0, inputs);
  const e = lastEntry!;
  const decoded = decodeExit(exit, lastOut);
  lastOut.fill(undefined); // decoded: the buffer must not keep the exit's objects alive
  if (exit.kind === 'call') {
    finishRestore(frame, restoreFrames(frame, decoded.frames, decoded.exception));
    return STOP;
  }
  if (bridgeWanted(e, exit)) {
    setPending(recordBridge(frame, e, exit, decoded));
    return MAY_CHAIN;
  }
  finishRestore(frame, restoreFrames(frame, decoded.frames));
  // a guard exit resumes where the trace stopped being valid: back to the interpreter
  return exit.kind === 'finish' ? MAY_CHAIN : STOP;
}

function finishRestore(_frame: Frame, r: Outcome): void { setPending(r); }

function bridgeWanted(e: LoopEntry, exit: ExitDescr): boolean {
  return !recording && wantsBridge(exit, bridgeThreshold()) && (bridgeAborts.get(exit) ?? 0) < MAX_ABORTS && e.bridges < MAX_BRIDGES;
}

// ---- function traces ----

/** Runs `fn` with `frame` as the current frame (as runFrame does); undefined near the recursion limit. */
function asCurrent<T>(frame: Frame, fn: () => T): T {
  frame.back = ts.frame;
  ts.frame = frame;
  ts.depth++;
  try { return fn(); } finally { ts.frame = frame.back; ts.depth--; }
}

/**
 * A call of a (non-generator) function whose frame is bound: runs its function trace, or records
 * one when the code is hot. Undefined: nothing done, the caller runs the frame.
 */
export function functionCall(frame: Frame): PyObject | undefined {
  if (ts.depth + 2 > ts.recursionLimit) return undefined;
  const cj = codeJit(frame.code);
  const e = cj.fentry;
  let out: Outcome;
  if (e === null) {
    if (cj.fblack || recording || ++cj.calls < jitOptions.function_threshold) return undefined;
    cj.calls = 0;
    out = asCurrent(frame, () => recordFunction(frame, cj));
  } else {
    const inputs = inputsFor(frame, e);
    if (inputs === null) return undefined;
    countFunctionEntry(cj, e);
    frame.back = ts.frame;
    ts.frame = frame;
    ts.depth++;
    try {
      const transfers0 = stats.transfers;
      const exit = runCompiled(e, inputs);
      const last = lastEntry!, buf = lastOut;
      if (exit.kind === 'finish' && exit.op.args.length === 1) {
        // returned: box the result alone (the resume data is not needed)
        e.returns++;
        const a = exit.op.args[0];
        const r = box(a.type as ValueType, a.kind === 'const' ? a.value : buf[0])!;
        buf[0] = undefined;
        return r;
      }
      // went on into a loop of this function: compiled code did the work
      if (stats.transfers !== transfers0) e.returns++;
      const decoded = decodeExit(exit, buf);
      buf.fill(undefined);
      const returned = returnedValue(exit, decoded);
      if (returned !== null) return returned;
      if (exit.kind === 'call') out = restoreFrames(frame, decoded.frames, decoded.exception);
      else if (bridgeWanted(last, exit)) out = recordBridge(frame, last, exit, decoded);
      else {
        out = restoreFrames(frame, decoded.frames);
        if (exit.kind === 'finish' && !('exception' in out) && recordAtHeader(frame)) {
          const exc = takePendingException();
          out = exc === undefined ? {} : { exception: exc };
        }
      }
    } finally {
      ts.frame = frame.back;
      ts.depth--;
    }
  }
  if (out.returned !== undefined) return out.returned;
  // continue the frame in the interpreter from where the trace left it
  return runFrame(frame, 'exception' in out ? out.exception as PyBaseException : null);
}

function countFunctionEntry(cj: CodeJit, e: LoopEntry): void {
  stats.entries++;
  if (++e.entries >= FUNCTION_CHECK) checkFunctionTrace(cj, e);
}

/** Every FUNCTION_CHECK entries: a function trace that mostly leaves before returning costs more than it saves. */
function checkFunctionTrace(cj: CodeJit, e: LoopEntry): void {
  if (e.returns < e.entries / 2) {
    cj.fentry = null; cj.fblack = true;
    jitLog().abort('function trace exits too often (dropped)');
  }
  e.entries = e.returns = 0;
}

/** What compiled callers know of a function's trace: the slot its entry appears in, and its layout. */
export interface FunctionTraceRef { jit: CodeJit; layout: Layout }

/**
 * The function trace a compiled call of `code` can enter directly: the one being recorded now
 * (`recordingLayout`, for self-recursion) or the compiled one. Null when there is none.
 */
export function functionTraceOf(code: CodeObject, recordingLayout: Layout | null): FunctionTraceRef | null {
  const cj = codeJit(code);
  if (recordingLayout !== null) return { jit: cj, layout: recordingLayout };
  const e = cj.fentry;
  return e === null ? null : { jit: cj, layout: e.layout };
}

/**
 * A call from compiled code of `fo` (plain positional arguments, no cells) whose function trace
 * takes inputs laid out as `layout`; `args` are already of the layout's types (unboxed ints and
 * floats). No frame is made unless the trace leaves before returning.
 */
export function callFunctionTrace(fo: PyFunction, cj: CodeJit, layout: Layout, ...inputs: unknown[]): PyObject {
  return runFunctionTrace(fo, cj, layout, inputs);
}

/**
 * Instantiation of a class whose metaclass is type, with object.__new__ and a Python __init__
 * that has a function trace: `newFn` makes the instance, which becomes inputs[0] of the trace.
 */
export function newInstanceTrace(cls: PyType, newFn: PyObject, init: PyFunction, cj: CodeJit, layout: Layout, ...inputs: unknown[]): PyObject {
  const obj = call(newFn, [cls], null);
  inputs[0] = obj;
  const r = runFunctionTrace(init, cj, layout, inputs);
  if (r !== None) throw pyError(E.TypeError, `__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/**
 * A call from compiled code of a Python function the trace could not call directly when it was
 * recorded (no function trace existed yet): enters the function trace if there is one now and the
 * arguments fit its types, else calls as the interpreter does.
 */
export function callPython(f: PyObject, ...args: PyObject[]): PyObject {
  if (f instanceof PyFunction) {
    const code = f.code;
    const e = (code.runtime as { jit?: CodeJit } | null)?.jit?.fentry;
    if (e !== undefined && e !== null && args.length === code.argcount && (code.flags & ~PLAIN_FLAGS) === 0 &&
        code.kwonlyargcount === 0 && code.cellvars.length === 0) {
      const inputs = functionInputs(e.layout, f, args);
      if (inputs !== null) return runFunctionTrace(f, codeJit(code), e.layout, inputs);
    }
  }
  return call(f, args, null);
}
const PLAIN_FLAGS = CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED | CO_NOFREE;

/** A function trace's inputs for a call of f with `args` (unboxed per layout), or null when a type does not fit. */
function functionInputs(layout: Layout, f: PyFunction, args: PyObject[]): unknown[] | null {
  const types = layout.types;
  const nfast = f.code.varnames.length;
  const closure = f.closure ?? [];
  if (types.length !== nfast + closure.length) return null;
  const inputs = new Array<unknown>(types.length).fill(null);
  for (let i = 0; i < args.length; i++) {
    const o = args[i];
    const t = types[i];
    if (t === 'ref') inputs[i] = o;
    else if (t === 'int') {
      const v = (o as unknown as { value: unknown }).value;
      if (o.cls !== intType || typeof v !== 'number') return null;
      inputs[i] = v;
    } else if (t === 'float' && o.cls === floatType) inputs[i] = (o as unknown as { value: number }).value;
    else return null;
  }
  for (let i = 0; i < closure.length; i++) inputs[nfast + i] = closure[i];
  return inputs;
}

function runFunctionTrace(fo: PyFunction, cj: CodeJit, layout: Layout, inputs: unknown[]): PyObject {
  const e = cj.fentry;
  if (e === null || e.layout !== layout || ts.depth + 2 > ts.recursionLimit || fo.globals !== e.globals || ts.builtins !== e.builtins) {
    return call(fo, inputs.slice(0, fo.code.argcount).map((a, i) => box(layout.types[i], a)!), null);
  }
  stats.directCalls++;
  if (++e.entries >= FUNCTION_CHECK) checkFunctionTrace(cj, e);
  const out = e.loop.out;
  let exit: ExitDescr;
  ts.depth++;
  try {
    exit = e.loop.run(inputs);
  } finally {
    ts.depth--;
  }
  if (exit.kind === 'finish' && exit.op.args.length === 1) {
    e.returns++;
    const a = exit.op.args[0];
    const r = box(a.type as ValueType, a.kind === 'const' ? a.value : out[0])!;
    out[0] = undefined;
    return r;
  }
  return functionTraceLeft(fo, e, exit, out);
}

/** callFunctionTrace's trace did not return: go on into loops, else make the callee's frame and finish there. */
function functionTraceLeft(fo: PyFunction, e: LoopEntry, exit0: ExitDescr, out0: unknown[]): PyObject {
  let exit: ExitDescr;
  ts.depth++;
  try {
    exit = followTransfers(e, exit0, out0);
  } finally {
    ts.depth--;
  }
  const last = lastEntry!, buf = lastOut;
  if (last !== e) e.returns++; // went on into a loop of this function: compiled code did the work
  if (exit.kind === 'finish' && exit.op.args.length === 1) {
    const a = exit.op.args[0];
    const r = box(a.type as ValueType, a.kind === 'const' ? a.value : buf[0])!;
    buf[0] = undefined;
    return r;
  }
  const decoded = decodeExit(exit, buf);
  buf.fill(undefined);
  const returned = returnedValue(exit, decoded);
  if (returned !== null) return returned;
  // now the callee needs its frame: the interpreter finishes the call
  let out: Outcome;
  const frame = new Frame(fo.code, fo.globals, ts.builtins, null, fo);
  frame.back = ts.frame;
  ts.frame = frame;
  ts.depth++;
  try {
    if (exit.kind === 'call') out = restoreFrames(frame, decoded.frames, decoded.exception);
    else if (bridgeWanted(last, exit)) out = recordBridge(frame, last, exit, decoded);
    else {
      out = restoreFrames(frame, decoded.frames);
      if (exit.kind === 'finish' && !('exception' in out) && recordAtHeader(frame)) {
        const exc = takePendingException();
        out = exc === undefined ? {} : { exception: exc };
      }
    }
  } finally {
    ts.frame = frame.back;
    ts.depth--;
  }
  if (out.returned !== undefined) return out.returned;
  return runFrame(frame, 'exception' in out ? out.exception as PyBaseException : null);
}

/**
 * A function trace left `frame` at a loop header that has no loop (its back edge is rarely taken
 * in the interpreter, e.g. a loop left after a few iterations): count the landing as a back edge,
 * and record a trace from the header when hot. True when it recorded (pendingException may be set).
 */
function recordAtHeader(frame: Frame): boolean {
  if (recording || !isLoopHeader(frame.code, frame.pc)) return false;
  const spot = spotOf(frame.code, frame.pc);
  if (spot.entry !== null || spot.blacklisted || ++spot.count < jitOptions.threshold) return false;
  spot.count = 0;
  recordLoop(frame, spot);
  return true;
}

/** A finish that left the root frame at its RETURN_VALUE (a loop's bridge): the value it returns, else null. */
function returnedValue(exit: ExitDescr, decoded: DecodedExit): PyObject | null {
  if (exit.kind !== 'finish' || decoded.frames.length !== 1) return null;
  const st = decoded.frames[0];
  const code = st.code as CodeObject;
  if (code.code[st.pc << 1] !== Bc.RETURN_VALUE || st.stack.length === 0) return null;
  return st.stack[st.stack.length - 1];
}

function recordFunction(frame: Frame, cj: CodeJit): Outcome {
  const code = frame.code;
  const layout = layoutOf(frame, 0, new Set());
  const inputargs = layout.types.map((t) => new InputArg(t));
  const boxes: Box[] = [...frame.fast, ...frame.cells].map((o, i) => ({ v: inputargs[i], o }));
  const root = new RFrame(code, null, null, frame.globals, frame.builtins, frame.localsDict,
    boxes.slice(0, layout.nfast), [], boxes.slice(layout.nfast), 0);
  const target: LoopTarget = { code, header: -1, layout, inputargs };
  const rec = new TraceRecorder(inputargs, [root], jitOptions.trace_limit, target, false);
  rec.returnFinishes = true;
  rec.compiledLoopAt = hasCompiledLoop;
  const end = runRecorder(rec);
  if (end.ok) {
    const name = `${code.qualname}:${code.firstlineno} (function)`;
    const loop = compile('loop', name, end);
    if (loop !== null) {
      cj.fentry = { ...target, loop, globals: frame.globals, builtins: frame.builtins, localsDict: frame.localsDict, name, bridges: 0, isFunction: true, entries: 0, returns: 0 };
    } else cj.fblack = true;
    if (rec.returned !== undefined) return { returned: rec.returned };
  } else {
    jitLog().abort(`function: ${end.reason}`);
    if (++cj.faborts >= MAX_ABORTS) cj.fblack = true;
  }
  return restoreFrames(frame, end.final, end.ok ? undefined : end.exception);
}

// ---- recording ----

function layoutOf(frame: Frame, sp: number, hints: Set<number>): Layout {
  const types: ValueType[] = [];
  const typeOf = (o: PyObject | null, i: number): ValueType => {
    if (o === null || hints.has(i)) return 'ref';
    if (o.cls === intType && typeof (o as unknown as { value: unknown }).value === 'number') return 'int';
    if (o.cls === floatType) return 'float';
    return 'ref';
  };
  let i = 0;
  for (const o of frame.fast) types.push(typeOf(o, i++));
  for (let j = 0; j < sp; j++) types.push(typeOf(frame.stack[j], i++));
  for (const c of frame.cells) types.push(typeOf(c, i++));
  return { nfast: frame.fast.length, nstack: sp, ncells: frame.cells.length, types };
}

function hasCompiledLoop(code: CodeObject, pc: number): boolean {
  const s = existingSpot(code, pc);
  return s !== undefined && s.entry !== null;
}

function nameOf(code: CodeObject, pc: number): string {
  const line = code.lines[pc] ?? code.firstlineno;
  return `${code.qualname}:${line}@${pc}`;
}

function originText(rec: TraceRecorder): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const [code, pc] of rec.visited) {
    const key = `${code.qualname}@${pc}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const op = code.code[pc << 1], arg = code.code[(pc << 1) + 1];
    lines.push(`# ${code.filename}:${code.lines[pc]} ${code.qualname} @${pc} ${OP_NAMES[op] ?? op} ${arg}`);
  }
  return lines.join('\n');
}

function runRecorder(rec: TraceRecorder): RecordEnd {
  const t0 = performance.now();
  recording = true;
  try {
    rec.run();
    return { ok: true, trace: rec.trace(), final: rec.final(), closesLoop: rec.end?.kind === 'jump', origin: originText(rec) };
  } catch (e) {
    if (e instanceof Raised) return { ok: false, reason: 'exception while recording', final: rec.final(), exception: e.exc };
    if (e instanceof Abort) return { ok: false, reason: e.reason, final: rec.final(), typeHint: e.reason === 'type instability' ? rec.mismatch : undefined };
    if (DEBUG) console.error('jit: recorder error', e);
    return { ok: false, reason: `internal: ${(e as Error)?.message ?? e}`, final: rec.final() };
  } finally {
    recording = false;
    const dt = performance.now() - t0;
    stats.recordMs += dt;
    jitLog().recordMs += dt;
  }
}

function compile(kind: 'loop' | 'bridge', name: string, end: Extract<RecordEnd, { ok: true }>, attach?: { e: LoopEntry; exit: ExitDescr }): CompiledLoop | null {
  const log = jitLog();
  try {
    if (VALIDATE) verifyTrace(end.trace);
    const before = log.text(end.trace);
    const t0 = performance.now();
    const opt = kind === 'loop' && end.closesLoop ? optimizeLoop(end.trace) : optimizeBridge(end.trace);
    if (VALIDATE) verifyTrace(opt);
    const optMs = performance.now() - t0;
    let loop: CompiledLoop;
    if (attach === undefined) loop = new CompiledLoop(opt);
    else { loop = attach.e.loop; loop.attachBridge(attach.exit, opt); }
    log.compiled(kind, name, before, opt, loop, optMs, end.origin);
    return loop;
  } catch (e) {
    if (DEBUG) console.error('jit: compile error', e);
    if (attach !== undefined && attach.exit.bridge !== null) { attach.exit.bridge = null; }
    log.abort(`compile failed: ${(e as Error)?.message ?? e}`.slice(0, 120));
    return null;
  }
}

function recordLoop(frame: Frame, spot: Spot): void {
  const code = frame.code, header = frame.pc, sp = frame.sp;
  const layout = layoutOf(frame, sp, spot.refHints);
  const inputargs = layout.types.map((t) => new InputArg(t));
  const boxes: Box[] = [];
  const all: (PyObject | null)[] = [...frame.fast, ...frame.stack.slice(0, sp), ...frame.cells];
  all.forEach((o, i) => boxes.push({ v: inputargs[i], o }));
  const root = new RFrame(code, null, null, frame.globals, frame.builtins, frame.localsDict,
    boxes.slice(0, layout.nfast), boxes.slice(layout.nfast, layout.nfast + sp), boxes.slice(layout.nfast + sp), header);
  const target: LoopTarget = { code, header, layout, inputargs };
  const rec = new TraceRecorder(inputargs, [root], jitOptions.trace_limit, target, false);
  const end = runRecorder(rec);
  if (end.ok) {
    const name = nameOf(code, header);
    const loop = compile('loop', name, end);
    if (loop !== null) {
      spot.entry = { ...target, loop, globals: frame.globals, builtins: frame.builtins, localsDict: frame.localsDict, name, bridges: 0, isFunction: false, entries: 0, returns: 0 };
    } else spot.blacklisted = true;
  } else {
    jitLog().abort(end.reason);
    if (end.typeHint !== undefined && end.typeHint >= 0 && !spot.refHints.has(end.typeHint)) spot.refHints.add(end.typeHint);
    else if (++spot.aborts >= MAX_ABORTS) spot.blacklisted = true;
  }
  finishRestore(frame, restoreFrames(frame, end.final, end.ok ? undefined : end.exception));
}

function recordBridge(frame: Frame, e: LoopEntry, exit: ExitDescr, decoded: DecodedExit): Outcome {
  const start = startBridge(exit);
  const frames: RFrame[] = start.frames.map((sf, i) => {
    const df = decoded.frames[i];
    const zip = (vs: (Value | null)[], os: (PyObject | null)[]): Box[] =>
      vs.map((v, j) => ({ v: v ?? constRef(null), o: os[j] }));
    if (i === 0) {
      return new RFrame(e.code, null, null, e.globals, e.builtins, e.localsDict,
        zip(sf.locals as (Value | null)[], df.locals), zip(sf.stack as (Value | null)[], df.stack),
        zip(sf.env as (Value | null)[], df.env), sf.pc);
    }
    const func = df.env[0] as PyFunction;
    const cells: Box[] = (func.closure ?? []).map((c) => ({ v: constRef(c), o: c }));
    const initSelf: Box | null = sf.env.length > 1 ? { v: sf.env[1] as Value, o: df.env[1] } : null;
    return new RFrame(sf.code as CodeObject, func, sf.env[0] as Value, func.globals, ts.builtins, null,
      zip(sf.locals as (Value | null)[], df.locals), zip(sf.stack as (Value | null)[], df.stack), cells, sf.pc, initSelf);
  });
  const rec = new TraceRecorder(start.trace.inputargs, frames, jitOptions.trace_limit, e, true, start.trace.ops);
  rec.returnFinishes = e.isFunction;
  rec.compiledLoopAt = hasCompiledLoop;
  const end = runRecorder(rec);
  if (end.ok) {
    const loop = compile('bridge', `${e.name} exit ${exit.index}`, end, { e, exit });
    if (loop === null) bridgeAborts.set(exit, MAX_ABORTS);
    else e.bridges++;
  } else {
    jitLog().abort(`bridge: ${end.reason}`);
    bridgeAborts.set(exit, (bridgeAborts.get(exit) ?? 0) + 1);
    exit.failCount = 0;
  }
  if (end.ok && rec.returned !== undefined) return { returned: rec.returned };
  return restoreFrames(frame, end.final, end.ok ? undefined : end.exception);
}

let statsInstalled = false;
/** --jit-stats: the summary on stderr at exit. */
export function installStats(): void {
  if (statsInstalled) return;
  statsInstalled = true;
  process.on('exit', () => { process.stderr.write(jitLog().summary() + '\n'); });
}
