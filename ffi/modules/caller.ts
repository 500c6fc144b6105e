// The Python-callable entry of a foreign function pointer, shared by _rawffi.FuncPtr and
// _ffi.FuncPtr: check the argument count, unbox each argument (PyObject → JS value), run ffi/'s
// count-checked converting `invoke` (JS values → C call → JS value), box the result. Specialised
// on arity for 0..4 arguments so the common calls allocate no argument arrays.
// Errors are CPython ctypes' shapes: "this function takes at least 2 arguments (1 given)" /
// "this function takes 2 arguments (3 given)", and "argument N: <reason>" (the reason's Python
// exception type is kept: TypeError for a wrong type, OverflowError in check mode).

import type { BuiltinFn, PyObject } from '../../interpreter/objects/object.js';
import { PyInt } from '../../interpreter/objects/int.js';
import { PyFloat } from '../../interpreter/objects/float.js';
import { PyStr } from '../../interpreter/objects/str.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { None } from '../../interpreter/objects/singletons.js';
import { typeName } from '../../interpreter/vm/ops/protocols.js';
import type { CFunction } from '../call.js';
import { CType, primitive } from '../ctype.js';
import { FFIError } from '../errors.js';
import { addressOfObject } from './pyconv.js';
import type { Boxer, Unboxer } from './pyconv.js';

export function countError(expected: number, given: number): FFIError {
  const plural = expected === 1 ? '' : 's';
  const what = given < expected ? `at least ${expected}` : `${expected}`;
  return new FFIError('TypeError', `this function takes ${what} argument${plural} (${given} given)`);
}

/** Attach the argument number to an error raised while converting argument `index` (0-based),
 *  or found by ffi/ (FFIError.argIndex) during the call. */
export function argumentError(e: unknown, index: number): unknown {
  if (e instanceof FFIError) {
    const n = e.argIndex ?? index + 1;
    return new FFIError(e.pyType, `argument ${n}: ${e.message}`);
  }
  return e; // a Python exception raised by Python code (__index__, _as_parameter_): as is
}

function noKeywords(kw: readonly string[] | null): void {
  if (kw !== null && kw.length) throw new FFIError('TypeError', 'this function takes no keyword arguments');
}

/** The BuiltinFn for calling `cf` from Python. `stage` tracks which argument was being
 *  unboxed, so one try/catch serves every argument. */
export function buildCaller(cf: CFunction, unbox: readonly Unboxer[], box: Boxer): BuiltinFn {
  const n = unbox.length;
  const invoke = cf.invoke;
  const fail = (e: unknown, stage: number): unknown => {
    if (stage < n) return argumentError(e, stage);
    return e instanceof FFIError && e.argIndex !== undefined ? argumentError(e, e.argIndex - 1) : e;
  };
  switch (n) {
    case 0:
      return (args, kw) => {
        if (args.length !== 0) throw countError(0, args.length);
        noKeywords(kw);
        try {
          return box(invoke());
        } catch (e) {
          throw fail(e, 0);
        }
      };
    case 1: {
      const u0 = unbox[0];
      return (args, kw) => {
        if (args.length !== 1) throw countError(1, args.length);
        noKeywords(kw);
        let stage = 0;
        try {
          const x0 = u0(args[0]);
          stage = 1;
          return box(invoke(x0));
        } catch (e) {
          throw fail(e, stage);
        }
      };
    }
    case 2: {
      const u0 = unbox[0], u1 = unbox[1];
      return (args, kw) => {
        if (args.length !== 2) throw countError(2, args.length);
        noKeywords(kw);
        let stage = 0;
        try {
          const x0 = u0(args[0]);
          stage = 1;
          const x1 = u1(args[1]);
          stage = 2;
          return box(invoke(x0, x1));
        } catch (e) {
          throw fail(e, stage);
        }
      };
    }
    case 3: {
      const u0 = unbox[0], u1 = unbox[1], u2 = unbox[2];
      return (args, kw) => {
        if (args.length !== 3) throw countError(3, args.length);
        noKeywords(kw);
        let stage = 0;
        try {
          const x0 = u0(args[0]);
          stage = 1;
          const x1 = u1(args[1]);
          stage = 2;
          const x2 = u2(args[2]);
          stage = 3;
          return box(invoke(x0, x1, x2));
        } catch (e) {
          throw fail(e, stage);
        }
      };
    }
    case 4: {
      const u0 = unbox[0], u1 = unbox[1], u2 = unbox[2], u3 = unbox[3];
      return (args, kw) => {
        if (args.length !== 4) throw countError(4, args.length);
        noKeywords(kw);
        let stage = 0;
        try {
          const x0 = u0(args[0]);
          stage = 1;
          const x1 = u1(args[1]);
          stage = 2;
          const x2 = u2(args[2]);
          stage = 3;
          const x3 = u3(args[3]);
          stage = 4;
          return box(invoke(x0, x1, x2, x3));
        } catch (e) {
          throw fail(e, stage);
        }
      };
    }
    default:
      return (args, kw) => {
        if (args.length !== n) throw countError(n, args.length);
        noKeywords(kw);
        let stage = 0;
        try {
          const xs = new Array<unknown>(n);
          for (; stage < n; stage++) xs[stage] = unbox[stage](args[stage]);
          return box(invoke(...xs));
        } catch (e) {
          throw fail(e, stage);
        }
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Variadic functions (printf & co.): the fixed arguments follow the signature, each extra
// argument gets its C type from its Python value as ctypes does for arguments without argtypes:
// int → int (wrapped to 32 bits, as ctypes does), float → double, bytes → char *, str → wchar_t *,
// None → NULL, an object with an address → void *.

const INT = primitive('int');
const DOUBLE = primitive('double');
const CHARP = primitive('char *');
const WCHARP = primitive('wchar_t *');
const POINTER = primitive('void *');

function variadicArg(o: PyObject, index: number): [CType, unknown] {
  if (o instanceof PyInt) return [INT, o.value];
  if (o instanceof PyFloat) return [DOUBLE, o.value];
  if (o instanceof PyBytes) return [CHARP, o.data];
  if (o instanceof PyStr) return [WCHARP, o.value];
  if (o === None) return [POINTER, null];
  const a = addressOfObject(o);
  if (a !== null) return [POINTER, a];
  throw new FFIError('TypeError', `argument ${index + 1}: don't know how to convert ${typeName(o)} to a C value`);
}

export function buildVariadicCaller(cf: CFunction, unbox: readonly Unboxer[], box: Boxer): BuiltinFn {
  const n = unbox.length;
  return (args, kw) => {
    if (args.length < n) throw countError(n, args.length);
    noKeywords(kw);
    let stage = 0;
    try {
      const fixed = new Array<unknown>(n);
      for (; stage < n; stage++) fixed[stage] = unbox[stage](args[stage]);
      const types: CType[] = [];
      const extra: unknown[] = [];
      for (let k = n; k < args.length; k++) {
        const [t, v] = variadicArg(args[k], k);
        types.push(t);
        extra.push(v);
      }
      stage = n;
      return box(cf.callVariadic(fixed, types, extra));
    } catch (e) {
      if (stage < n) throw argumentError(e, stage);
      throw e instanceof FFIError && e.argIndex !== undefined ? argumentError(e, e.argIndex - 1) : e;
    }
  };
}
