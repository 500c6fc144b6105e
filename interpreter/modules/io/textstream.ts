// The text layer of TextIOWrapper over a RawFile: incremental decoding, CPython's newline modes
// (universal newlines on input when newline is None, translation of '\n' on output), tell/seek
// as byte positions, and a small write buffer.

import { Codec, decode, encode } from '../../lib/codecs.js';
import { RawFile } from './raw.js';

/** How many bytes at the end of `data` start an incomplete UTF-8 sequence. */
function incompleteUtf8Tail(data: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, data.length); k++) {
    const b = data[data.length - k];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

export class TextStream {
  /** Decoded but not yet consumed text, untranslated; text[ci:] is what is left. */
  private text = '';
  private ci = 0;
  /** File position of text[0]. */
  private textStart = 0;
  private leftover = new Uint8Array(0);
  private eof = false;
  private pendingWrite = '';
  private seenNewlines = 0; // bit 1: '\r', 2: '\n', 4: '\r\n'

  constructor(readonly raw: RawFile, readonly codec: Codec, readonly errors: string,
    readonly newline: string | null, readonly lineBuffering: boolean) {}

  // ---- reading ----

  private fill(): boolean {
    if (this.eof) return false;
    if (this.ci > 0 && this.ci === this.text.length) this.dropConsumed();
    const chunk = this.raw.readSome(8192); // CPython's chunk size (visible through r+ writes)
    let data = chunk;
    if (this.leftover.length) {
      data = new Uint8Array(this.leftover.length + chunk.length);
      data.set(this.leftover); data.set(chunk, this.leftover.length);
    }
    if (chunk.length === 0) {
      this.eof = true;
      this.leftover = new Uint8Array(0);
      if (data.length) this.text += decode(data, this.codec, this.errors);
      return data.length > 0;
    }
    const keep = this.codec === 'utf-8' ? incompleteUtf8Tail(data) : 0;
    this.leftover = data.slice(data.length - keep);
    this.text += decode(data.subarray(0, data.length - keep), this.codec, this.errors);
    return true;
  }

  private dropConsumed(): void {
    if (this.ci === 0) return;
    this.textStart += this.byteLength(this.text.slice(0, this.ci));
    this.text = this.text.slice(this.ci);
    this.ci = 0;
  }

  private byteLength(s: string): number {
    return s.length === 0 ? 0 : encode(s, this.codec, this.errors === 'strict' ? 'surrogateescape' : this.errors).length;
  }

  private get translate(): boolean { return this.newline === null; }

  private note(nl: string): void {
    this.seenNewlines |= nl === '\r' ? 1 : nl === '\n' ? 2 : 4;
  }

  private translated(s: string): string {
    if (!this.translate) return s;
    return s.replace(/\r\n|\r|\n/g, (nl) => { this.note(nl); return '\n'; });
  }

  /** The whole rest of the stream. */
  readAll(): string {
    this.flushWrites();
    while (this.fill());
    let s = this.text.slice(this.ci);
    this.ci = this.text.length;
    s = this.translated(s);
    this.dropConsumed();
    return s;
  }

  /** Up to n characters (code points, a translated "\r\n" counting as one). */
  read(n: number): string {
    if (n < 0) return this.readAll();
    this.flushWrites();
    let out = '';
    let count = 0;
    while (count < n) {
      if (this.ci >= this.text.length && !this.fill()) break;
      if (this.ci >= this.text.length) continue;
      const c = this.text.codePointAt(this.ci)!;
      if (c === 13 && this.translate) {
        if (this.ci + 1 >= this.text.length) this.fill();
        const crlf = this.text.charCodeAt(this.ci + 1) === 10;
        this.note(crlf ? '\r\n' : '\r');
        this.ci += crlf ? 2 : 1;
        out += '\n';
      } else {
        const ch = String.fromCodePoint(c);
        if (c === 10) this.note('\n');
        this.ci += ch.length;
        out += ch;
      }
      count++;
    }
    return out;
  }

  /** One line including its terminator ('' at end of file); limit >= 0 caps its length. */
  readline(limit = -1): string {
    this.flushWrites();
    if (limit >= 0) return this.readlineLimited(limit);
    const nl = this.newline;
    for (;;) {
      const rest = this.text.slice(this.ci);
      let end = -1, termLen = 0;
      if (nl === null || nl === '') {
        const m = /\r\n|\r|\n/.exec(rest);
        if (m !== null) {
          // A '\r' at the end of what is decoded may be the start of "\r\n": decode more first.
          if (m[0] === '\r' && m.index === rest.length - 1 && this.fill()) continue;
          end = m.index; termLen = m[0].length;
        }
      } else {
        const i = rest.indexOf(nl);
        if (i >= 0) { end = i; termLen = nl.length; }
      }
      if (end >= 0) {
        const line = rest.slice(0, end + termLen);
        this.ci += line.length;
        return this.translated(line);
      }
      if (!this.fill()) {
        this.ci = this.text.length;
        return this.translated(rest);
      }
    }
  }

  private readlineLimited(limit: number): string {
    let line = '';
    for (let n = 0; n < limit; n++) {
      const c = this.read(1);
      if (c === '') break;
      line += c;
      if (this.newline === null || this.newline === '\n' ? c === '\n' : line.endsWith(this.newline === '' ? '\n' : this.newline)) break;
      if (this.newline === '' && c === '\r' && this.peekChar() !== '\n') break;
    }
    return line;
  }

  private peekChar(): string {
    if (this.ci >= this.text.length) this.fill();
    return this.text[this.ci] ?? '';
  }

  get newlines(): string | string[] | null {
    const kinds = [];
    if (this.seenNewlines & 1) kinds.push('\r');
    if (this.seenNewlines & 2) kinds.push('\n');
    if (this.seenNewlines & 4) kinds.push('\r\n');
    return kinds.length === 0 ? null : kinds.length === 1 ? kinds[0] : kinds;
  }

  // ---- writing ----

  write(s: string): void {
    // Like CPython, read-ahead is dropped and the write happens where the raw file is (after
    // the last chunk read), not at the logical text position.
    if (this.text.length || this.leftover.length) this.resetRead();
    let out = s;
    if (this.newline !== null && this.newline !== '' && this.newline !== '\n') out = out.replace(/\n/g, this.newline);
    this.pendingWrite += out;
    if (this.pendingWrite.length >= 8192 || (this.lineBuffering && (s.includes('\n') || s.includes('\r')))) this.flushWrites();
  }

  flushWrites(): void {
    if (this.pendingWrite.length === 0) return;
    const data = encode(this.pendingWrite, this.codec, this.errors);
    this.pendingWrite = '';
    this.raw.write(data);
  }

  // ---- positioning ----

  private resetRead(): void {
    this.text = ''; this.ci = 0; this.leftover = new Uint8Array(0); this.eof = false;
    this.textStart = this.raw.seekable ? this.raw.tell() : 0;
  }

  tell(): number {
    this.flushWrites();
    if (this.text.length === 0 && this.leftover.length === 0) return this.raw.tell();
    return this.textStart + this.byteLength(this.text.slice(0, this.ci));
  }

  seek(pos: number, whence: number): number {
    this.flushWrites();
    this.resetRead();
    const r = this.raw.seek(pos, whence);
    this.textStart = r;
    return r;
  }

  /** Prepares for truncate(): flushes and returns the logical position. */
  positionForTruncate(): number {
    const pos = this.tell();
    if (this.text.length) { this.resetRead(); this.raw.seek(pos, 0); this.textStart = pos; }
    return pos;
  }
}
