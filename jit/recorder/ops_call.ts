// Recording of calls. A call of a plain Python function (positional arguments, defaults allowed,
// no loops, no cells of its own, not a generator) is inlined: guard_value on the function, then the
// recorder continues in a new frame; resume data then describes both frames. len() of lists,
// tuples and strs becomes a length read. Every other call is call/callBound, residually.

import { Op as Bc } from '../../interpreter/compiler/opcodes.js';
import { CodeObject, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_NOFREE } from '../../interpreter/compiler/code.js';
import { PyObject } from '../../interpreter/objects/object.js';
import { PyFunction, PyBuiltinFunction } from '../../interpreter/objects/function.js';
import { PyTuple } from '../../interpreter/objects/tuple.js';
import { listType } from '../../interpreter/objects/list.js';
import { tupleType } from '../../interpreter/objects/tuple.js';
import { strType, PyStr } from '../../interpreter/objects/str.js';
import { newInt } from '../../interpreter/objects/int.js';
import { ts } from '../../interpreter/vm/state.js';
import { constRef, constInt, constFloat, NULL_REF, Op, Value } from '../ir.js';
import { PyInt, intType } from '../../interpreter/objects/int.js';
import { PyFloat, newFloat } from '../../interpreter/objects/float.js';
import { floatFunctions } from '../../interpreter/modules/math.js';
import { functionTraceOf, callFunctionTrace, newInstanceTrace, callPython } from '../driver.js';
import { PyType, objectType, typeType, TF_HEAPTYPE, TF_HAS_DICT } from '../../interpreter/objects/object.js';
import { call } from '../../interpreter/vm/ops/protocols.js';
import { superType } from '../../interpreter/types/type.js';
import { PyWrapperDescriptor } from '../../interpreter/objects/descriptors.js';
import { Box, RFrame } from './frame.js';
import { TraceRecorder, StepResult, isSmallInt, isFloat } from './recorder.js';
import * as H from './helpers.js';
import { strLen } from '../objmodel.js';

export const MAX_INLINE_DEPTH = 6;
const MAX_INLINE_SIZE = 600;

/**
 * Builtins that look at the calling frame (ts.frame): inside an inlined frame that is the wrong
 * frame, and even the trace's own frame has stale locals while compiled code runs.
 */
const INTROSPECTIVE = new Set(['locals', 'vars', 'dir', 'eval', 'exec', 'super', '_getframe', 'breakpoint']);
const INTROSPECTIVE_INLINED = new Set([...INTROSPECTIVE, 'globals', '__import__', 'type']);

const hasLoop = new WeakMap<CodeObject, boolean>();
function containsLoop(code: CodeObject): boolean {
  let r = hasLoop.get(code);
  if (r === undefined) {
    r = false;
    for (let pc = 0; pc < code.instructionCount; pc++) if (code.code[pc << 1] === Bc.JUMP_BACKWARD) { r = true; break; }
    hasLoop.set(code, r);
  }
  return r;
}

export function stepCall(r: TraceRecorder, op: Bc, arg: number): StepResult | null {
  const f = r.f;
  const next = f.pc + 1;
  switch (op) {
    case Bc.CALL: case Bc.CALL_METHOD: {
      const method = op === Bc.CALL_METHOD;
      const args = f.stack.slice(f.sp - arg);
      const self = method ? f.top(arg + 1) : null;
      const fn = f.top(arg + (method ? 2 : 1));
      const npop = arg + (method ? 2 : 1);
      const all = self !== null && self.o !== null ? [self, ...args] : args;
      if (tryInline(r, fn, all, npop, next)) return 'next';
      const res = fastBuiltin(r, fn, all) ?? callTrace(r, fn, all) ?? residualCall(r, fn, self !== null && self.o !== null ? self : null, args);
      f.stack.length -= npop;
      f.push(res); f.pc = next; return 'next';
    }
    case Bc.CALL_KW: case Bc.CALL_METHOD_KW: {
      const method = op === Bc.CALL_METHOD_KW;
      const kw = f.top();
      const args = f.stack.slice(f.sp - arg - 1, f.sp - 1);
      const self = method ? f.top(arg + 2) : null;
      const fn = f.top(arg + (method ? 3 : 2));
      checkIntrospective(r, fn.o!);
      const selfBox = self !== null && self.o !== null ? self : null;
      const o = r.residual(H.callKw, [r.ref(fn), selfBox === null ? NULL_REF : r.ref(selfBox), r.ref(kw), ...args.map((b) => r.ref(b))],
        [fn.o, selfBox === null ? null : selfBox.o, kw.o as PyTuple, ...args.map((b) => b.o)], 'ref') as PyObject;
      const v = r.lastResult!;
      r.markNonnull(v);
      f.stack.length -= arg + (method ? 3 : 2);
      f.push({ v, o }); f.pc = next; return 'next';
    }
    case Bc.CALL_FUNCTION_EX: {
      const hasKw = (arg & 1) !== 0;
      const kw = hasKw ? f.top() : null;
      const pos = f.top(hasKw ? 2 : 1);
      const fn = f.top(hasKw ? 3 : 2);
      checkIntrospective(r, fn.o!);
      if (!(pos.o instanceof PyTuple) || r.frames.length > 1) return null;
      const o = r.residual(H.callEx, [r.ref(fn), r.ref(pos), kw === null ? NULL_REF : r.ref(kw)],
        [fn.o, pos.o, kw === null ? null : kw.o], 'ref') as PyObject;
      const v = r.lastResult!;
      r.markNonnull(v);
      f.stack.length -= hasKw ? 3 : 2;
      f.push({ v, o }); f.pc = next; return 'next';
    }
  }
  return null;
}

