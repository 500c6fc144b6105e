// Forcing garbage collection from inside one long synchronous job: a Python script never yields
// to the event loop, so FinalizationRegistry callbacks would never run by themselves. V8 still
// ships gc() and FinalizationRegistry.prototype.cleanupSome behind flags; a flag only affects
// contexts created after it is set, so both come from a fresh vm context (flags are switched
// back off at once). WeakRef targets are also kept alive until the job ends (the KeptObjects
// list), which an empty script in a context with its own microtask queue clears.

import v8 from 'node:v8';
import vm from 'node:vm';

export type CleanableRegistry<T> = FinalizationRegistry<T> & { cleanupSome?: (cb?: (held: T) => void) => void };

/** The cleanupSome() of every registry made here, run after each forced collection. */
const cleanups: (() => void)[] = [];

/** A FinalizationRegistry with cleanupSome() where the runtime allows it. Its cleanup runs after
 *  every forceCollection(), whoever asked for it. */
export function makeCleanableRegistry<T>(onDead: (held: T) => void): CleanableRegistry<T> {
  try {
    v8.setFlagsFromString('--harmony-weak-refs-with-cleanup-some');
    const FR = vm.runInNewContext('FinalizationRegistry') as typeof FinalizationRegistry;
    v8.setFlagsFromString('--no-harmony-weak-refs-with-cleanup-some');
    const reg = new FR<T>(onDead) as CleanableRegistry<T>;
    if (typeof reg.cleanupSome === 'function') {
      cleanups.push(() => reg.cleanupSome!());
      return reg;
    }
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

let keptClearer: vm.Script | null = null;
let keptContext: vm.Context | null = null;

/** Let the targets of WeakRefs created or dereferenced so far die (they are otherwise kept until
 *  the current job ends). V8 clears its KeptObjects at every microtask checkpoint, and a context
 *  with microtaskMode 'afterEvaluate' takes one after each script it runs (~1 µs). */
export function clearKeptObjects(): void {
  if (keptClearer === null) {
    keptContext = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
    keptClearer = new vm.Script('');
  }
  keptClearer.runInContext(keptContext!);
}

let forcedCollections = 0;

/** A full collection now: clear the KeptObjects, run V8's gc(), then the cleanup of every
 *  registry made by makeCleanableRegistry. false when this runtime cannot do it synchronously. */
export function forceCollection(): boolean {
  const gc = getGc();
  if (gc === null) return false;
  clearKeptObjects();
  gc();
  forcedCollections++;
  for (const c of cleanups) c();
  return true;
}

/** How many forced collections ran (for tests). */
export function forcedCollectionCount(): number {
  return forcedCollections;
}
