// Turning whatever was thrown into a Python exception (JS stack overflow → RecursionError, errors
// from interpreter/lib and ffi/ → the Python exception they name), and recording tracebacks and
// the implicit `__context__` chain as an exception passes through frames.

import { PyObject } from '../objects/object.js';
import { PyBaseException, PyTraceback, newException, exceptionTypes, E } from '../objects/exceptions.js';
import { newStr } from '../objects/str.js';
import { newInt, newIntBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newBytes } from '../objects/bytes.js';
import { None } from '../objects/singletons.js';
import { newTuple } from '../objects/tuple.js';
import { PythonSyntaxError } from '../parser/errors.js';
import type { Frame } from './frame.js';
import { ts } from './state.js';

/** Errors from pure-TS layers carry the name of the Python exception they stand for. */
interface NamedPyError { pyType?: string; pyExceptionName?: string; message: string }

export function toPyException(err: unknown): PyBaseException {
  if (err instanceof PyBaseException) return err;
  if (err instanceof PythonSyntaxError) return syntaxErrorObject(err);
  if (err instanceof RangeError && err.message.includes('call stack')) {
    return newException(E.RecursionError, 'maximum recursion depth exceeded');
  }
  if (err instanceof Error) {
    const named = err as NamedPyError;
    const name = named.pyType ?? named.pyExceptionName;
    const t = name ? exceptionTypes.get(name) : undefined;
    if (t) {
      const e = newException(t, err.message);
      const args = (err as { args?: readonly unknown[] }).args;
      if (Array.isArray(args)) e.args = args.map(jsToPy);
      return e;
    }
    if (process.env.TSPY_DEBUG) console.error(err.stack);
    return newException(E.SystemError, `internal error: ${err.message}`);
  }
  return newException(E.SystemError, `internal error: ${String(err)}`);
}

/** Plain JS values carried by lib/ffi errors (codec error details, errno pairs) as Python objects. */
function jsToPy(v: unknown): PyObject {
  if (v instanceof PyObject) return v;
  if (typeof v === 'string') return newStr(v);
  if (typeof v === 'number') return Number.isInteger(v) ? newInt(v) : newFloat(v);
  if (typeof v === 'bigint') return newIntBig(v);
  if (v instanceof Uint8Array) return newBytes(v);
  return None;
}

/** A SyntaxError instance with CPython's attributes (msg, filename, lineno, offset, text, ...). */
export function syntaxErrorObject(err: PythonSyntaxError): PyBaseException {
  const t = exceptionTypes.get(err.type)!;
  const e = newException(t);
  const text = err.text === null ? None : newStr(err.text + '\n');
  const details: PyObject[] = [newStr(err.filename), newInt(err.lineno), newInt(err.offset), text,
    newInt(err.end_lineno), newInt(err.end_offset)];
  e.args = [newStr(err.msg), newTuple(details)];
  syntaxInfo.set(e, err);
  return e;
}

/** The parsed details behind SyntaxError instances created from PythonSyntaxError. */
export const syntaxInfo = new WeakMap<PyBaseException, PythonSyntaxError>();

export function addTraceback(exc: PyBaseException, frame: Frame, lasti: number): void {
  const line = frame.code.lines.length ? frame.code.lines[Math.max(0, lasti)] : frame.code.firstlineno;
  exc.traceback = new PyTraceback(frame.code, line, lasti, exc.traceback, frame);
}

/** Sets `__context__` to the exception being handled, avoiding cycles as CPython does. */
export function setContext(exc: PyBaseException): void {
  const handled = ts.handled;
  if (handled === null || handled === exc) return;
  // Break a cycle: if exc is already in handled's context chain, cut it there.
  let o: PyBaseException | null = handled;
  while (o !== null) {
    if (o.context === exc) { o.context = null; break; }
    o = o.context;
  }
  if (exc.context === null || exc.context !== handled) exc.context = handled;
}
