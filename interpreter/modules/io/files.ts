// File objects returned by open(): FileIO (unbuffered), BufferedReader/Writer/Random (binary)
// and TextIOWrapper (text), all over one RawFile; messages and reprs as CPython's _io.

import { PyObject, PyType, makeBuiltinType, TF_BASETYPE, TF_HAS_DICT } from '../../objects/object.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes, bytearrayType } from '../../objects/bytes.js';
import { newInt, newBool, True, False } from '../../objects/int.js';
import { newList } from '../../objects/list.js';
import { newTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { repr, typeName, indexNumber } from '../../vm/ops/protocols.js';
import { defMethod, def0, defGetter } from '../../types/define.js';
import { RawFile } from './raw.js';
import { TextStream } from './textstream.js';
import { rawIOBaseType, bufferedIOBaseType, textIOBaseType, unsupportedError, closedError, sizeArg } from './base.js';

function ioType(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, TF_BASETYPE | TF_HAS_DICT);
  t.module = '_io';
  return t;
}

export const fileIOType = ioType('FileIO', rawIOBaseType);
export const bufferedReaderType = ioType('BufferedReader', bufferedIOBaseType);
export const bufferedWriterType = ioType('BufferedWriter', bufferedIOBaseType);
export const bufferedRandomType = ioType('BufferedRandom', bufferedIOBaseType);
export const textIOWrapperType = ioType('TextIOWrapper', textIOBaseType);

/** A binary file: FileIO or one of the Buffered* classes (they share this implementation). */
export class PyBinaryFile extends PyObject {
  constructor(cls: PyType, public raw: RawFile, public rawMode: string, public rawObj: PyBinaryFile | null = null) { super(cls); }
}

export class PyTextFile extends PyObject {
  constructor(public stream: TextStream, public buffer: PyBinaryFile, public mode: string,
    public encodingName: string, public errors: string, public newline: string | null) { super(textIOWrapperType); }
}

function bin(self: PyObject): PyBinaryFile { return self as PyBinaryFile; }
function txt(self: PyObject): PyTextFile { return self as PyTextFile; }

function openRaw(self: PyObject): RawFile {
  const r = bin(self).raw;
  if (r.closed) throw closedError();
  return r;
}

function readableRaw(self: PyObject): RawFile {
  const r = openRaw(self);
  if (!r.readable) throw unsupportedError(self.cls === fileIOType ? 'File not open for reading' : 'read');
  return r;
}

function writableRaw(self: PyObject): RawFile {
  const r = openRaw(self);
  if (!r.writable) throw unsupportedError(self.cls === fileIOType ? 'File not open for writing' : 'write');
  return r;
}

function bytesOf(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
}

function whenceArg(o: PyObject | undefined): number {
  const w = o === undefined ? 0 : indexNumber(o);
  if (w < 0 || w > 2) throw pyError(E.ValueError, `invalid whence (${w}, should be 0, 1 or 2)`);
  return w;
}

function nameRepr(self: PyObject, raw: RawFile): string {
  void self;
  return raw.nameObj === None ? '' : ` name=${repr(raw.nameObj)}`;
}

