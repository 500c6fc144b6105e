// The recorder's view of an interpreter frame: every local, stack slot and cell holds both the
// concrete Python object (the recorder really runs the code) and the IR value that computes it in
// the trace. Snapshots of these frames are the resume data of guards and raising calls.

import { CodeObject } from '../../interpreter/compiler/code.js';
import { PyObject } from '../../interpreter/objects/object.js';
import { PyDict } from '../../interpreter/objects/dict.js';
import { PyFunction } from '../../interpreter/objects/function.js';
import { codeConsts } from '../../interpreter/vm/frame.js';
import { ResumeData, ResumeFrame, Value } from '../ir.js';
import { FrameState } from '../resume.js';

/** A value both concretely (o; null only for an unbound local or empty cell) and in the trace (v). */
export interface Box { v: Value; o: PyObject | null }

export class RFrame {
  readonly consts: PyObject[];
  constructor(
    readonly code: CodeObject,
    /** Inlined frames: the function (and its IR value); null for the trace's root frame. */
    readonly func: PyFunction | null,
    readonly funcV: Value | null,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    readonly localsDict: PyDict | null,
    public fast: Box[],
    public stack: Box[],
    /** The frame's cells (root frame: loop inputs; inlined frames: constants of the closure). */
    public cells: Box[],
    /** The instruction being recorded (parents of inlined frames: the one after their CALL). */
    public pc: number,
    /** An inlined __init__: the instance its caller gets instead of the return value (None). */
    readonly initSelf: Box | null = null,
  ) {
    this.consts = codeConsts(code);
  }

  get sp(): number { return this.stack.length; }
  top(n = 1): Box { return this.stack[this.stack.length - n]; }
  push(b: Box): void { this.stack.push(b); }
  pop(): Box { return this.stack.pop()!; }
}

/** Resume data for the frames, the innermost one at `pc` with its stack cut/extended as given. */
export function snapshot(frames: readonly RFrame[], pc: number, stack: readonly Box[]): ResumeData {
  const out: ResumeFrame[] = frames.map((f, i) => {
    const last = i === frames.length - 1;
    const st = last ? stack : f.stack;
    return {
      code: f.code,
      pc: last ? pc : f.pc,
      // unbound while recording is not unbound at run time unless the value is the null constant:
      // a local that came into the trace as an input keeps whatever the frame held
      locals: f.fast.map((b) => (b.o === null && b.v.kind === 'const' ? null : b.v)),
      stack: st.map((b) => b.v),
      env: f.func === null ? f.cells.map((b) => b.v) : f.initSelf === null ? [f.funcV!] : [f.funcV!, f.initSelf.v],
    };
  });
  return { frames: out };
}

/** The concrete state of the frames (to hand back to the interpreter). */
export function concreteStates(frames: readonly RFrame[]): FrameState[] {
  return frames.map((f) => ({
    code: f.code, pc: f.pc,
    locals: f.fast.map((b) => b.o),
    stack: f.stack.map((b) => b.o),
    env: f.func === null ? f.cells.map((b) => b.o) : f.initSelf === null ? [f.func] : [f.func, f.initSelf.o],
  }));
}
