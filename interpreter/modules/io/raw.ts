// An open file descriptor with the position kept here (node:fs has no lseek, so reads and writes
// are positional), plus a push-back buffer so line readers can return unused bytes.
// All errors are thrown as Python OSErrors naming the file.

import * as fs from 'node:fs';
import { PyObject } from '../../objects/object.js';
import { flushStdout } from '../../vm/stdio.js';
import { fsCall, makeOSError } from '../os/errors.js';

const CHUNK = 65536;

export class RawFile {
  /** Logical position (for seekable files): where the next read or write happens. */
  pos = 0;
  private pushback: Uint8Array = new Uint8Array(0);
  readonly seekable: boolean;
  closed = false;

  constructor(readonly fd: number, readonly nameObj: PyObject, readonly readable: boolean,
    readonly writable: boolean, readonly appending: boolean, readonly closefd: boolean) {
    let seekable = false;
    try { const st = fs.fstatSync(fd); seekable = st.isFile() || st.isBlockDevice(); } catch { /* not a file */ }
    this.seekable = seekable;
    if (appending && seekable) this.pos = this.size();
  }

  size(): number { return fsCall(() => fs.fstatSync(this.fd).size, this.nameObj); }

  private readRaw(n: number): Uint8Array {
    const buf = new Uint8Array(n);
    const got = fsCall(() => fs.readSync(this.fd, buf, 0, n, this.seekable ? this.pos : null));
    if (this.seekable) this.pos += got;
    return got === n ? buf : buf.subarray(0, got);
  }

  /** Up to n bytes (fewer only at end of file); n < 0 reads to the end. */
  read(n: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let total = 0;
    if (this.pushback.length) {
      const take = n < 0 ? this.pushback.length : Math.min(n, this.pushback.length);
      parts.push(this.pushback.subarray(0, take));
      this.pushback = this.pushback.subarray(take);
      total += take;
    }
    while (n < 0 || total < n) {
      const want = n < 0 ? CHUNK : n - total;
      const chunk = this.readRaw(want);
      if (chunk.length === 0) break;
      parts.push(chunk);
      total += chunk.length;
    }
    return concat(parts, total);
  }

  /** At most one underlying read: what is buffered, else one chunk (for read1 and text decoding). */
  readSome(n: number = CHUNK): Uint8Array {
    if (this.pushback.length) return this.read(Math.min(n, this.pushback.length));
    return this.readRaw(n);
  }

  unread(data: Uint8Array): void {
    if (data.length) this.pushback = concat([data, this.pushback], data.length + this.pushback.length);
  }

  /** The position seen by the program (bytes pushed back have not been consumed). */
  tell(): number {
    if (!this.seekable) throw makeOSError(29);
    return this.pos - this.pushback.length;
  }

  seek(offset: number, whence: number): number {
    if (!this.seekable) throw makeOSError(29);
    const base = whence === 0 ? 0 : whence === 1 ? this.tell() : this.size();
    const target = base + offset;
    if (target < 0) throw makeOSError(22);
    this.pushback = new Uint8Array(0);
    this.pos = target;
    return target;
  }

  write(data: Uint8Array): number {
    if (this.pushback.length) { this.pos -= this.pushback.length; this.pushback = new Uint8Array(0); }
    if (this.fd === 1 || this.fd === 2) flushStdout(); // keep order with print()'s buffered output
    let done = 0;
    while (done < data.length) {
      const at = this.seekable && !this.appending ? this.pos : null;
      const n = fsCall(() => fs.writeSync(this.fd, data, done, data.length - done, at));
      done += n;
      if (this.seekable && !this.appending) this.pos += n;
    }
    if (this.appending && this.seekable) this.pos = this.size();
    return done;
  }

  truncate(size: number): void {
    fsCall(() => fs.ftruncateSync(this.fd, size), this.nameObj);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.closefd) fsCall(() => fs.closeSync(this.fd));
  }
}

export function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