function checkIntrospective(r: TraceRecorder, fo: PyObject): void {
  // zero-argument super() reads the calling frame's __class__ cell and first argument
  if (fo === superType) r.abort('frame introspection (super)');
  if (fo instanceof PyBuiltinFunction && (r.frames.length > 1 || r.returnFinishes ? INTROSPECTIVE_INLINED : INTROSPECTIVE).has(fo.name)) {
    r.abort(`frame introspection (${fo.name})`);
  }
}

function residualCall(r: TraceRecorder, fn: Box, self: Box | null, args: Box[]): Box {
  checkIntrospective(r, fn.o!);
  // a Python function may get a function trace after this trace is compiled: callPython enters it then
  if (fn.o instanceof PyFunction) return r.residualBox(callPython, self === null ? [fn, ...args] : [fn, self, ...args]);
  if (self === null) return r.residualBox(H.callN, [fn, ...args]);
  return r.residualBox(H.callBoundN, [fn, self, ...args]);
}

function fastBuiltin(r: TraceRecorder, fn: Box, args: Box[]): Box | null {
  const fo = fn.o;
  if (fo === intType && args.length === 1 && isFloat(args[0].o) && Math.abs((args[0].o as PyFloat).value) < 2 ** 53) {
    // int(x) of a float in the safe range: truncation (a NaN, infinity or huge float fails the guard)
    if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(fo)]);
    const x = r.float(args[0]);
    r.guardBool(r.emit('float_lt', [r.emit('float_abs', [x]), constFloat(2 ** 53)]), true);
    return { v: r.emit('cast_float_to_int', [x]), o: H.callN(fo, args[0].o!) };
  }
  const ff = fo === null ? undefined : floatFunctions.get(fo);
  if (ff !== undefined && args.length === 1 && (isFloat(args[0].o) || (isSmallInt(args[0].o) && args[0].v.type !== 'bool'))) {
    // math.sqrt(x) and friends on a float: the number -> number core, unboxed in and out
    if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(fo)]);
    const x = r.float(args[0]);
    const res = r.residual(ff, [x], [isFloat(args[0].o) ? (args[0].o as PyFloat).value : (args[0].o as PyInt).value], 'float', 'may_raise') as number;
    return { v: r.lastResult!, o: newFloat(res) };
  }
  if (!(fo instanceof PyBuiltinFunction) || fo.name !== 'len' || args.length !== 1 || fo !== ts.builtins.getStr('len')) return null;
  const a = args[0];
  const cls = a.o!.cls;
  if (a.v.type !== 'ref' || (cls !== listType && cls !== tupleType && cls !== strType)) return null;
  if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(fo)]);
  r.guardClass(a.v, cls);
  const n = cls === strType ? strLen(a.o as PyStr) : (a.o as unknown as { items: unknown[] }).items.length;
  const v = r.emit(cls === listType ? 'arraylen' : cls === tupleType ? 'tuplelen' : 'strlen', [a.v]);
  return { v, o: newInt(n) };
}

/** A function made by MAKE_FUNCTION in this trace: a new object (and new cells) each time. */
function madeInTrace(fn: Box): boolean {
  const v = fn.v;
  return v.kind === 'op' && v.name === 'call_residual' && v.args[0].kind === 'const' && v.args[0].value === H.makeFunctionOp;
}

