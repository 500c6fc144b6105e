// Forcing garbage collection from inside one long synchronous job: a Python script never yields
// to the event loop, so FinalizationRegistry callbacks would never run. V8 still ships gc() and
// FinalizationRegistry.prototype.cleanupSome behind flags; a flag only affects contexts created
// after it is set, so both come from a fresh vm context (flags are switched back off at once).

import v8 from 'node:v8';
import vm from 'node:vm';

export type CleanableRegistry<T> = FinalizationRegistry<T> & { cleanupSome?: (cb?: (held: T) => void) => void };

/** A FinalizationRegistry with cleanupSome() where the runtime allows it. */
export function makeCleanableRegistry<T>(onDead: (held: T) => void): CleanableRegistry<T> {
  try {
    v8.setFlagsFromString('--harmony-weak-refs-with-cleanup-some');
    const FR = vm.runInNewContext('FinalizationRegistry') as typeof FinalizationRegistry;
    v8.setFlagsFromString('--no-harmony-weak-refs-with-cleanup-some');
    const reg = new FR<T>(onDead) as CleanableRegistry<T>;
    if (typeof reg.cleanupSome === 'function') return reg;
  } catch {
    // fall back to the plain registry
  }
  return new FinalizationRegistry<T>(onDead) as CleanableRegistry<T>;
}

let gcFunction: (() => void) | null | undefined;

/** V8's gc(), without --expose-gc on the command line; null where it cannot be had. */
export function getGc(): (() => void) | null {
  if (gcFunction !== undefined) return gcFunction;
  try {
    v8.setFlagsFromString('--expose-gc');
    gcFunction = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
  } catch {
    gcFunction = null;
  }
  return gcFunction;
}
