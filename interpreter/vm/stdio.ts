// The process's standard streams as the VM uses them: stdout is buffered (flushed at exit, before
// any stderr output, before reading stdin, and when large), stderr is written straight through.

import { writeSync } from 'node:fs';

let outBuf: string[] = [];
let outLen = 0;
const LIMIT = 1 << 16;

export function writeStdout(s: string): void {
  outBuf.push(s);
  outLen += s.length;
  if (outLen >= LIMIT) flushStdout();
}

export function flushStdout(): void {
  if (outLen === 0 && outBuf.length === 0) return;
  const data = outBuf.join('');
  outBuf = []; outLen = 0;
  writeAll(1, data);
}

export function writeStderr(s: string): void {
  flushStdout();
  writeAll(2, s);
}

function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}
