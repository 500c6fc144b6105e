// Leaving compiled code (or an aborted recording): the frame states an exit describes are written
// back. The outermost state is the interpreter frame that entered the loop (fast locals, stack,
// pc written in place). States of inlined calls become real Frames, run to completion innermost
// first by the interpreter (runFrame), each result pushed on its caller's stack; an exception
// raised at an instruction is re-raised there, so exception tables and tracebacks work as usual.

import { PyObject } from '../interpreter/objects/object.js';
import { PyFunction } from '../interpreter/objects/function.js';
import { PyBaseException } from '../interpreter/objects/exceptions.js';
import { Frame } from '../interpreter/vm/frame.js';
import { runFrame } from '../interpreter/vm/eval.js';
import { ts } from '../interpreter/vm/state.js';
import { None } from '../interpreter/objects/singletons.js';
import { E, pyError } from '../interpreter/objects/exceptions.js';
import { typeName } from '../interpreter/vm/ops/protocols.js';
import { FrameState } from './resume.js';

export interface Restored {
  /** An exception to raise in the root frame (its pc is already set so that lasti is right). */
  exception?: unknown;
}

/**
 * Writes `states` (outermost first; states[0] is `root`'s) back. `exc`: raise it at the innermost
 * state's instruction (a raising helper); otherwise each innermost state resumes at its pc.
 */
export function restoreFrames(root: Frame, states: readonly FrameState[], exc?: unknown): Restored {
  const n = states.length;
  let pending: unknown = exc;
  let hasPending = exc !== undefined;
  let result: PyObject | undefined;
  if (n > 1) {
    const frames: Frame[] = [];
    for (let i = 1; i < n; i++) frames.push(buildFrame(states[i]));
    const savedFrame = ts.frame;
    try {
      for (let i = n - 1; i >= 1; i--) {
        const fr = frames[i - 1];
        const st = states[i];
        if (result !== undefined) fr.stack[fr.sp++] = result;
        result = undefined;
        // innermost raising at its instruction: lasti = pc; callers raise at their CALL (pc - 1)
        if (hasPending) fr.pc = i === n - 1 ? st.pc + 1 : st.pc;
        ts.frame = i >= 2 ? frames[i - 2] : savedFrame;
        try {
          const e = hasPending ? pending as PyBaseException : null;
          hasPending = false; pending = undefined;
          result = runFrame(fr, e);
          if (st.env.length > 1) {
            // an inlined __init__: its caller gets the instance, as callType does
            if (result !== None) throw pyError(E.TypeError, `__init__() should return None, not '${typeName(result)}'`);
            result = st.env[1] as PyObject;
          }
        } catch (e) {
          pending = e; hasPending = true;
        }
      }
    } finally {
      ts.frame = savedFrame;
    }
  }
  const st = states[0];
  const fast = root.fast;
  for (let i = 0; i < fast.length; i++) fast[i] = st.locals[i] ?? null;
  const stack = root.stack;
  let sp = 0;
  for (const v of st.stack) stack[sp++] = v;
  if (result !== undefined) stack[sp++] = result;
  for (let i = sp; i < stack.length && stack[i] !== null; i++) stack[i] = null;
  root.sp = sp;
  root.pc = hasPending && n === 1 ? st.pc + 1 : st.pc;
  return hasPending ? { exception: pending } : {};
}

function buildFrame(st: FrameState): Frame {
  const func = st.env[0] as PyFunction;
  const fr = new Frame(st.code as Frame['code'], func.globals, ts.builtins, null, func);
  for (let i = 0; i < fr.fast.length; i++) fr.fast[i] = st.locals[i] ?? null;
  let sp = 0;
  for (const v of st.stack) fr.stack[sp++] = v;
  fr.sp = sp;
  fr.pc = st.pc;
  return fr;
}
