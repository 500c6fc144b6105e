// In-memory streams: io.StringIO (positions in code points, CPython's newline handling) and
// io.BytesIO (a growable byte buffer). Both can be subclassed from Python.

import { PyObject, PyType, makeBuiltinType, TF_BASETYPE, TF_HAS_DICT } from '../../objects/object.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes, bytearrayType } from '../../objects/bytes.js';
import { newInt, newBool, True, False } from '../../objects/int.js';
import { newList } from '../../objects/list.js';
import { newTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { typeName, indexNumber } from '../../vm/ops/protocols.js';
import { defMethod, def0, defGetter, defStatic, parseArgs } from '../../types/define.js';
import { textIOBaseType, bufferedIOBaseType, unsupportedError, closedError, sizeArg, callMethod } from './base.js';

export const stringIOType = makeBuiltinType('StringIO', textIOBaseType, TF_BASETYPE | TF_HAS_DICT);
stringIOType.module = '_io';
export const bytesIOType = makeBuiltinType('BytesIO', bufferedIOBaseType, TF_BASETYPE | TF_HAS_DICT);
bytesIOType.module = '_io';

/** StringIO keeps code points in an array so positions are Python indices. */
class PyStringIO extends PyObject {
  chars: string[] = [];
  pos = 0;
  closed = false;
  newline: string | null = '\n';
  seen = 0;
  constructor(cls: PyType) { super(cls); }
}
stringIOType.allocate = (cls) => new PyStringIO(cls);

class PyBytesIO extends PyObject {
  buf = new Uint8Array(64);
  length = 0;
  pos = 0;
  closed = false;
  constructor(cls: PyType) { super(cls); }
  get value(): Uint8Array { return this.buf.subarray(0, this.length); }
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(n, this.buf.length * 2));
    next.set(this.value);
    this.buf = next;
  }
}
bytesIOType.allocate = (cls) => new PyBytesIO(cls);

function sio(self: PyObject): PyStringIO {
  const s = self as PyStringIO;
  if (s.closed) throw closedError(false);
  return s;
}

function bio(self: PyObject): PyBytesIO {
  const b = self as PyBytesIO;
  if (b.closed) throw closedError();
  return b;
}

// ---- StringIO ----

function translateIn(s: PyStringIO, text: string): string {
  // newline=None: universal newlines on write; '\r' and '\r\n' become '\n'.
  if (s.newline === null) return text.replace(/\r\n|\r|\n/g, (nl) => { s.seen |= nl === '\r' ? 1 : nl === '\n' ? 2 : 4; return '\n'; });
  if (s.newline !== '' && s.newline !== '\n') return text.replace(/\n/g, s.newline);
  return text;
}

function stringWrite(s: PyStringIO, text: string): void {
  const cps = [...translateIn(s, text)];
  while (s.chars.length < s.pos) s.chars.push('\0');
  for (let i = 0; i < cps.length; i++) s.chars[s.pos + i] = cps[i];
  s.pos += cps.length;
}

function stringReadline(s: PyStringIO, limit: number): string {
  const start = s.pos;
  const end = limit >= 0 ? Math.min(s.chars.length, start + limit) : s.chars.length;
  const nl = s.newline;
  let i = start;
  for (; i < end; i++) {
    const c = s.chars[i];
    if (nl === '' ? (c === '\n' || c === '\r') : nl === null || nl === '\n' ? c === '\n' : c === nl[nl.length - 1] && (nl.length === 1 || s.chars[i - 1] === '\r')) {
      if (nl === '' && c === '\r' && s.chars[i + 1] === '\n' && i + 1 < end) i++;
      i++;
      break;
    }
  }
  s.pos = i;
  return s.chars.slice(start, i).join('');
}

