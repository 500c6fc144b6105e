// Foreign function pointers with a fixed signature: the koffi function object is built ONCE per
// (address, signature) and cached; `invoke` checks the argument count, runs the signature's
// per-argument converters, calls C and converts the result. The converters are separate small
// functions (Signature.argToC / resultFromC) so the JIT can inline them or replace them by
// guards on unboxed values and call `native` directly.
// errno follows ctypes' use_errno: a private copy is swapped into C's errno before the call and
// the value C left is captured right after it (getErrno/setErrno read and write the copy).

import * as arena from './arena.js';
import type { CType } from './ctype.js';
import { FFIError } from './errors.js';
import type { Address } from './memory.js';
import { koffi, KoffiFunction, KoffiType } from './native.js';
import { koffiParamType, Signature, signature, SignatureSpec } from './signature.js';

let privateErrno = 0;

/** ctypes.get_errno(): the errno captured after the last use_errno call (or set by setErrno). */
export function getErrno(): number {
  return privateErrno;
}

/** ctypes.set_errno(v): sets the private copy, returns the old value. */
export function setErrno(v: number): number {
  const old = privateErrno;
  privateErrno = v | 0;
  return old;
}

export type Invoke = (...args: unknown[]) => unknown;

export class CFunction {
  /** The koffi function: takes koffi values (already converted), returns the raw koffi result. */
  readonly native: KoffiFunction;
  /** Count-checked, converting entry point: JS values in, JS value out. */
  readonly invoke: Invoke;

  constructor(readonly address: Address, readonly sig: Signature, readonly name: string) {
    if (address === 0) throw new FFIError('ValueError', 'NULL function pointer');
    this.native = koffi.decode(address, sig.koffiProto()) as KoffiFunction;
    this.invoke = buildInvoke(this);
  }

  /** Call with an array of JS values (the Python layer's *args). */
  call(args: ArrayLike<unknown>): unknown {
    return this.invoke(...Array.from(args));
  }

  /** Call a variadic function: the fixed args, then the extra args with their C types (the
   *  caller decides them, as ctypes does from the Python values: int → int, float → double,
   *  bytes → char *, str → wchar_t *, None → void *). */
  callVariadic(args: ArrayLike<unknown>, extraTypes: readonly CType[], extraArgs: ArrayLike<unknown>): unknown {
    const sig = this.sig;
    if (!sig.variadic) throw new FFIError('TypeError', `${this.name} is not variadic`);
    if (args.length !== sig.args.length) throw argCountError(this, args.length);
    if (extraTypes.length !== extraArgs.length) throw new FFIError('TypeError', 'one C type per variadic argument is required');
    const m = arena.mark();
    try {
      const out: unknown[] = [];
      for (let i = 0; i < args.length; i++) out.push(convertArg(sig.argToC[i], args[i], i));
      for (let i = 0; i < extraArgs.length; i++) {
        const t = extraTypes[i];
        const conv = variadicConverter(t, sig);
        out.push(variadicKoffiType(t), convertArg(conv, extraArgs[i], args.length + i));
      }
      return finish(this, out);
    } finally {
      arena.release(m);
    }
  }
}

function finish(f: CFunction, out: unknown[]): unknown {
  const sig = f.sig;
  let r: unknown;
  if (sig.useErrno) {
    koffi.errno(privateErrno);
    r = f.native(...out);
    privateErrno = koffi.errno();
  } else {
    r = f.native(...out);
  }
  return sig.resultFromC(r);
}

// C's default argument promotions: float → double and small ints → int for variadic args.
function variadicKoffiType(t: CType): KoffiType | string {
  if (t.kind === 'float' && t.size === 4) return 'double';
  if ((t.kind === 'int' || t.kind === 'char' || t.kind === 'bool') && t.size < 4) return 'int';
  if (t.kind === 'bool') return 'int';
  return koffiParamType(t);
}

function variadicConverter(t: CType, sig: Signature) {
  const conv = signature({ args: [t], intMode: sig.intMode }).argToC[0];
  if (t.kind === 'bool') return (v: unknown) => (conv(v) ? 1 : 0);
  return conv;
}

function convertArg(conv: (v: unknown) => unknown, v: unknown, i: number): unknown {
  try {
    return conv(v);
  } catch (e) {
    throw withArgIndex(e, i);
  }
}

function withArgIndex(e: unknown, i: number): unknown {
  if (e instanceof FFIError && e.argIndex === undefined) e.argIndex = i + 1;
  return e;
}

function argCountError(f: CFunction, given: number): FFIError {
  const n = f.sig.args.length;
  const plural = n === 1 ? '' : 's';
  const what = f.sig.variadic ? `at least ${n} argument${plural}` : `${n} argument${plural}`;
  return new FFIError('TypeError', `this function takes ${what} (${given} given)`);
}

