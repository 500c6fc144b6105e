// What every _rawffi/_ffi object that stands for C memory or a C function shares: the ADDRESS
// protocol (how a call or a memory write finds the address behind a Python object), the way
// their Python types are made, _rawffi.SegfaultException, and the autofree registry that
// releases C memory when its Python owner dies.

import { makeCleanableRegistry, forceCollection, CleanableRegistry } from '../gc.js';
import { PyObject, PyType, makeBuiltinType, objectType, typeType, TF_BASETYPE, TF_HAS_DICT } from '../../interpreter/objects/object.js';
import { E, PyBaseException, newException } from '../../interpreter/objects/exceptions.js';
import { Block } from '../memory.js';
import { FFIError } from '../errors.js';

/** Objects with a C address (array and structure instances, callbacks, function pointers)
 *  implement this method; passing one where C expects a pointer passes the address. A symbol
 *  rather than a base class because function pointers extend PyBuiltinFunction (fast calls). */
export const ADDRESS: unique symbol = Symbol('tspy.ffi.address');

export interface HasAddress {
  [ADDRESS](): number;
}

export function hasAddress(o: unknown): o is HasAddress {
  return typeof (o as Partial<HasAddress>)[ADDRESS] === 'function';
}

/** A builtin type of the FFI modules: not subclassable, no instance dict (attributes are
 *  getters on the type), shown with its module name in reprs and messages. */
export function ffiType(name: string, module: string): PyType {
  const t = makeBuiltinType(name, objectType, 0);
  t.module = module;
  return t;
}

// ---------------------------------------------------------------------------------------------
// SegfaultException: PyPy raises it when a freed array or structure is accessed. A ValueError
// subclass, so code that catches the FFI's usual 'NULL pointer access' ValueError catches it too.

export const segfaultExceptionType = new PyType(typeType, 'SegfaultException', [E.ValueError], TF_BASETYPE | TF_HAS_DICT);
segfaultExceptionType.module = '_rawffi';

export function segfault(what: string): PyBaseException {
  return newException(segfaultExceptionType, `access to freed ${what}`);
}

/** The error for an access through address 0: a freed block we owned, or a NULL view. */
export function nullOrFreed(block: Block, what: string): PyBaseException | FFIError {
  return block.owned ? segfault(what) : new FFIError('ValueError', 'NULL pointer access');
}

/** A Python exception of a builtin type given by name (FFIError's pyType). */
export function errorByName(name: string, message: string): PyBaseException {
  const t = (E as Record<string, PyType | undefined>)[name] ?? E.ValueError;
  return newException(t, message);
}

// ---------------------------------------------------------------------------------------------
// Autofree: a Block freed when the Python object owning it is garbage. FinalizationRegistry
// callbacks normally run only when the event loop turns, and a Python program is one long
// synchronous job; besides, V8 finds dead registered objects only in full (mark-compact) GCs.
// So when the autofree memory still outstanding passes a budget, we force a full collection
// (ffi/gc.ts: V8's gc() and every registry's cleanupSome(), both behind V8 flags). The budget
// then grows to twice what survived, so memory that is really live does not make every
// allocation pay for a GC.

let outstandingBytes = 0;
let outstandingCount = 0;
const MIN_BUDGET_BYTES = 64 << 20;
const MIN_BUDGET_COUNT = 100000;
let budgetBytes = MIN_BUDGET_BYTES;
let budgetCount = MIN_BUDGET_COUNT;

function release(b: Block): void {
  outstandingBytes -= b.size;
  outstandingCount--;
}

let autofreeRegistry: CleanableRegistry<Block> | null = null;
/** Made on first use (it costs a vm context, which start-up should not pay). */
function autofree(): CleanableRegistry<Block> {
  return autofreeRegistry ??= makeCleanableRegistry<Block>((b) => {
    release(b);
    if (!b.freed) b.free();
  });
}


function collect(): void {
  if (typeof autofree().cleanupSome !== 'function' || !forceCollection()) {
    budgetBytes = Infinity; // cannot collect synchronously: leave it to the event loop
    return;
  }
  budgetBytes = Math.max(MIN_BUDGET_BYTES, 2 * outstandingBytes);
  budgetCount = Math.max(MIN_BUDGET_COUNT, 2 * outstandingCount);
}

/** Free `block` when `owner` dies (unless freed explicitly first: see forgetAutofree). */
export function registerAutofree(owner: PyObject, block: Block): void {
  autofree().register(owner, block, owner);
  outstandingBytes += block.size;
  outstandingCount++;
  if (outstandingBytes > budgetBytes || outstandingCount > budgetCount) collect();
}

/** The owner freed its block itself: stop tracking it. */
export function forgetAutofree(owner: PyObject, block: Block): void {
  if (autofree().unregister(owner)) release(block);
}

/** Autofree blocks not freed yet (for tests). */
export function autofreeOutstanding(): { bytes: number; count: number } {
  return { bytes: outstandingBytes, count: outstandingCount };
}