/** Plain positional parameters, no cells, not a generator: what inlining and direct trace calls handle. */
function simpleCode(code: CodeObject): boolean {
  return (code.flags & ~(CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED | CO_NOFREE)) === 0 && code.kwonlyargcount === 0 &&
    code.cellvars.length === 0;
}

/**
 * A call of a function that has a function trace (or is the one being recorded): call the trace
 * directly with the arguments in its input types, unboxed where it takes ints or floats.
 */
function callTrace(r: TraceRecorder, fn: Box, args: Box[]): Box | null {
  const fo = fn.o;
  if (fo instanceof PyType) return newInstance(r, fn, fo, args);
  if (!(fo instanceof PyFunction)) return null;
  // made by MAKE_FUNCTION here: its code is the trace's constant, its cells come from the closure tuple
  const made = madeInTrace(fn);
  const call = traceCall(r, fo, args, made ? (fn.v as Op).args[3] : null);
  if (call === null) return null;
  if (!made && fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(fo)]);
  const o = r.residual(callFunctionTrace, [constRef(fo), ...call.vals], [fo, ...call.concrete], 'ref') as PyObject;
  const v = r.lastResult!;
  r.markNonnull(v);
  return { v, o };
}

/**
 * C(args) for a class C of metaclass type with object.__new__ and a Python __init__ that has a
 * function trace: allocation and the __init__ trace in one call, no frame.
 */
function newInstance(r: TraceRecorder, fn: Box, cls: PyType, args: Box[]): Box | null {
  if ((cls.flags & TF_HEAPTYPE) === 0 || cls.cls !== typeType || cls.slotNames !== null) return null;
  const newAttr = cls.lookup('__new__');
  if (newAttr === null || newAttr !== objectType.lookup('__new__')) return null;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction)) return null;
  const self: Box = { v: NULL_REF, o: null };
  const call = traceCall(r, init, [self, ...args]);
  if (call === null) return null;
  if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(cls)]);
  r.guard('guard_version', [constRef(cls), constInt(cls.version)]);
  const newFn = newAttr instanceof PyWrapperDescriptor ? newAttr.callable : newAttr;
  const o = r.residual(newInstanceTrace, [constRef(cls), constRef(newFn), constRef(init), ...call.vals],
    [cls, newFn, init, ...call.concrete], 'ref') as PyObject;
  const v = r.lastResult!;
  r.markNonnull(v);
  return { v, o };
}

/**
 * The arguments of a direct call of fo's function trace (its code slot, layout, then every input
 * in the layout's type), or null when fo or the arguments do not fit. A box with o === null
 * (the instance newInstanceTrace makes) is passed as a null placeholder.
 */
function traceCall(r: TraceRecorder, fo: PyFunction, args: Box[], closureV: Value | null = null): { vals: Value[]; concrete: unknown[] } | null {
  const code = fo.code;
  const ncells = code.freevars.length;
  if (!simpleCode(code) || args.length !== code.argcount || (fo.closure?.length ?? 0) !== ncells) return null;
  if (ncells > 0 && closureV === null && fo.closure === null) return null;
  const self = r.returnFinishes && r.frames.length >= 1 && r.target.header === -1 && r.target.code === code;
  const ref = functionTraceOf(code, self ? r.target.layout : null);
  if (ref === null || ref.layout.types.length !== code.varnames.length + ncells) return null;
  const types = ref.layout.types;
  for (let i = args.length; i < types.length; i++) if (types[i] !== 'ref') return null;
  const vals: Value[] = [];
  const concrete: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const b = args[i];
    const t = types[i];
    if (b.o === null) { if (t !== 'ref') return null; vals.push(NULL_REF); concrete.push(null); continue; }
    if (t === 'ref') { vals.push(r.ref(b)); concrete.push(b.o); continue; }
    if (t === 'int' && isSmallInt(b.o) && b.v.type !== 'float' && b.v.type !== 'bool') { vals.push(r.int(b)); concrete.push((b.o as PyInt).value); continue; }
    if (t === 'float' && isFloat(b.o)) { vals.push(r.float(b)); concrete.push((b.o as PyFloat).value); continue; }
    return null;
  }
  // the callee's other locals start unbound, then its cells: the call passes its whole input array
  for (let i = args.length; i < code.varnames.length; i++) { vals.push(NULL_REF); concrete.push(null); }
  for (let i = 0; i < ncells; i++) {
    const cell = fo.closure![i];
    vals.push(closureV === null ? constRef(cell) : r.emit('getitem_tuple', [closureV, constInt(i)]));
    concrete.push(cell);
  }
  return { vals: [constRef(ref.jit), constRef(ref.layout), ...vals], concrete: [ref.jit, ref.layout, ...concrete] };
}

