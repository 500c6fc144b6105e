// Callbacks: a JS function plus a Signature becomes a C function pointer (koffi.register).
// koffi has a fixed pool of 8192 registered trampolines (MaxTrampolines in koffi's ffi.hh), so a
// slot is released (1) on explicit free(), (2) when the owning Callback object is garbage, via a
// FinalizationRegistry, and (3) when the pool is exhausted: we force a full GC and collect the
// dead owners synchronously (FinalizationRegistry.cleanupSome) before giving up with MemoryError.
// (2) alone is not enough: finalizers run only when the event loop turns, and a Python program
// runs as one long synchronous job.
// A struct passed by value arrives as the address of a fresh copy (memory.alloc) that the JS
// function owns; a struct result is returned as the address of the bytes to copy.
// An exception thrown by the JS function never reaches C: it goes to the error hook (default:
// CPython's "Exception ignored on calling ctypes callback function" report on stderr) and C gets
// the result type's default (0, 0.0, false, NULL).
// As in C and ctypes, C calling a callback after it was freed is undefined behaviour: keep the
// Callback alive as long as C may call it.

import { makeCleanableRegistry, forceCollection, CleanableRegistry } from './gc.js';
import { FFIError } from './errors.js';
import type { Address } from './memory.js';
import { koffi } from './native.js';
import { Signature, signature, SignatureSpec } from './signature.js';

export const MAX_CALLBACKS = 8192;

export type CallbackErrorHook = (error: unknown, fn: Function, sig: Signature) => void;

function defaultErrorHook(error: unknown, fn: Function): void {
  const what = `<function ${fn.name || '<lambda>'}>`;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  process.stderr.write(`Exception ignored on calling ctypes callback function: ${what}\n${detail}\n`);
}

let errorHook: CallbackErrorHook = defaultErrorHook;

/** Install the reporter for exceptions raised inside callbacks (the Python layer prints the
 *  Python traceback). Returns the previous hook. */
export function setCallbackErrorHook(hook: CallbackErrorHook | null): CallbackErrorHook {
  const old = errorHook;
  errorHook = hook ?? defaultErrorHook;
  return old;
}

function report(error: unknown, fn: Function, sig: Signature): void {
  try {
    errorHook(error, fn, sig);
  } catch {
    // A failing reporter must not turn into an exception inside C either.
  }
}

// ---------------------------------------------------------------------------------------------
// Slot bookkeeping

/** What the registry keeps per live slot; never references the owning Callback. */
interface Slot {
  handle: bigint;
  released: boolean;
}

let live = 0;
let reclaimedByGC = 0;
let forcedCollections = 0;

function releaseSlot(slot: Slot): void {
  if (slot.released) return;
  slot.released = true;
  live--;
  try {
    koffi.unregister(slot.handle);
  } catch {
    // Already gone (koffi.reset in tests): nothing to release.
  }
}

let registryInstance: CleanableRegistry<Slot> | null = null;
/** Made on first use: creating it costs a vm context, which start-up should not pay. */
function registry(): CleanableRegistry<Slot> {
  return registryInstance ??= makeCleanableRegistry<Slot>((slot) => {
    if (!slot.released) reclaimedByGC++;
    releaseSlot(slot);
  });
}

/** Force a full GC and run the finalizers of dead Callbacks now. Returns false when this
 *  runtime cannot do it synchronously. */
export function collectDeadCallbacks(): boolean {
  if (typeof registry().cleanupSome !== 'function' || !forceCollection()) return false;
  forcedCollections++;
  return true;
}

function register(wrapper: Function, sig: Signature): bigint {
  const type = sig.koffiProtoPointer();
  try {
    return koffi.register(wrapper, type);
  } catch (e) {
    if (!/Too many callbacks/.test(String((e as Error).message))) throw e;
  }
  if (collectDeadCallbacks()) {
    try {
      return koffi.register(wrapper, type);
    } catch {
      // still exhausted: every slot is held by a live Callback
    }
  }
  throw new FFIError('MemoryError', `too many live callbacks (the limit is ${MAX_CALLBACKS})`);
}

// ---------------------------------------------------------------------------------------------
// Callback

export class Callback {
  /** The C function pointer (0 after free()). */
  address: Address;
  private readonly slot: Slot;

  constructor(readonly fn: Function, readonly sig: Signature) {
    if (sig.variadic) throw new FFIError('TypeError', 'callbacks cannot be variadic');
    const handle = register(buildWrapper(fn, sig), sig);
    this.slot = { handle, released: false };
    live++;
    this.address = Number(handle);
    registry().register(this, this.slot, this.slot);
  }

  get freed(): boolean {
    return this.slot.released;
  }

  /** Release the trampoline now. C must not call the pointer afterwards. */
  free(): void {
    if (this.slot.released) return;
    registry().unregister(this.slot);
    releaseSlot(this.slot);
    this.address = 0;
  }
}

export function createCallback(fn: Function, sig: Signature | SignatureSpec): Callback {
  if (typeof fn !== 'function') throw new FFIError('TypeError', 'callback must be a function');
  return new Callback(fn, sig instanceof Signature ? sig : signature(sig));
}

export function callbackStats(): { live: number; max: number; reclaimedByGC: number; forcedCollections: number; koffiBusy: number } {
  return { live, max: MAX_CALLBACKS, reclaimedByGC, forcedCollections, koffiBusy: (koffi.stats() as { callbacks: number }).callbacks };
}

/** The function koffi calls: converts C arguments to JS, calls fn, converts the result back,
 *  and turns any exception into a report + the default result. It closes over fn and the
 *  converters only, never over the Callback, so a dropped Callback can be collected. */
function buildWrapper(fn: Function, sig: Signature): Function {
  const conv = sig.argFromC;
  const toC = sig.resultToC;
  const def = sig.result.kind === 'void' ? undefined : sig.result.kind === 'bool' ? false : 0;
  const n = conv.length;
  const fail = (e: unknown) => {
    report(e, fn, sig);
    return def;
  };
  switch (n) {
    case 0:
      return () => { try { return toC(fn()); } catch (e) { return fail(e); } };
    case 1: {
      const c0 = conv[0];
      return (a0: unknown) => { try { return toC(fn(c0(a0))); } catch (e) { return fail(e); } };
    }
    case 2: {
      const c0 = conv[0], c1 = conv[1];
      return (a0: unknown, a1: unknown) => { try { return toC(fn(c0(a0), c1(a1))); } catch (e) { return fail(e); } };
    }
    case 3: {
      const c0 = conv[0], c1 = conv[1], c2 = conv[2];
      return (a0: unknown, a1: unknown, a2: unknown) => {
        try { return toC(fn(c0(a0), c1(a1), c2(a2))); } catch (e) { return fail(e); }
      };
    }
    default:
      return (...args: unknown[]) => {
        try {
          const js = new Array<unknown>(n);
          for (let i = 0; i < n; i++) js[i] = conv[i](args[i]);
          return toC(fn(...js));
        } catch (e) {
          return fail(e);
        }
      };
  }
}
