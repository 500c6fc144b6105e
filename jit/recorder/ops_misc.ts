// Recording of stack and local-variable instructions, globals and names, branches and jumps,
// building containers, returns: everything that is not arithmetic, attributes, calls or iteration.

import { Op as Bc } from '../../interpreter/compiler/opcodes.js';
import { PyObject } from '../../interpreter/objects/object.js';
import { PyCell } from '../../interpreter/objects/function.js';
import { PyTuple, newTuple, tupleType } from '../../interpreter/objects/tuple.js';
import { PyList, newList, listType } from '../../interpreter/objects/list.js';
import { PyStr } from '../../interpreter/objects/str.js';
import { dictType } from '../../interpreter/objects/dict.js';
import { None } from '../../interpreter/objects/singletons.js';
import { constInt, constRef, NULL_REF, Value } from '../ir.js';
import { Box } from './frame.js';
import { TraceRecorder, StepResult } from './recorder.js';
import * as H from './helpers.js';

export function stepMisc(r: TraceRecorder, op: Bc, arg: number): StepResult | null {
  const f = r.f;
  const next = f.pc + 1;
  switch (op) {
    case Bc.NOP: f.pc = next; return 'next';
    case Bc.POP_TOP: f.pop(); f.pc = next; return 'next';
    case Bc.COPY: f.push(f.top(arg)); f.pc = next; return 'next';
    case Bc.SWAP: {
      const s = f.stack, n = s.length;
      const t = s[n - 1]; s[n - 1] = s[n - arg]; s[n - arg] = t;
      f.pc = next; return 'next';
    }
    case Bc.LOAD_CONST: f.push(r.constBox(f.consts[arg])); f.pc = next; return 'next';
    case Bc.LOAD_FAST: {
      const b = f.fast[arg];
      if (b.o === null) r.abort('unbound local');
      r.guardNonnull(b.v);
      f.push(b); f.pc = next; return 'next';
    }
    case Bc.STORE_FAST: f.fast[arg] = f.pop(); f.pc = next; return 'next';
    case Bc.LOAD_DEREF: {
      const cell = f.cells[arg];
      const contents = (cell.o as PyCell).contents;
      if (contents === null) r.abort('unbound cell');
      const v = r.emit('getcell', [cell.v]);
      r.guardNonnull(v);
      f.push({ v, o: contents }); f.pc = next; return 'next';
    }
    case Bc.STORE_DEREF: {
      const cell = f.cells[arg];
      const b = f.top();
      r.emit('setcell', [cell.v, r.ref(b)], 'void');
      (cell.o as PyCell).contents = b.o;
      f.pop(); f.pc = next; return 'next';
    }
    case Bc.LOAD_CLOSURE: f.push(f.cells[arg]); f.pc = next; return 'next';
    case Bc.MAKE_FUNCTION: {
      // operands below the code object, in stack order: defaults, kwdefaults, annotations, closure
      let depth = 1;
      const opt = (bit: number): Box | null => ((arg & bit) !== 0 ? f.top(++depth) : null);
      const closure = opt(8), annotations = opt(4), kwdefaults = opt(2), defaults = opt(1);
      const code = f.top();
      const parts = [code, closure, annotations, kwdefaults, defaults];
      const o = r.residual(H.makeFunctionOp, [constRef(f.globals), ...parts.map((b) => (b === null ? NULL_REF : r.ref(b)))],
        [f.globals, ...parts.map((b) => (b === null ? null : b.o))], 'ref', 'may_raise') as PyObject;
      const v = r.lastResult!;
      r.markNonnull(v);
      f.stack.length -= depth;
      f.push({ v, o }); f.pc = next; return 'next';
    }
    case Bc.LOAD_GLOBAL: {
      const name = f.code.names[arg];
      let v = f.globals.getStr(name);
      r.guard('guard_version', [constRef(f.globals), constInt(f.globals.version)]);
      if (v === undefined) {
        v = f.builtins.getStr(name);
        if (v === undefined) r.abort('NameError');
        r.guard('guard_version', [constRef(f.builtins), constInt(f.builtins.version)]);
      }
      f.push(r.constBox(v)); f.pc = next; return 'next';
    }
    case Bc.STORE_GLOBAL: {
      r.residual(H.storeGlobal, [constRef(f.globals), constRef(f.code.names[arg]), r.ref(f.top())],
        [f.globals, f.code.names[arg], f.top().o], 'void', 'may_raise');
      f.pop(); f.pc = next; return 'next';
    }
    case Bc.LOAD_NAME: {
      if (f.localsDict === null || f.localsDict.cls !== dictType) return null;
      const name = f.code.names[arg];
      const o = r.residual(H.loadName, [constRef(f.localsDict), constRef(f.globals), constRef(f.builtins), constRef(name)],
        [f.localsDict, f.globals, f.builtins, name], 'ref', 'may_raise') as PyObject;
      const v = r.lastResult!;
      r.markNonnull(v);
      f.push({ v, o }); f.pc = next; return 'next';
    }
    case Bc.STORE_NAME: {
      if (f.localsDict === null || f.localsDict.cls !== dictType) return null;
      r.residual(H.storeName, [constRef(f.localsDict), constRef(f.code.names[arg]), r.ref(f.top())],
        [f.localsDict, f.code.names[arg], f.top().o], 'void', 'may_raise');
      f.pop(); f.pc = next; return 'next';
    }

    case Bc.JUMP: f.pc = arg; return 'next';
    case Bc.JUMP_BACKWARD:
      if (r.frames.length > 1) r.abort('loop in an inlined frame');
      return r.backEdge(arg);
    case Bc.POP_JUMP_IF_FALSE: case Bc.POP_JUMP_IF_TRUE: {
      const b = f.top();
      const rest = f.stack.slice(0, -1);
      const jumpIf = op === Bc.POP_JUMP_IF_TRUE;
      // the guard fails on the other outcome: resume where that outcome goes, v popped
      const t = truthOf(r, b, jumpIf, next, arg, rest, rest);
      f.pop();
      f.pc = t === jumpIf ? arg : next;
      return 'next';
    }
    case Bc.JUMP_IF_FALSE_OR_POP: case Bc.JUMP_IF_TRUE_OR_POP: {
      const b = f.top();
      const all = f.stack.slice();
      const rest = f.stack.slice(0, -1);
      const jumpIf = op === Bc.JUMP_IF_TRUE_OR_POP;
      const t = truthOf(r, b, jumpIf, next, arg, all, rest);
      if (t === jumpIf) f.pc = arg; else { f.pop(); f.pc = next; }
      return 'next';
    }
    case Bc.RETURN_VALUE: {
      if (r.frames.length === 1) return r.rootReturn(f.top());
      if (f.initSelf !== null && f.top().o !== None) r.abort('__init__ returned a value');
      const v = f.pop();
      if (f.initSelf !== null) {
        // __init__ returned None: the caller gets the instance
        if (v.v.kind !== 'const') r.guard('guard_value', [v.v, constRef(None)]);
        r.frames.pop();
        r.f.push(f.initSelf);
        return 'next';
      }
      r.frames.pop();
      r.f.push(v);
      return 'next';
    }

    case Bc.BUILD_TUPLE: case Bc.BUILD_LIST: {
      const items = f.stack.slice(f.sp - arg);
      const objs = items.map((b) => b.o!);
      const o = op === Bc.BUILD_TUPLE ? newTuple(objs) : newList(objs);
      const v = r.emit(op === Bc.BUILD_TUPLE ? 'new_tuple' : 'new_list', items.map((b) => r.ref(b)));
      r.markNonnull(v);
      f.stack.length -= arg;
      f.push({ v, o }); f.pc = next; return 'next';
    }
    case Bc.BUILD_STRING: case Bc.BUILD_SET: case Bc.BUILD_MAP: {
      const n = op === Bc.BUILD_MAP ? 2 * arg : arg;
      const items = f.stack.slice(f.sp - n);
      const fn = op === Bc.BUILD_STRING ? H.buildString : op === Bc.BUILD_SET ? H.buildSet : H.buildMap;
      const b = r.residualBox(fn, items, [], [], op === Bc.BUILD_STRING ? 'may_raise' : 'may_force');
      f.stack.length -= n;
      f.push(b); f.pc = next; return 'next';
    }
    case Bc.BUILD_SLICE: {
      const step = arg === 3 ? f.top() : null;
      const stop = f.top(arg === 3 ? 2 : 1), start = f.top(arg === 3 ? 3 : 2);
      const o = r.residual(H.buildSlice, [r.ref(start), r.ref(stop), step === null ? NULL_REF : r.ref(step)],
        [start.o, stop.o, step === null ? null : step.o], 'ref', 'may_raise') as PyObject;
      const v = r.lastResult!;
      r.markNonnull(v);
      f.stack.length -= arg;
      f.push({ v, o }); f.pc = next; return 'next';
    }
    case Bc.LIST_APPEND: {
      const l = f.top(arg + 1), v = f.top();
      r.residual(H.listAppend, [r.ref(l), r.ref(v)], [l.o, v.o], 'void', 'may_raise');
      f.pop(); f.pc = next; return 'next';
    }
    case Bc.LIST_TO_TUPLE: {
      const b = r.residualBox(H.listToTuple, [f.top()], [], [], 'may_raise');
      f.pop(); f.push(b); f.pc = next; return 'next';
    }
    case Bc.UNPACK_SEQUENCE: {
      const b = f.top();
      const o = b.o!;
      const isTuple = o.cls === tupleType, isList = o.cls === listType;
      if (!isTuple && !isList) return null;
      const items = (o as PyTuple | PyList).items;
      if (items.length !== arg) r.abort('unpack: wrong length');
      r.guardClass(b.v, o.cls);
      const len = r.emit(isTuple ? 'tuplelen' : 'arraylen', [b.v]);
      r.guardBool(r.emit('int_eq', [len, constInt(arg)]), true);
      const boxes: Box[] = items.map((it, i) => {
        const v = r.emit(isTuple ? 'getitem_tuple' : 'getarrayitem', [b.v, constInt(i)]);
        r.markNonnull(v);
        return { v, o: it };
      });
      f.pop();
      for (let i = arg - 1; i >= 0; i--) f.push(boxes[i]);
      f.pc = next; return 'next';
    }
    case Bc.FORMAT_VALUE: {
      const hasSpec = (arg & 4) !== 0;
      const spec = hasSpec ? f.top() : null;
      const v = f.top(hasSpec ? 2 : 1);
      const o = r.residual(H.formatValueOp, [r.ref(v), spec === null ? NULL_REF : r.ref(spec), constInt(arg)],
        [v.o, spec === null ? null : spec.o, arg], 'ref', 'may_force') as PyObject;
      const res = r.lastResult!;
      r.markNonnull(res);
      if (hasSpec) f.pop();
      f.pop();
      f.push({ v: res, o }); f.pc = next; return 'next';
    }
    case Bc.GET_ITER: {
      const b = r.residualBox(H.getIter, [f.top()]);
      f.pop(); f.push(b); f.pc = next; return 'next';
    }
  }
  return null;
}

/**
 * The truth of `b` for a conditional jump, guarded; a failing guard resumes where the other
 * outcome goes (the `jumpIf` outcome: to `target` with `jumpStack`; else to `next` with `fallStack`).
 */
function truthOf(r: TraceRecorder, b: Box, jumpIf: boolean, next: number, target: number,
  jumpStack: Box[], fallStack: Box[]): boolean {
  return r.truth(b, (t) => (t === jumpIf ? r.snapAt(next, fallStack) : r.snapAt(target, jumpStack)));
}
void PyStr; void (null as unknown as Value); void PyObject;
