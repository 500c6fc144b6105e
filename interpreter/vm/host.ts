// Process-wide operations that a worker thread cannot do itself. bin/tspy.js runs scripts on a
// worker (for its large stack); chdir is process-wide, so the worker asks the main thread, which
// is idle waiting for it, and blocks until the answer arrives (Node then refreshes process.cwd()).

import { isMainThread, parentPort } from 'node:worker_threads';

const REPLY_BYTES = 4096;

/** process.chdir that also works on the interpreter's worker thread; throws like process.chdir. */
export function hostChdir(path: string): void {
  if (isMainThread || parentPort === null) { process.chdir(path); return; }
  const shared = new SharedArrayBuffer(8 + REPLY_BYTES);
  const flag = new Int32Array(shared, 0, 2);
  parentPort.postMessage({ op: 'chdir', path, shared });
  Atomics.wait(flag, 0, 0);
  if (flag[1] === 0) return;
  // The main thread wrote the error's code and message: rebuild it as Node would have thrown it.
  const len = flag[1];
  const text = new TextDecoder().decode(new Uint8Array(shared, 8, len).slice());
  const { code, message } = JSON.parse(text) as { code: string; message: string };
  const err = new Error(message) as NodeJS.ErrnoException;
  err.code = code;
  throw err;
}

/** The main thread's side: answers a chdir request from the worker. */
export function answerHostRequest(msg: { op: string; path: string; shared: SharedArrayBuffer }): void {
  const flag = new Int32Array(msg.shared, 0, 2);
  try {
    process.chdir(msg.path);
    flag[1] = 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const bytes = new TextEncoder().encode(JSON.stringify({ code: err.code ?? 'EIO', message: err.message }));
    new Uint8Array(msg.shared, 8, REPLY_BYTES).set(bytes.subarray(0, REPLY_BYTES));
    flag[1] = Math.min(bytes.length, REPLY_BYTES);
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
