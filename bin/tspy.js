#!/usr/bin/env node
// The tspy command. Scripts run on a worker thread whose stack is large enough for Python's
// recursion limit to be what stops deep recursion (V8's default main-thread stack allows only a
// few hundred Python frames); the interactive prompt runs on the main thread, where readline lives.
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const STACK_MB = 256;
const args = process.argv.slice(2);
const cli = new URL('../dist/tspy.mjs', import.meta.url);

if (!isMainThread) {
  const { runCli } = await import(cli);
  // All output has been written synchronously; the thread's exit code carries the status
  // (a message could race with the exit event).
  process.exit(runCli(workerData.args) ?? 0);
} else if (args.length === 0) {
  const { runCli } = await import(cli);
  const status = runCli(args);
  if (status !== null) process.exitCode = status;
} else {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { args }, argv: args, resourceLimits: { stackSizeMb: STACK_MB }, stdout: false, stderr: false,
  });
  let failed = false;
  worker.on('message', (m) => {
    // Requests from the worker (chdir) load their small handler on first use: importing the
    // bundled interpreter here as well would double the start-up cost.
    if (m !== null && typeof m === 'object') {
      import(new URL('../dist/interpreter/vm/host.js', import.meta.url)).then(({ answerHostRequest }) => answerHostRequest(m));
    }
  });
  worker.on('error', (e) => { process.stderr.write(`tspy: internal error: ${e && e.stack || e}\n`); failed = true; });
  worker.on('exit', (code) => { process.exitCode = failed ? 1 : code; });
}