/** Re-run the converters one by one to attach the failing argument's index to the error. */
function locateArgError(f: CFunction, args: ArrayLike<unknown>, e: unknown): unknown {
  const m = arena.mark();
  try {
    for (let i = 0; i < args.length; i++) {
      try {
        f.sig.argToC[i](args[i]);
      } catch (inner) {
        return withArgIndex(inner, i);
      }
    }
  } finally {
    arena.release(m);
  }
  return e;
}

/** Build the invoke closure, specialised on arity for 0..4 arguments (no rest/spread array).
 *  Signatures with pointer arguments take an arena mark and release it after the call (bytes
 *  and str arguments are copied there); use_errno signatures swap errno around the call. */
function buildInvoke(f: CFunction): Invoke {
  const sig = f.sig;
  const n = sig.args.length;
  const res = sig.resultFromC;
  const c = sig.argToC;
  if (sig.variadic || n > 4) return generalInvoke(f);
  const raw = f.native;
  const native: KoffiFunction = sig.useErrno
    ? (...xs: unknown[]) => {
        koffi.errno(privateErrno);
        const r = raw(...xs);
        privateErrno = koffi.errno();
        return r;
      }
    : raw;
  const plain = !sig.usesArena;
  switch (n) {
    case 0:
      return function invoke0() {
        if (arguments.length !== 0) throw argCountError(f, arguments.length);
        return res(native());
      };
    case 1: {
      const c0 = c[0];
      return function invoke1(a0: unknown) {
        if (arguments.length !== 1) throw argCountError(f, arguments.length);
        const m = plain ? 0 : arena.mark();
        let x0;
        try {
          x0 = c0(a0);
        } catch (e) {
          if (!plain) arena.release(m);
          throw withArgIndex(e, 0);
        }
        if (plain) return res(native(x0));
        try {
          return res(native(x0));
        } finally {
          arena.release(m);
        }
      };
    }
    case 2: {
      const c0 = c[0], c1 = c[1];
      return function invoke2(a0: unknown, a1: unknown) {
        if (arguments.length !== 2) throw argCountError(f, arguments.length);
        const m = plain ? 0 : arena.mark();
        let x0, x1;
        try {
          x0 = c0(a0); x1 = c1(a1);
        } catch (e) {
          if (!plain) arena.release(m);
          throw locateArgError(f, [a0, a1], e);
        }
        if (plain) return res(native(x0, x1));
        try {
          return res(native(x0, x1));
        } finally {
          arena.release(m);
        }
      };
    }
    case 3: {
      const c0 = c[0], c1 = c[1], c2 = c[2];
      return function invoke3(a0: unknown, a1: unknown, a2: unknown) {
        if (arguments.length !== 3) throw argCountError(f, arguments.length);
        const m = plain ? 0 : arena.mark();
        let x0, x1, x2;
        try {
          x0 = c0(a0); x1 = c1(a1); x2 = c2(a2);
        } catch (e) {
          if (!plain) arena.release(m);
          throw locateArgError(f, [a0, a1, a2], e);
        }
        if (plain) return res(native(x0, x1, x2));
        try {
          return res(native(x0, x1, x2));
        } finally {
          arena.release(m);
        }
      };
    }
    default: {
      const c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
      return function invoke4(a0: unknown, a1: unknown, a2: unknown, a3: unknown) {
        if (arguments.length !== 4) throw argCountError(f, arguments.length);
        const m = plain ? 0 : arena.mark();
        let x0, x1, x2, x3;
        try {
          x0 = c0(a0); x1 = c1(a1); x2 = c2(a2); x3 = c3(a3);
        } catch (e) {
          if (!plain) arena.release(m);
          throw locateArgError(f, [a0, a1, a2, a3], e);
        }
        if (plain) return res(native(x0, x1, x2, x3));
        try {
          return res(native(x0, x1, x2, x3));
        } finally {
          arena.release(m);
        }
      };
    }
  }
}

function generalInvoke(f: CFunction): Invoke {
  const sig = f.sig;
  const c = sig.argToC;
  return function invoke(...args: unknown[]) {
    if (sig.variadic) {
      // Without explicit extra types, a variadic function is called with its fixed args only.
      if (args.length !== c.length) {
        if (args.length > c.length) throw new FFIError('TypeError', 'variadic arguments need C types: use callVariadic');
        throw argCountError(f, args.length);
      }
    } else if (args.length !== c.length) {
      throw argCountError(f, args.length);
    }
    const m = arena.mark();
    try {
      const out = new Array<unknown>(c.length);
      for (let i = 0; i < c.length; i++) out[i] = convertArg(c[i], args[i], i);
      return finish(f, out);
    } finally {
      arena.release(m);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Cache: one CFunction per (address, signature).

const cache = new Map<string, CFunction>();

/** The function at `address` with signature `sig` (built once, then cached). */
export function cfunction(address: Address, sig: Signature | SignatureSpec, name = `<cfunction at 0x${address.toString(16)}>`): CFunction {
  const s = sig instanceof Signature ? sig : signature(sig);
  const key = `${address}:${s.key}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new CFunction(address, s, name)));
  return f;
}

/** Drop cached functions (after a library is closed). */
export function clearFunctionCache(): void {
  cache.clear();
}
