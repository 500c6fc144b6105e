// The JIT's interface to the interpreter: the eval loop calls jitBackEdge at every JUMP_BACKWARD
// and callFunction calls jitCall, when `jitHooks.on` (false for `--jit off`: one property check
// per back edge or call, nothing else).

import type { Frame } from '../interpreter/vm/frame.js';
import { jitOptions } from '../interpreter/cli/jit_options.js';
import { backEdge, takePendingException, installStats, functionCall } from './driver.js';
import type { PyObject } from '../interpreter/objects/object.js';

export const jitHooks = { on: true }; // turned off on the first back edge when jitOptions.enabled is false
let configured = false;

/** Applies jitOptions (called once the command line is parsed; idempotent). */
export function configureJit(): void {
  jitHooks.on = jitOptions.enabled;
  if (jitOptions.stats) installStats();
  configured = true;
}

/**
 * At JUMP_BACKWARD to `pc` with stack depth `sp`. False: nothing happened, continue. True: the
 * frame's fast locals, stack, frame.pc and frame.sp were replaced; continue from frame.pc and
 * frame.sp, raising jitTakeException() first if it returns an exception.
 */
export function jitBackEdge(frame: Frame, pc: number, sp: number): boolean {
  if (!configured) { configureJit(); if (!jitHooks.on) return false; }
  return backEdge(frame, pc, sp);
}

export function jitTakeException(): unknown { return takePendingException(); }

/** A call of a plain function, frame bound: its result when the JIT ran it, else undefined. */
export function jitCall(frame: Frame): PyObject | undefined {
  if (!configured) { configureJit(); if (!jitHooks.on) return undefined; }
  return functionCall(frame);
}
