// Synchronous line reading from the process's stdin (input(), sys.stdin.readline()).

import { readSync } from 'node:fs';

let pending = Buffer.alloc(0);
let eof = false;

/** The next line including its newline, the rest of the input at EOF, or null when exhausted. */
export function readLine(): string | null {
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = pending.subarray(0, nl + 1).toString('utf8');
      pending = pending.subarray(nl + 1);
      return line;
    }
    if (eof) {
      if (pending.length === 0) return null;
      const rest = pending.toString('utf8');
      pending = Buffer.alloc(0);
      return rest;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0; else n = 0;
    }
    if (n === 0) eof = true;
    else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
  }
}

/** Everything left on stdin. */
export function readAll(): string {
  let out = '';
  for (let l = readLine(); l !== null; l = readLine()) out += l;
  return out;
}