function tryInline(r: TraceRecorder, fn: Box, args: Box[], npop: number, next: number): boolean {
  const fo = fn.o;
  if (fo instanceof PyType) return tryInlineNew(r, fn, fo, args, npop, next);
  if (fo !== null && !(fo instanceof PyFunction) && (fo.cls.flags & TF_HEAPTYPE) !== 0 && fn.v.type === 'ref') {
    // calling an instance: its class's __call__ (looked up on the type only) with the instance first
    const m = fo.cls.lookup('__call__');
    if (!(m instanceof PyFunction) || !inlinable(r, m, args.length + 1)) return false;
    r.guardClass(fn.v, fo.cls);
    r.guard('guard_version', [constRef(fo.cls), constInt(fo.cls.version)]);
    pushInlined(r, m, [fn, ...args], npop, next, null);
    return true;
  }
  if (!(fo instanceof PyFunction) || madeInTrace(fn) || !inlinable(r, fo, args.length)) return false;
  if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(fo)]);
  pushInlined(r, fo, args, npop, next, null);
  return true;
}

function inlinable(r: TraceRecorder, fo: PyFunction, npos: number): boolean {
  const code = fo.code;
  const ndef = fo.defaults?.length ?? 0;
  if (!simpleCode(code)) return false;
  if (npos > code.argcount || npos < code.argcount - ndef) return false;
  if (code.instructionCount > MAX_INLINE_SIZE || containsLoop(code)) return false;
  if (r.frames.length >= MAX_INLINE_DEPTH) return false;
  if (r.frames.filter((x) => x.code === code).length >= 2) return false;
  return ts.depth + r.frames.length + 10 < ts.recursionLimit;
}

/** Continues recording in a new frame for fo (arguments bound, defaults filled). */
function pushInlined(r: TraceRecorder, fo: PyFunction, args: Box[], npop: number, next: number, initSelf: Box | null): void {
  const code = fo.code;
  const npos = args.length;
  const ndef = fo.defaults?.length ?? 0;
  const fast: Box[] = [];
  for (let i = 0; i < code.varnames.length; i++) {
    if (i < npos) fast.push(args[i]);
    else if (i < code.argcount) fast.push(r.constBox(fo.defaults![i - (code.argcount - ndef)]));
    else fast.push({ v: NULL_REF, o: null });
  }
  const cells: Box[] = (fo.closure ?? []).map((c) => ({ v: constRef(c), o: c }));
  const caller = r.f;
  caller.stack.length -= npop;
  caller.pc = next;
  r.frames.push(new RFrame(code, fo, constRef(fo), fo.globals, ts.builtins, null, fast, [], cells, 0, initSelf));
}

/**
 * C(args) for a plain class (metaclass type, object.__new__, no __slots__, a Python __init__ that
 * can be inlined): the instance is an allocation in the trace (virtual until it escapes) and
 * __init__ is recorded inline; its frame hands the instance to the caller.
 */
function tryInlineNew(r: TraceRecorder, fn: Box, cls: PyType, args: Box[], npop: number, next: number): boolean {
  if ((cls.flags & TF_HEAPTYPE) === 0 || (cls.flags & TF_HAS_DICT) === 0 || cls.cls !== typeType || cls.slotNames !== null ||
    cls.solidBase !== objectType || cls.ns.has('__abstractmethods__')) return false;
  const newAttr = cls.lookup('__new__');
  if (newAttr === null || newAttr !== objectType.lookup('__new__')) return false;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || !inlinable(r, init, args.length + 1)) return false;
  if (fn.v.kind !== 'const') r.guard('guard_value', [fn.v, constRef(cls)]);
  r.guard('guard_version', [constRef(cls), constInt(cls.version)]);
  const newFn = newAttr instanceof PyWrapperDescriptor ? newAttr.callable : newAttr;
  const o = call(newFn, [cls], null);
  if (o.cls !== cls || o.map !== null || o.dict !== null) r.abort('object.__new__ made an unexpected instance');
  const self: Box = { v: r.emit('new_with_map', [constRef(cls), NULL_REF]), o };
  r.markNonnull(self.v);
  pushInlined(r, init, [self, ...args], npop, next, self);
  return true;
}