function binaryLine(raw: RawFile, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const want = limit >= 0 ? Math.min(8192, limit - total) : 8192;
    if (want <= 0) break;
    const chunk = raw.readSome(want);
    if (chunk.length === 0) break;
    const nl = chunk.indexOf(10);
    if (nl >= 0) {
      parts.push(chunk.subarray(0, nl + 1));
      raw.unread(chunk.subarray(nl + 1));
      total += nl + 1;
      break;
    }
    parts.push(chunk);
    total += chunk.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function installBinary(): void {
  for (const t of [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
    defMethod(t, 'read', (args) => newBytes(readableRaw(args[0]).read(sizeArg(args[1]))));
    defMethod(t, 'read1', (args) => {
      const n = sizeArg(args[1]);
      return newBytes(readableRaw(args[0]).readSome(n < 0 ? 65536 : n));
    });
    def0(t, 'readall', (self) => newBytes(readableRaw(self).read(-1)));
    defMethod(t, 'readline', (args) => newBytes(binaryLine(readableRaw(args[0]), sizeArg(args[1]))));
    for (const name of ['readinto', 'readinto1']) {
      defMethod(t, name, (args) => {
        const target = args[1];
        if (!(target instanceof PyBytes) || target.cls !== bytearrayType) {
          throw pyError(E.TypeError, `readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
        }
        const data = readableRaw(args[0]).read(target.data.length);
        target.data.set(data);
        return newInt(data.length);
      });
    }
    defMethod(t, 'write', (args) => {
      const raw = writableRaw(args[0]);
      return newInt(raw.write(bytesOf(args[1])));
    });
    defMethod(t, 'seek', (args) => {
      const raw = openRaw(args[0]);
      return newInt(raw.seek(indexNumber(args[1]), whenceArg(args[2])));
    });
    def0(t, 'tell', (self) => newInt(openRaw(self).tell()));
    defMethod(t, 'truncate', (args) => {
      const raw = writableRaw(args[0]);
      const size = args.length > 1 && args[1] !== None ? indexNumber(args[1]) : raw.tell();
      raw.truncate(size);
      return newInt(size);
    });
    def0(t, 'flush', (self) => { openRaw(self); return None; });
    def0(t, 'close', (self) => { bin(self).raw.close(); return None; });
    defGetter(t, 'closed', (self) => newBool(bin(self).raw.closed));
    def0(t, 'fileno', (self) => {
      const r = bin(self).raw;
      if (r.closed) throw closedError(false);
      return newInt(r.fd);
    });
    def0(t, 'readable', (self) => newBool(openRaw(self).readable));
    def0(t, 'writable', (self) => newBool(openRaw(self).writable));
    def0(t, 'seekable', (self) => newBool(openRaw(self).seekable));
    def0(t, 'isatty', (self) => newBool(openRaw(self).fd <= 2 && process.stdout.isTTY === true));
    defGetter(t, 'name', (self) => bin(self).raw.nameObj);
    defGetter(t, 'mode', (self) => newStr(bin(self).rawMode));
    def0(t, '__repr__', (self) => {
      const b = bin(self);
      if (t === fileIOType) {
        if (b.raw.closed) return newStr('<_io.FileIO [closed]>');
        return newStr(`<_io.FileIO${nameRepr(self, b.raw)} mode='${b.rawMode}' closefd=${b.raw.closefd ? 'True' : 'False'}>`);
      }
      return newStr(`<_io.${t.name}${nameRepr(self, b.raw)}>`);
    });
  }
  for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
    defGetter(t, 'raw', (self) => bin(self).rawObj ?? self);
  }
  defGetter(fileIOType, 'closefd', (self) => newBool(bin(self).raw.closefd));
}

function openText(self: PyObject): PyTextFile {
  const t = txt(self);
  if (t.stream.raw.closed) throw closedError();
  return t;
}

function installText(): void {
  const t = textIOWrapperType;
  const readable = (self: PyObject) => {
    const f = openText(self);
    if (!f.stream.raw.readable) throw unsupportedError('not readable');
    return f.stream;
  };
  defMethod(t, 'read', (args) => newStr(readable(args[0]).read(sizeArg(args[1]))));
  defMethod(t, 'readline', (args) => newStr(readable(args[0]).readline(sizeArg(args[1]))));
  defMethod(t, 'readlines', (args) => {
    const s = readable(args[0]);
    const hint = sizeArg(args[1]);
    const lines: PyObject[] = [];
    let total = 0;
    for (let line = s.readline(); line !== ''; line = s.readline()) {
      lines.push(newStr(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  });
  def0(t, '__next__', (self) => {
    const line = readable(self).readline();
    if (line === '') throw pyError(E.StopIteration);
    return newStr(line);
  });
  defMethod(t, 'write', (args) => {
    const f = openText(args[0]);
    if (!f.stream.raw.writable) throw unsupportedError('not writable');
    const s = args[1];
    if (!(s instanceof PyStr)) throw pyError(E.TypeError, `write() argument must be str, not ${typeName(s)}`);
    f.stream.write(s.value);
    return newInt(s.hasAstral ? [...s.value].length : s.value.length);
  });
  defMethod(t, 'seek', (args) => {
    const f = openText(args[0]);
    const pos = indexNumber(args[1]);
    const whence = whenceArg(args[2]);
    if (!f.stream.raw.seekable) throw unsupportedError('underlying stream is not seekable');
    if (whence === 1) {
      if (pos !== 0) throw unsupportedError("can't do nonzero cur-relative seeks");
      return newInt(f.stream.tell());
    }
    if (whence === 2) {
      if (pos !== 0) throw unsupportedError("can't do nonzero end-relative seeks");
      return newInt(f.stream.seek(0, 2));
    }
    if (pos < 0) throw pyError(E.ValueError, `negative seek position ${pos}`);
    return newInt(f.stream.seek(pos, 0));
  });
  def0(t, 'tell', (self) => {
    const f = openText(self);
    if (!f.stream.raw.seekable) throw unsupportedError('underlying stream is not seekable');
    return newInt(f.stream.tell());
  });
  defMethod(t, 'truncate', (args) => {
    const f = openText(args[0]);
    if (!f.stream.raw.writable) throw unsupportedError('File not open for writing');
    const pos = f.stream.positionForTruncate();
    const size = args.length > 1 && args[1] !== None ? indexNumber(args[1]) : pos;
    f.stream.raw.truncate(size);
    return newInt(size);
  });
  def0(t, 'flush', (self) => { openText(self).stream.flushWrites(); return None; });
  def0(t, 'close', (self) => {
    const f = txt(self);
    if (f.stream.raw.closed) return None;
    try { f.stream.flushWrites(); } finally { f.stream.raw.close(); }
    return None;
  });
  defGetter(t, 'closed', (self) => newBool(txt(self).stream.raw.closed));
  def0(t, 'fileno', (self) => {
    const f = txt(self);
    if (f.stream.raw.closed) throw closedError(false);
    return newInt(f.stream.raw.fd);
  });
  def0(t, 'readable', (self) => newBool(openText(self).stream.raw.readable));
  def0(t, 'writable', (self) => newBool(openText(self).stream.raw.writable));
  def0(t, 'seekable', (self) => newBool(openText(self).stream.raw.seekable));
  def0(t, 'isatty', (self) => newBool(openText(self).stream.raw.fd <= 2 && process.stdout.isTTY === true));
  def0(t, 'detach', (self) => { const f = txt(self); f.stream.flushWrites(); return f.buffer; });
  defGetter(t, 'name', (self) => txt(self).stream.raw.nameObj);
  defGetter(t, 'mode', (self) => newStr(txt(self).mode));
  defGetter(t, 'encoding', (self) => newStr(txt(self).encodingName));
  defGetter(t, 'errors', (self) => newStr(txt(self).errors));
  defGetter(t, 'buffer', (self) => txt(self).buffer);
  defGetter(t, 'line_buffering', (self) => (txt(self).stream.lineBuffering ? True : False));
  defGetter(t, 'write_through', () => False);
  defGetter(t, 'newlines', (self) => {
    const n = txt(self).stream.newlines;
    if (n === null) return None;
    return typeof n === 'string' ? newStr(n) : newTupleOf(n);
  });
  def0(t, '__repr__', (self) => {
    const f = txt(self);
    const nameObj = f.stream.raw.nameObj;
    const name = nameObj === None ? '' : ` name=${repr(nameObj)}`;
    return newStr(`<_io.TextIOWrapper${name} mode='${f.mode}' encoding='${f.encodingName}'>`);
  });
}

function newTupleOf(items: string[]): PyObject { return newTuple(items.map(newStr)); }

let installed = false;
export function installFiles(): void {
  if (installed) return;
  installed = true;
  installBinary();
  installText();
}
