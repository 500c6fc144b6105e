// The eval loop: runs one frame's bytecode. Each instruction either manipulates the value stack
// directly or calls one op helper (vm/ops/); exceptions unwind through the code's exception table.
// Generators re-enter here with the frame they suspended in (YIELD_VALUE returns with yielded set).

import { Op } from '../compiler/opcodes.js';
import { CodeObject } from '../compiler/code.js';
import { PyObject, PyType } from '../objects/object.js';
import { True, False } from '../objects/int.js';
import { PyStr, newStr, strType, internStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList, newList, listType } from '../objects/list.js';
import { PyDict, newDict, dictType } from '../objects/dict.js';
import { newSet, PySet } from '../objects/set.js';
import { PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';
import { PyCell, PyFunction, PyBuiltinFunction } from '../objects/function.js';
import { callFunction } from './call.js';
import { E, pyError, PyBaseException, newException } from '../objects/exceptions.js';
import { PyGenerator } from '../objects/generator.js';
import { Frame, PyCode } from './frame.js';
import { ts } from './state.js';
import {
  call, callBound, bindDescriptor, truthy, getIter, iterNext, isinstanceOf, typeName, repr, str, toArray,
} from './ops/protocols.js';
import { getAttr, delAttr } from './ops/attr.js';
import { loadAttrCached, storeAttrCached, loadMethodCached } from './ops/attr_cache.js';
import { binaryOp, unaryOp, compareOp, contains, exceptionMatches } from './ops/arith.js';
import { getItem, setItem, delItem } from './ops/subscript.js';
import { formatValue, asciiOf } from './ops/format.js';
import { listExtend, setUpdate, dictUpdate, dictMerge, kwargsToCall } from './ops/containers.js';
import { importName, importFrom, importStar } from './import.js';
import { toPyException, addTraceback, setContext } from './exceptions.js';
import { printExpr } from './repl_hook.js';
import { funcDescription } from './ops/describe.js';
import { makeFunction } from './ops/make_function.js';
import { jitHooks, jitBackEdge, jitTakeException } from '../../jit/hooks.js'; // JIT hook

interface GlobalCache { dict: PyDict; g: number; b: number; value: PyObject }

function nameError(name: string): PyBaseException {
  const e = newException(E.NameError, `name '${name}' is not defined`);
  e.setExtra('name', internStr(name));
  return e;
}

function unboundLocal(name: string): PyBaseException {
  return newException(E.UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundFree(code: CodeObject, i: number): PyBaseException {
  const ncell = code.cellvars.length;
  if (i < ncell) return unboundLocal(code.cellvars[i]);
  return newException(E.NameError,
    `cannot access free variable '${code.freevars[i - ncell]}' where it is not associated with a value in enclosing scope`);
}

/**
 * Runs `frame` until it returns (or, for generators, yields: then `frame.yielded` is set).
 * `throwIn` resumes a suspended generator frame by raising that exception at its yield.
 */
export function runFrame(frame: Frame, throwIn: PyBaseException | null = null): PyObject {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(E.RecursionError, 'maximum recursion depth exceeded');
  }
  frame.back = ts.frame;
  ts.frame = frame;
  try {
    return execute(frame, throwIn);
  } finally {
    ts.frame = frame.back;
    ts.depth--;
  }
}

function execute(frame: Frame, throwIn: PyBaseException | null): PyObject {
  const code = frame.code;
  const instrs = code.code;
  const names = code.names;
  const consts = frame.consts;
  const fast = frame.fast;
  const cells = frame.cells;
  const stack = frame.stack;
  const globals = frame.globals;
  const builtins = frame.builtins;
  const globalCaches = (code.globalCaches ??= new Array(code.instructionCount)) as (GlobalCache | undefined)[];
  let sp = frame.sp;
  let pc = frame.pc;
  let pending: PyBaseException | null = throwIn;
  let reraise = false;

  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        if (pc < code.instructionCount && instrs[pc << 1] === Op.YIELD_FROM) {
          // Throwing into a generator suspended in `yield from`: delegate to the sub-iterator.
          const r = throwIntoDelegate(stack[sp - 1]!, e);
          if (r.yielded) { frame.sp = sp; frame.pc = pc; frame.yielded = true; return r.value; }
          stack[sp - 1] = r.value; // the delegate finished: its result replaces it
          pc++;
        } else {
          throw e;
        }
      }
      for (;;) {
        const op: Op = instrs[pc << 1];
        const arg = instrs[(pc << 1) + 1];
        pc++;
        switch (op) {
          case Op.NOP: break;
          case Op.POP_TOP: stack[--sp] = null; break;
          case Op.COPY: stack[sp] = stack[sp - arg]; sp++; break;
          case Op.SWAP: { const t = stack[sp - 1]; stack[sp - 1] = stack[sp - arg]; stack[sp - arg] = t; break; }
          case Op.LOAD_CONST: stack[sp++] = consts[arg]; break;
          case Op.RETURN_VALUE: {
            const v = stack[--sp]!;
            frame.sp = sp; frame.pc = pc; frame.finished = true;
            return v;
          }

          case Op.LOAD_FAST: {
            const v = fast[arg];
            if (v === null) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST: fast[arg] = stack[--sp]; break;
          case Op.DELETE_FAST:
            if (fast[arg] === null) throw unboundLocal(code.varnames[arg]);
            fast[arg] = null;
            break;
          case Op.LOAD_DEREF: {
            const v = cells[arg].contents;
            if (v === null) throw unboundFree(code, arg);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF: cells[arg].contents = stack[--sp]; break;
          case Op.DELETE_DEREF:
            if (cells[arg].contents === null) throw unboundFree(code, arg);
            cells[arg].contents = null;
            break;
          case Op.LOAD_CLOSURE: stack[sp++] = cells[arg]; break;
          case Op.LOAD_CLASSDEREF: {
            const name = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
            let v = frame.localsDict!.getStr(name) ?? cells[arg].contents;
            if (v === null || v === undefined) throw unboundFree(code, arg);
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_NAME: {
            const name = names[arg];
            const ns = frame.localsDict!;
            const v = (ns.cls === dictType ? ns.getStr(name) : namespaceGet(ns, name)) ??
              globals.getStr(name) ?? builtins.getStr(name);
            if (v === undefined) throw nameError(name);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            const ns = frame.localsDict!;
            if (ns.cls === dictType) ns.setStr(names[arg], stack[--sp]!);
            else setItem(ns, internStr(names[arg]), stack[--sp]!);
            break;
          }
          case Op.DELETE_NAME: {
            const ns = frame.localsDict!;
            if (ns.cls === dictType) {
              if (!ns.delStr(names[arg])) throw nameError(names[arg]);
            } else namespaceDelete(ns, names[arg]);
            break;
          }
          case Op.LOAD_GLOBAL: {
            // Cached per instruction until either dict is written (their write counters).
            const gc = globalCaches[pc - 1];
            if (gc !== undefined && gc.g === globals.table.writes && gc.b === builtins.table.writes && gc.dict === globals) {
              stack[sp++] = gc.value;
              break;
            }
            const name = names[arg];
            const v = globals.getStr(name) ?? builtins.getStr(name);
            if (v === undefined) throw nameError(name);
            globalCaches[pc - 1] = { dict: globals, g: globals.table.writes, b: builtins.table.writes, value: v };
            stack[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL: globals.setStr(names[arg], stack[--sp]!); break;
          case Op.DELETE_GLOBAL:
            if (!globals.delStr(names[arg])) throw nameError(names[arg]);
            break;
          case Op.LOAD_ATTR: stack[sp - 1] = loadAttrCached(code, pc - 1, stack[sp - 1]!, names[arg]); break;
          case Op.STORE_ATTR: {
            const obj = stack[--sp]!;
            const v = stack[--sp]!;
            storeAttrCached(code, pc - 1, obj, names[arg], v);
            break;
          }
          case Op.DELETE_ATTR: delAttr(stack[--sp]!, names[arg]); break;
          case Op.LOAD_METHOD: {
            const obj = stack[sp - 1]!;
            const m = loadMethodCached(code, pc - 1, obj, names[arg]);
            if (m !== null) { stack[sp - 1] = m; stack[sp++] = obj; }
            else { stack[sp - 1] = getAttr(obj, names[arg]); stack[sp++] = null; }
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const v = builtins.getStr('__build_class__');
            if (v === undefined) throw newException(E.NameError, '__build_class__ not found');
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_ASSERTION_ERROR: stack[sp++] = E.AssertionError; break;
          case Op.SETUP_ANNOTATIONS: {
            const ns = frame.localsDict!;
            if (ns.getStr('__annotations__') === undefined) ns.setStr('__annotations__', newDict());
            break;
          }

          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!;
            stack[sp - 1] = getItem(stack[sp - 1]!, key);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!;
            const obj = stack[--sp]!;
            const v = stack[--sp]!;
            setItem(obj, key, v);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!;
            delItem(stack[--sp]!, key);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : None;
            const stop = stack[--sp]!;
            stack[sp - 1] = new PySlice(stack[sp - 1]!, stop, step);
            break;
          }

          case Op.BINARY_OP: {
            const b = stack[--sp]!;
            stack[sp - 1] = binaryOp(stack[sp - 1]!, b, arg);
            break;
          }
          case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_INVERT:
            stack[sp - 1] = unaryOp(stack[sp - 1]!, op);
            break;
          case Op.UNARY_NOT: stack[sp - 1] = truthy(stack[sp - 1]!) ? False : True; break;
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            stack[sp - 1] = compareOp(stack[sp - 1]!, b, arg);
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp]!;
            stack[sp - 1] = (stack[sp - 1] === b) !== (arg === 1) ? True : False;
            break;
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!;
            stack[sp - 1] = contains(container, stack[sp - 1]!) !== (arg === 1) ? True : False;
            break;
          }

          case Op.JUMP: pc = arg; break;
          case Op.JUMP_BACKWARD:
            pc = arg;
            // JIT hook (jit/hooks.ts): may run compiled code, which replaces the frame's state
            if (jitHooks.on && jitBackEdge(frame, pc, sp)) {
              pc = frame.pc; sp = frame.sp;
              const e = jitTakeException();
              if (e !== undefined) throw e;
            }
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp]!;
            if (v === False || (v !== True && !truthy(v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            if (v === True || (v !== False && truthy(v))) pc = arg;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!truthy(stack[sp - 1]!)) pc = arg; else sp--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (truthy(stack[sp - 1]!)) pc = arg; else sp--;
            break;
          case Op.GET_ITER: stack[sp - 1] = getIter(stack[sp - 1]!); break;
          case Op.FOR_ITER: {
            const v = iterNext(stack[sp - 1]!);
            if (v === null) { stack[--sp] = null; pc = arg; } else stack[sp++] = v;
            break;
          }

          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            stack[sp++] = newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            stack[sp++] = newList(items);
            break;
          }
          case Op.BUILD_SET: {
            const s = newSet();
            for (let i = sp - arg; i < sp; i++) s.add(stack[i]!);
            sp -= arg;
            stack[sp++] = s;
            break;
          }
          case Op.BUILD_MAP: {
            const d = newDict();
            for (let i = sp - 2 * arg; i < sp; i += 2) d.setItem(stack[i]!, stack[i + 1]!);
            sp -= 2 * arg;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) s += (stack[i] as PyStr).value;
            sp -= arg;
            stack[sp++] = newStr(s);
            break;
          }
          case Op.LIST_APPEND: { const v = stack[--sp]!; (stack[sp - arg] as PyList).items.push(v); break; }
          case Op.SET_ADD: { const v = stack[--sp]!; (stack[sp - arg] as PySet).add(v); break; }
          case Op.MAP_ADD: {
            const v = stack[--sp]!;
            const k = stack[--sp]!;
            (stack[sp - arg] as PyDict).setItem(k, v);
            break;
          }
          case Op.LIST_EXTEND: { const v = stack[--sp]!; listExtend(stack[sp - arg] as PyList, v); break; }
          case Op.SET_UPDATE: { const v = stack[--sp]!; setUpdate(stack[sp - arg] as PySet, v); break; }
          case Op.DICT_UPDATE: { const v = stack[--sp]!; dictUpdate(stack[sp - arg] as PyDict, v); break; }
          case Op.DICT_MERGE: {
            const v = stack[--sp]!;
            // The callable sits below the dict (and the args tuple) being built.
            dictMerge(stack[sp - arg] as PyDict, v, stack[sp - arg - 2] ?? null);
            break;
          }
          case Op.LIST_TO_TUPLE: stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items); break;
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[--sp]!;
            const items = unpackExact(seq, arg);
            for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.UNPACK_EX: {
            const before = arg & 0xff, after = arg >> 8;
            const seq = stack[--sp]!;
            const items = unpackIterable(seq);
            if (items.length < before + after) {
              throw pyError(E.ValueError,
                `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            }
            const mid = newList(items.slice(before, items.length - after));
            const all = [...items.slice(0, before), mid, ...items.slice(items.length - after)];
            for (let i = all.length - 1; i >= 0; i--) stack[sp++] = all[i];
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (arg & 4) ? (stack[--sp] as PyStr).value : '';
            let v = stack[sp - 1]!;
            const conv = arg & 3;
            if (conv === 1) v = newStr(str(v));
            else if (conv === 2) v = newStr(repr(v));
            else if (conv === 3) v = newStr(asciiOf(v));
            stack[sp - 1] = (v.cls === strType && spec === '') ? v : formatValue(v, spec);
            break;
          }

          case Op.CALL: {
            const args = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            frame.pc = pc; frame.sp = sp;
            stack[sp - 1] = call(stack[sp - 1]!, args, null);
            break;
          }
          case Op.CALL_KW: {
            const kwnames = (stack[--sp] as PyTuple).items.map((s) => (s as PyStr).value);
            const args = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            frame.pc = pc; frame.sp = sp;
            stack[sp - 1] = call(stack[sp - 1]!, args, kwnames);
            break;
          }
          case Op.CALL_METHOD: case Op.CALL_METHOD_KW: {
            const kwnames = op === Op.CALL_METHOD_KW
              ? (stack[--sp] as PyTuple).items.map((s) => (s as PyStr).value) : null;
            const self = stack[sp - arg - 1];
            const f = stack[sp - arg - 2]!;
            let result: PyObject;
            if (self === null) {
              const args = stack.slice(sp - arg, sp) as PyObject[];
              sp -= arg + 1;
              frame.pc = pc; frame.sp = sp;
              result = call(f, args, kwnames);
            } else {
              // [func, self, a1..an]: self and the arguments are already contiguous.
              const argsWithSelf = stack.slice(sp - arg - 1, sp) as PyObject[];
              sp -= arg + 1;
              frame.pc = pc; frame.sp = sp;
              result = f instanceof PyFunction ? callFunction(f, argsWithSelf, kwnames)
                : f instanceof PyBuiltinFunction && f.self === null ? f.fn(argsWithSelf, kwnames)
                : callBound(f, self, argsWithSelf.slice(1), kwnames);
            }
            stack[sp - 1] = result;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kw = (arg & 1) ? stack[--sp]! : null;
            const posargs = stack[--sp]!;
            const f = stack[sp - 1]!;
            const args = posargs instanceof PyTuple ? posargs.items.slice() : starArgs(posargs, f);
            let kwnames: string[] | null = null;
            if (kw !== null) kwnames = kwargsToCall(kw, args, f);
            frame.pc = pc; frame.sp = sp;
            stack[sp - 1] = call(f, args, kwnames);
            break;
          }
          case Op.MAKE_FUNCTION: {
            const codeObj = (stack[--sp] as PyCode).code;
            const closure = (arg & 8) ? (stack[--sp] as PyTuple).items as PyCell[] : null;
            const annotations = (arg & 4) ? stack[--sp] as PyDict : null;
            const kwdefaults = (arg & 2) ? stack[--sp] as PyDict : null;
            const defaults = (arg & 1) ? (stack[--sp] as PyTuple).items.slice() : null;
            stack[sp++] = makeFunction(codeObj, globals, defaults, kwdefaults, annotations, closure);
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp]!;
            frame.sp = sp; frame.pc = pc; frame.yielded = true;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1]!;
            if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(v);
            break;
          }
          case Op.YIELD_FROM: {
            const sent = stack[--sp]!;
            const it = stack[sp - 1]!;
            const r = sendInto(it, sent);
            if (r.yielded) {
              frame.sp = sp; frame.pc = pc - 1; frame.yielded = true; // re-execute on resume
              return r.value;
            }
            stack[sp - 1] = r.value;
            break;
          }

          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              const cur = ts.handled;
              if (cur === null) throw newException(E.RuntimeError, 'No active exception to reraise');
              reraise = true;
              throw cur;
            }
            const cause = arg === 2 ? stack[--sp]! : null;
            const exc = makeRaisable(stack[--sp]!);
            if (cause !== null) {
              if (cause === None) exc.cause = null;
              else exc.cause = makeRaisable(cause, true);
              exc.suppressContext = true;
            }
            throw exc;
          }
          case Op.RERAISE: {
            reraise = true;
            throw stack[--sp]!;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]! as PyBaseException;
            stack[sp - 1] = ts.handled ?? None;
            stack[sp++] = exc;
            ts.handled = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = stack[--sp]!;
            ts.handled = prev === None ? null : prev as PyBaseException;
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const t = stack[--sp]!;
            const matched = exceptionMatches(stack[sp - 1]!, t);
            stack[sp++] = matched ? True : False;
            break;
          }
          case Op.BEFORE_WITH: {
            const mgr = stack[sp - 1]!;
            const enter = mgr.cls.lookup('__enter__');
            const exit = mgr.cls.lookup('__exit__');
            if (enter === null || exit === null) {
              throw pyError(E.TypeError,
                `'${typeName(mgr)}' object does not support the context manager protocol`);
            }
            stack[sp - 1] = boundMethod(exit, mgr);
            stack[sp++] = callBound(enter, mgr, []);
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const exc = stack[sp - 1]! as PyBaseException;
            const exit = stack[sp - 3]!;
            stack[sp++] = call(exit, [exc.cls, exc, exc.traceback ?? None]);
            break;
          }

          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!;
            const level = stack[sp - 1]!;
            frame.pc = pc; frame.sp = sp;
            stack[sp - 1] = importName(names[arg], globals, fromlist, level);
            break;
          }
          case Op.IMPORT_FROM: stack[sp] = importFrom(stack[sp - 1]!, names[arg]); sp++; break;
          case Op.IMPORT_STAR: importStar(stack[--sp]!, frame.localsDict ?? globals); break;
          case Op.PRINT_EXPR: printExpr(stack[--sp]!); break;
          default:
            throw pyError(E.SystemError, `unknown opcode ${op}`);
        }
      }
    } catch (err) {
      const exc = toPyException(err);
      const lasti = pc - 1;
      if (!reraise) {
        setContext(exc);
        addTraceback(exc, frame, lasti);
      }
      reraise = false;
      const handler = findHandler(code, lasti);
      if (handler === null) {
        frame.sp = 0; frame.pc = pc; frame.finished = true;
        for (let i = 0; i < sp; i++) stack[i] = null;
        throw exc;
      }
      for (let i = handler.depth; i < sp; i++) stack[i] = null;
      sp = handler.depth;
      stack[sp++] = exc;
      pc = handler.target;
    }
  }
}

/** Class-body namespaces from __prepare__ may be dict subclasses with their own item methods. */
function namespaceGet(ns: PyDict, name: string): PyObject | undefined {
  try {
    return getItem(ns, internStr(name));
  } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.KeyError)) return undefined;
    throw e;
  }
}

function namespaceDelete(ns: PyDict, name: string): void {
  try {
    delItem(ns, internStr(name));
  } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.KeyError)) throw nameError(name);
    throw e;
  }
}

function findHandler(code: CodeObject, lasti: number) {
  for (const h of code.exceptionTable) if (lasti >= h.start && lasti < h.end) return h;
  return null;
}

/** f(*x): the positional arguments, with CPython's message when x is not iterable. */
function starArgs(x: PyObject, f: PyObject): PyObject[] {
  if (x.cls.lookup('__iter__') === null && x.cls.lookup('__getitem__') === null) {
    throw pyError(E.TypeError, `${funcDescription(f)} argument after * must be an iterable, not ${typeName(x)}`);
  }
  return toArray(x);
}

/** `raise X`: X may be an exception instance or class (instantiated with no arguments). */
function makeRaisable(v: PyObject, forCause = false): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (v instanceof PyType && v.isSubtypeOf(E.BaseException)) {
    const inst = call(v, []);
    if (inst instanceof PyBaseException) return inst;
  }
  throw pyError(E.TypeError, forCause ? 'exception causes must derive from BaseException'
    : 'exceptions must derive from BaseException');
}

function boundMethod(f: PyObject, self: PyObject): PyObject { return bindDescriptor(f, self, self.cls); }

function unpackExact(seq: PyObject, n: number): PyObject[] {
  let items: readonly PyObject[];
  if (seq.cls === listType || seq instanceof PyTuple) items = seq instanceof PyTuple ? seq.items : (seq as PyList).items;
  else items = unpackIterable(seq, n);
  if (items.length !== n) {
    if (items.length < n) throw pyError(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    throw pyError(E.ValueError, `too many values to unpack (expected ${n})`);
  }
  return items as PyObject[];
}

function unpackIterable(seq: PyObject, limit = -1): PyObject[] {
  let it: PyObject;
  try { it = getIter(seq); } catch (e) {
    if (e instanceof PyBaseException && e.cls === E.TypeError && seq.cls.lookup('__iter__') === null) {
      throw pyError(E.TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    out.push(v);
    if (limit >= 0 && out.length > limit) break; // too many: stop early as CPython does
  }
  return out;
}

interface SendResult { yielded: boolean; value: PyObject }

/** One step of `yield from`: send into the sub-iterator. */
function sendInto(it: PyObject, sent: PyObject): SendResult {
  if (it instanceof PyGenerator) {
    const v = it.resume(sent, null);
    return v === null ? { yielded: false, value: it.returnValue } : { yielded: true, value: v };
  }
  let v: PyObject | null;
  if (sent === None) v = iterNext(it);
  else {
    try { v = callBound(getMethodOrFail(it, 'send'), it, [sent]); } catch (e) {
      if (e instanceof PyBaseException && isinstanceOf(e, E.StopIteration)) return { yielded: false, value: e.args[0] ?? None };
      throw e;
    }
  }
  // (a plain iterator's StopIteration value is not carried by iterNext; it is None in practice)
  if (v === null) return { yielded: false, value: None };
  return { yielded: true, value: v };
}


function getMethodOrFail(o: PyObject, name: string): PyObject {
  const m = o.cls.lookup(name);
  if (m === null) throw pyError(E.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  return m;
}

/** generator.throw() while suspended in `yield from`: forward to the sub-iterator. */
function throwIntoDelegate(it: PyObject, exc: PyBaseException): SendResult {
  if (it instanceof PyGenerator) {
    if (isinstanceOf(exc, E.GeneratorExit)) {
      closeGenerator(it);
      throw exc;
    }
    const v = it.resume(None, exc);
    return v === null ? { yielded: false, value: it.returnValue } : { yielded: true, value: v };
  }
  const m = it.cls.lookup('throw');
  if (m === null) throw exc;
  try {
    return { yielded: true, value: callBound(m, it, [exc]) };
  } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.StopIteration)) return { yielded: false, value: e.args[0] ?? None };
    throw e;
  }
}

/** generator.close(): throw GeneratorExit in; yielding again is a RuntimeError. */
export function closeGenerator(g: PyGenerator): void {
  if (g.finished || g.frame.pc === 0) { g.frame.finished = true; return; }
  let v: PyObject | null;
  try {
    v = g.resume(None, newException(E.GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException && (isinstanceOf(e, E.GeneratorExit) || isinstanceOf(e, E.StopIteration))) return;
    throw e;
  }
  if (v !== null) throw pyError(E.RuntimeError, 'generator ignored GeneratorExit');
}