function installStringIO(): void {
  const t = stringIOType;
  defMethod(t, '__init__', (args, kw) => {
    const s = args[0] as PyStringIO;
    const [initial, newline] = parseArgs('StringIO', args, kw, ['initial_value', 'newline'], 0, { skip: 1 });
    if (newline !== null && newline !== None && !(newline instanceof PyStr)) {
      throw pyError(E.TypeError, `newline must be str or None, not ${typeName(newline)}`);
    }
    const nl = newline === null ? '\n' : newline === None ? null : (newline as PyStr).value;
    if (nl !== null && !['', '\n', '\r', '\r\n'].includes(nl)) throw pyError(E.ValueError, `illegal newline value: ${nl}`);
    s.newline = nl; s.chars = []; s.pos = 0; s.closed = false;
    if (initial !== null && initial !== None) {
      if (!(initial instanceof PyStr)) throw pyError(E.TypeError, `initial_value must be str or None, not ${typeName(initial)}`);
      stringWrite(s, initial.value);
      s.pos = 0;
    }
    return None;
  });
  def0(t, 'getvalue', (self) => newStr(sio(self).chars.join('')));
  defMethod(t, 'read', (args) => {
    const s = sio(args[0]);
    const n = sizeArg(args[1]);
    const end = n < 0 ? s.chars.length : Math.min(s.chars.length, s.pos + n);
    const out = s.pos < end ? s.chars.slice(s.pos, end).join('') : '';
    s.pos = Math.max(s.pos, end);
    return newStr(out);
  });
  defMethod(t, 'readline', (args) => newStr(stringReadline(sio(args[0]), sizeArg(args[1]))));
  defMethod(t, 'readlines', (args) => {
    const s = sio(args[0]);
    const hint = sizeArg(args[1]);
    const lines: PyObject[] = [];
    let total = 0;
    for (let line = stringReadline(s, -1); line !== ''; line = stringReadline(s, -1)) {
      lines.push(newStr(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  });
  def0(t, '__next__', (self) => {
    const s = sio(self);
    const line = self.cls === stringIOType ? stringReadline(s, -1) : null;
    if (line === null) {
      const r = callReadline(self);
      if (r === '') throw pyError(E.StopIteration);
      return newStr(r);
    }
    if (line === '') throw pyError(E.StopIteration);
    return newStr(line);
  });
  defMethod(t, 'write', (args) => {
    const s = sio(args[0]);
    const text = args[1];
    if (!(text instanceof PyStr)) throw pyError(E.TypeError, `string argument expected, got '${typeName(text)}'`);
    stringWrite(s, text.value);
    return newInt(text.hasAstral ? [...text.value].length : text.value.length);
  });
  defMethod(t, 'seek', (args) => {
    const s = sio(args[0]);
    const pos = indexNumber(args[1]);
    const whence = args.length > 2 ? indexNumber(args[2]) : 0;
    if (whence < 0 || whence > 2) throw pyError(E.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0 && pos < 0) throw pyError(E.ValueError, `Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw pyError(E.OSError, "Can't do nonzero cur-relative seeks");
    s.pos = whence === 0 ? pos : whence === 1 ? s.pos : s.chars.length;
    return newInt(s.pos);
  });
  def0(t, 'tell', (self) => newInt(sio(self).pos));
  defMethod(t, 'truncate', (args) => {
    const s = sio(args[0]);
    const size = args.length > 1 && args[1] !== None ? indexNumber(args[1]) : s.pos;
    if (size < 0) throw pyError(E.ValueError, `Negative size value ${size}`);
    if (size < s.chars.length) s.chars.length = size;
    return newInt(size);
  });
  def0(t, 'close', (self) => { (self as PyStringIO).closed = true; return None; });
  defGetter(t, 'closed', (self) => newBool((self as PyStringIO).closed));
  for (const name of ['readable', 'writable', 'seekable']) def0(t, name, (self) => { sio(self); return True; });
  def0(t, 'isatty', (self) => { sio(self); return False; });
  def0(t, 'flush', (self) => { sio(self); return None; });
  def0(t, 'fileno', () => { throw unsupportedError('fileno'); });
  defGetter(t, 'line_buffering', () => False);
  defGetter(t, 'encoding', () => None);
  defGetter(t, 'errors', () => None);
  defGetter(t, 'newlines', (self) => {
    const s = self as PyStringIO;
    const kinds = [];
    if (s.seen & 1) kinds.push('\r');
    if (s.seen & 2) kinds.push('\n');
    if (s.seen & 4) kinds.push('\r\n');
    return kinds.length === 0 ? None : kinds.length === 1 ? newStr(kinds[0]) : newTupleStr(kinds);
  });
}

// ---- BytesIO ----

function bytesReadline(b: PyBytesIO, limit: number): Uint8Array {
  const end = limit >= 0 ? Math.min(b.length, b.pos + limit) : b.length;
  let i = b.pos;
  while (i < end) { if (b.buf[i++] === 10) break; }
  const out = b.buf.slice(b.pos, Math.max(b.pos, i));
  b.pos = Math.max(b.pos, i);
  return out;
}

function installBytesIO(): void {
  const t = bytesIOType;
  defMethod(t, '__init__', (args, kw) => {
    const b = args[0] as PyBytesIO;
    const [initial] = parseArgs('BytesIO', args, kw, ['initial_bytes'], 0, { skip: 1 });
    b.length = 0; b.pos = 0; b.closed = false;
    if (initial !== null && initial !== None) {
      if (!(initial instanceof PyBytes)) throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(initial)}'`);
      b.reserve(initial.data.length);
      b.buf.set(initial.data);
      b.length = initial.data.length;
    }
    return None;
  });
  def0(t, 'getvalue', (self) => newBytes(bio(self).value.slice()));
  for (const name of ['read', 'read1']) {
    defMethod(t, name, (args) => {
      const b = bio(args[0]);
      const n = sizeArg(args[1]);
      const end = n < 0 ? b.length : Math.min(b.length, b.pos + n);
      const out = b.pos < end ? b.buf.slice(b.pos, end) : new Uint8Array(0);
      b.pos = Math.max(b.pos, end);
      return newBytes(out);
    });
  }
  defMethod(t, 'readline', (args) => newBytes(bytesReadline(bio(args[0]), sizeArg(args[1]))));
  defMethod(t, 'readlines', (args) => {
    const b = bio(args[0]);
    const hint = sizeArg(args[1]);
    const lines: PyObject[] = [];
    let total = 0;
    for (let line = bytesReadline(b, -1); line.length; line = bytesReadline(b, -1)) {
      lines.push(newBytes(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  });
  def0(t, '__next__', (self) => {
    const line = bytesReadline(bio(self), -1);
    if (line.length === 0) throw pyError(E.StopIteration);
    return newBytes(line);
  });
  for (const name of ['readinto', 'readinto1']) {
    defMethod(t, name, (args) => {
      const b = bio(args[0]);
      const target = args[1];
      if (!(target instanceof PyBytes) || target.cls !== bytearrayType) {
        throw pyError(E.TypeError, `readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
      }
      const n = Math.max(0, Math.min(target.data.length, b.length - b.pos));
      target.data.set(b.buf.subarray(b.pos, b.pos + n));
      b.pos += n;
      return newInt(n);
    });
  }
  defMethod(t, 'write', (args) => {
    const b = bio(args[0]);
    const data = args[1];
    if (!(data instanceof PyBytes)) throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(data)}'`);
    const d = data.data;
    b.reserve(b.pos + d.length);
    if (b.pos > b.length) b.buf.fill(0, b.length, b.pos);
    b.buf.set(d, b.pos);
    b.pos += d.length;
    b.length = Math.max(b.length, b.pos);
    return newInt(d.length);
  });
  defMethod(t, 'seek', (args) => {
    const b = bio(args[0]);
    let pos = indexNumber(args[1]);
    const whence = args.length > 2 ? indexNumber(args[2]) : 0;
    if (whence < 0 || whence > 2) throw pyError(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0 && pos < 0) throw pyError(E.ValueError, `negative seek value ${pos}`);
    if (whence === 1) pos += b.pos;
    if (whence === 2) pos += b.length;
    b.pos = Math.max(0, pos);
    return newInt(b.pos);
  });
  def0(t, 'tell', (self) => newInt(bio(self).pos));
  defMethod(t, 'truncate', (args) => {
    const b = bio(args[0]);
    const size = args.length > 1 && args[1] !== None ? indexNumber(args[1]) : b.pos;
    if (size < 0) throw pyError(E.ValueError, `negative size value ${size}`);
    if (size < b.length) b.length = size;
    return newInt(size);
  });
  def0(t, 'close', (self) => { (self as PyBytesIO).closed = true; return None; });
  defGetter(t, 'closed', (self) => newBool((self as PyBytesIO).closed));
  for (const name of ['readable', 'writable', 'seekable']) def0(t, name, (self) => { bio(self); return True; });
  def0(t, 'isatty', (self) => { bio(self); return False; });
  def0(t, 'flush', (self) => { bio(self); return None; });
  def0(t, 'fileno', () => { throw unsupportedError('fileno'); });
}

function newTupleStr(items: string[]): PyObject { return newTuple(items.map(newStr)); }
function callReadline(self: PyObject): string {
  const r = callMethod(self, 'readline');
  return r instanceof PyStr ? r.value : '';
}

let installed = false;
export function installMemoryStreams(): void {
  if (installed) return;
  installed = true;
  for (const t of [stringIOType, bytesIOType]) defStatic(t, '__new__', (args) => t.allocate!(args[0] as PyType));
  installStringIO();
  installBytesIO();
}
