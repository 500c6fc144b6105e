// Turns an exit taken by compiled code back into interpreter values: the exit's resume data
// plus the fail-arg values the code wrote to `out` give, per frame (outermost first), the boxed
// PyObjects of its locals, stack and env; virtual objects are allocated here (once each, so
// shared virtuals stay shared). Writing them into Frame objects is the deopt code's job.

import { ResumeSlot, ResumeVirtual, Value, ValueType } from './ir.js';
import { ExitDescr } from './backend/js.js';
import { boxInt, boxFloat, boxBool, newWithMap, makeTuple, makeList, PyObject, PyList } from './objmodel.js';

export interface FrameState {
  code: unknown;
  pc: number;
  locals: (PyObject | null)[];
  stack: (PyObject | null)[];
  env: (PyObject | null)[];
}

export interface DecodedExit {
  frames: FrameState[];
  /** finish: its arguments, boxed. */
  results: (PyObject | null)[];
  /** A raising call's exit: what it threw (rethrow it in the innermost frame at its pc). */
  exception?: unknown;
}

/** Boxes an unboxed trace value of the given type as a Python object. */
export function box(type: ValueType, v: unknown): PyObject | null {
  switch (type) {
    case 'int': return boxInt(v as number);
    case 'float': return boxFloat(v as number);
    case 'bool': return boxBool(v as boolean);
    default: return v as PyObject | null;
  }
}

/** Per exit: each fail arg's position in `out` (built once; exits are taken many times). */
const indexCache = new WeakMap<ExitDescr, Map<Value, number>>();

export function decodeExit(exit: ExitDescr, out: readonly unknown[]): DecodedExit {
  let index = indexCache.get(exit);
  if (index === undefined) {
    index = new Map<Value, number>();
    const ix = index;
    exit.failArgs.forEach((v, i) => ix.set(v, i));
    indexCache.set(exit, index);
  }
  let built: Map<ResumeVirtual, PyObject> | undefined; // allocated at the first virtual (most exits have none)
  const value = (v: Value): PyObject | null => box(v.type as ValueType, v.kind === 'const' ? v.value : out[index.get(v)!]);
  const slot = (s: ResumeSlot): PyObject | null => {
    if (s === null) return null;
    if (s.kind !== 'virtual') return value(s);
    built ??= new Map<ResumeVirtual, PyObject>();
    const done = built.get(s);
    if (done !== undefined) return done;
    // mutable objects are allocated before their fields, so cycles through them close
    switch (s.op) {
      case 'new_list': {
        const l = makeList([]) as PyList;
        built.set(s, l);
        l.items.push(...s.args.map((a) => slot(a) as PyObject));
        return l;
      }
      case 'new_with_map': {
        const o = newWithMap(slot(s.args[0]) as never, slot(s.args[1]) as never, []);
        built.set(s, o);
        o.slots!.push(...s.args.slice(2).map((a) => slot(a) as PyObject));
        return o;
      }
      case 'new_tuple': { const t = makeTuple(s.args.map((a) => slot(a) as PyObject)); built.set(s, t); return t; }
      case 'new_int': { const i = boxInt(numberOf(s.args[0], out, index)); built.set(s, i); return i; }
      case 'new_float': { const f = boxFloat(numberOf(s.args[0], out, index)); built.set(s, f); return f; }
    }
  };
  const frames = (exit.resume?.frames ?? []).map((f) => ({
    code: f.code, pc: f.pc, locals: f.locals.map(slot), stack: f.stack.map(slot), env: f.env.map(slot),
  }));
  const results = exit.kind === 'finish' ? exit.op.args.map(value) : [];
  const decoded: DecodedExit = { frames, results };
  if (exit.kind === 'call') decoded.exception = out[exit.failArgs.length];
  return decoded;
}

function numberOf(s: ResumeSlot, out: readonly unknown[], index: Map<Value, number>): number {
  if (s === null || s.kind === 'virtual') throw new Error('resume: a box of a non-number');
  return (s.kind === 'const' ? s.value : out[index.get(s)!]) as number;
}
