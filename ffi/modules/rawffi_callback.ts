// _rawffi.CallbackPtr(callable, argtypes, restype, flags=0): a Python callable as a C function
// pointer (`.buffer`). C's arguments reach Python as ints, floats, bytes (char *), str, None, and
// structures by value as structure instances owning a copy; the result is converted back to
// restype (a structure result is given as an instance). An exception escaping the callable never
// reaches C: it is reported on stderr exactly as CPython reports exceptions ignored in ctypes
// callbacks ("Exception ignored on calling ctypes callback function: <function f at 0x...>" and
// the traceback) and C receives 0 / 0.0 / NULL. The trampoline is released by free() or when the
// CallbackPtr object dies (ffi/callback.ts).

import { PyObject } from '../../interpreter/objects/object.js';
import { newInt } from '../../interpreter/objects/int.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { None } from '../../interpreter/objects/singletons.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { call, repr, toArray } from '../../interpreter/vm/ops/protocols.js';
import { toPyException } from '../../interpreter/vm/exceptions.js';
import { formatException } from '../../interpreter/vm/traceback.js';
import { writeStderr } from '../../interpreter/vm/stdio.js';
import { builtinFunction, def0, defGetter, defStatic, parseArgs } from '../../interpreter/types/define.js';
import { Callback, createCallback, setCallbackErrorHook } from '../callback.js';
import { primitive } from '../ctype.js';
import { FFIError } from '../errors.js';
import * as mem from '../memory.js';
import { ADDRESS, HasAddress, ffiType } from './cdata.js';
import { resolveSignature, flagsArg, resultBoxer } from './ffi_funcptr.js';
import { Boxer, unboxer } from './pyconv.js';
import { arrayShapeFor } from './rawffi_array.js';

export const callbackPtrType = ffiType('CallbackPtr', '_rawffi');

export class CallbackPtr extends PyObject implements HasAddress {
  constructor(readonly callback: Callback, readonly callable: PyObject) {
    super(callbackPtrType);
  }

  [ADDRESS](): number {
    return this.callback.address;
  }
}

/** Thrown by the trampoline when the callable returned something restype cannot hold:
 *  CPython reports those as "on converting result" rather than "on calling". */
class ResultConversionError {
  constructor(readonly error: unknown) {}
}

/** The Python callable behind each trampoline function, for the error report. */
const callables = new WeakMap<Function, PyObject>();

function report(error: unknown, fn: Function): void {
  const callable = callables.get(fn);
  const what = callable ? safeRepr(callable) : '<callback>';
  const converting = error instanceof ResultConversionError;
  const inner = converting ? error.error : error;
  const exc = inner instanceof PyBaseException ? inner : toPyException(inner);
  writeStderr(`Exception ignored on ${converting ? 'converting result of' : 'calling'} ctypes callback function: ${what}\n${formatException(exc)}`);
}

function safeRepr(o: PyObject): string {
  try {
    return repr(o);
  } catch {
    return '<object repr() failed>';
  }
}

let hookInstalled = false;

/** Route ffi/'s callback error reports to the Python-style report (once per process). */
export function installCallbackErrorHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  setCallbackErrorHook((error, fn) => report(error, fn));
}

/** The JS function koffi calls: box C's arguments, call the Python callable, unbox its result.
 *  Arity-specialised for 0..3 arguments (SQLite UDFs and qsort comparators are 2 and 3). */
function trampoline(callable: PyObject, boxers: readonly Boxer[], unbox: ((o: PyObject) => unknown) | null): Function {
  const finish = unbox === null
    ? () => undefined
    : (r: PyObject) => {
        try {
          return unbox(r);
        } catch (e) {
          throw new ResultConversionError(e);
        }
      };
  const n = boxers.length;
  switch (n) {
    case 0:
      return () => finish(call(callable, []));
    case 1: {
      const b0 = boxers[0];
      return (a0: unknown) => finish(call(callable, [b0(a0)]));
    }
    case 2: {
      const b0 = boxers[0], b1 = boxers[1];
      return (a0: unknown, a1: unknown) => finish(call(callable, [b0(a0), b1(a1)]));
    }
    case 3: {
      const b0 = boxers[0], b1 = boxers[1], b2 = boxers[2];
      return (a0: unknown, a1: unknown, a2: unknown) => finish(call(callable, [b0(a0), b1(a1), b2(a2)]));
    }
    default:
      return (...xs: unknown[]) => finish(call(callable, xs.map((x, i) => boxers[i](x))));
  }
}

export function makeCallbackPtr(callable: PyObject, argtypes: PyObject, restype: PyObject, flags: number): CallbackPtr {
  installCallbackErrorHook();
  const { argTypes, resType, sig } = resolveSignature(toArray(argtypes), restype, flags, 'wrap');
  // A callback's char * result must outlive the call: only addresses are accepted ('memory');
  // a struct result is the address of an instance, copied out before the trampoline returns.
  const unbox = resType.kind === 'void' ? null : unboxer(resType, 'memory');
  // A struct argument arrives as a copy the callable owns (an autofree structure instance).
  const fn = trampoline(callable, argTypes.map((t) => resultBoxer(t)), unbox);
  callables.set(fn, callable);
  return new CallbackPtr(createCallback(fn, sig), callable);
}

/** _rawffi.write_unraisable(message, exc): `message`, then exc's traceback, on stderr: how an
 *  exception that cannot propagate (one raised inside a callback) is reported. */
export function writeUnraisableBuiltin(): PyObject {
  return builtinFunction('write_unraisable', (args, kw) => {
    const [message, exc] = parseArgs('write_unraisable', args, kw, ['message', 'exc'], 2);
    const text = message instanceof PyStr ? message.value : repr(message!);
    const e = exc instanceof PyBaseException ? exc : toPyException(exc);
    writeStderr(`${text}\n${formatException(e)}`);
    return None;
  });
}

function asCb(o: PyObject): CallbackPtr {
  return o as CallbackPtr;
}

export function installCallbackPtr(): void {
  const t = callbackPtrType;
  defStatic(t, '__new__', (args, kw) => {
    const [, callable, argtypes, restype, flags] = parseArgs('CallbackPtr', args, kw, ['cls', 'callable', 'argtypes', 'restype', 'flags'], 4);
    return makeCallbackPtr(callable!, argtypes!, restype!, flagsArg(flags));
  });
  defGetter(t, 'buffer', (self) => newInt(asCb(self).callback.address));
  defGetter(t, 'callable', (self) => asCb(self).callable);
  def0(t, 'free', (self) => {
    asCb(self).callback.free();
    return None;
  });
  def0(t, 'byptr', (self) => {
    const cb = asCb(self).callback;
    if (cb.freed) throw new FFIError('ValueError', 'callback already freed');
    const p = arrayShapeFor(primitive('void *')).allocate(1, false);
    mem.writePtr(p.itemAddress(0), cb.address);
    return p;
  });
  def0(t, '__repr__', (self) => newStr(`<_rawffi.CallbackPtr ${asCb(self).callback.address.toString(16)}>`));
}
