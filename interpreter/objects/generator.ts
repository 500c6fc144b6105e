// Generators: a suspended Frame plus the resume protocol (send, throw, close). The frame runs in
// the same eval loop as any other; YIELD_VALUE/YIELD_FROM return from it with `frame.yielded` set.

import { PyObject, makeBuiltinType } from './object.js';
import { None } from './singletons.js';
import { E, pyError, PyBaseException, newException } from './exceptions.js';
import type { Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';
import { isinstanceOf } from '../vm/ops/protocols.js';

export const generatorType = makeBuiltinType('generator', undefined, 0);

export class PyGenerator extends PyObject {
  running = false;
  name: string;
  qualname: string;
  constructor(public frame: Frame) {
    super(generatorType);
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }

  get finished(): boolean { return this.frame.finished; }

  /**
   * Resumes the frame with a sent value or an exception thrown in. Returns the yielded value, or
   * null when the generator returned (its return value is then in `returnValue`).
   */
  resume(sent: PyObject, exc: PyBaseException | null): PyObject | null {
    const frame = this.frame;
    if (this.running) throw pyError(E.ValueError, 'generator already executing');
    if (frame.finished) {
      if (exc !== null) throw exc;
      return null;
    }
    if (frame.pc === 0 && exc === null && sent !== None) {
      throw pyError(E.TypeError, "can't send non-None value to a just-started generator");
    }
    if (frame.pc > 0 && exc === null) frame.stack[frame.sp++] = sent;
    this.running = true;
    let result: PyObject;
    try {
      result = runFrame(frame, exc);
    } catch (e) {
      frame.finished = true;
      if (e instanceof PyBaseException && isinstanceOf(e, E.StopIteration)) {
        const err = newException(E.RuntimeError, 'generator raised StopIteration');
        err.cause = e;
        err.context = e;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
    if (frame.yielded) { frame.yielded = false; return result; }
    frame.finished = true;
    this.returnValue = result;
    return null;
  }
  returnValue: PyObject = None;

  /** For-loop protocol: the next value or null when exhausted (no StopIteration allocated). */
  nextFast(): PyObject | null { return this.resume(None, null); }
}

export function newGenerator(frame: Frame): PyGenerator { return new PyGenerator(frame); }

/** The StopIteration a finished generator raises from send()/next(). */
export function stopIteration(value: PyObject): PyBaseException {
  const e = newException(E.StopIteration);
  if (value !== None) e.args = [value];
  return e;
}
