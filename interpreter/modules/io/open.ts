// open() (builtins.open and io.open): CPython's mode and argument validation, opening the file
// descriptor with the flags each mode means, and stacking FileIO / Buffered* / TextIOWrapper.

import * as fs from 'node:fs';
import { PyObject } from '../../objects/object.js';
import { PyStr } from '../../objects/str.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyInt, newInt } from '../../objects/int.js';
import { None } from '../../objects/singletons.js';
import { E, pyError, excType } from '../../objects/exceptions.js';
import { truthy, typeName, indexNumber, call } from '../../vm/ops/protocols.js';
import { parseArgs, Kw } from '../../types/define.js';
import { lookupCodec } from '../../lib/codecs.js';
import { pathArg } from '../os/posix.js';
import { fsCall, makeOSError } from '../os/errors.js';
import { RawFile } from './raw.js';
import { TextStream } from './textstream.js';
import {
  PyBinaryFile, PyTextFile, fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, installFiles,
} from './files.js';

interface Mode { creating: boolean; reading: boolean; writing: boolean; appending: boolean; updating: boolean; text: boolean; binary: boolean }

function parseMode(mode: string): Mode {
  const m: Mode = { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: false };
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'xrwab+t'.includes(c) || seen.has(c)) throw pyError(E.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'x') m.creating = true;
    else if (c === 'r') m.reading = true;
    else if (c === 'w') m.writing = true;
    else if (c === 'a') m.appending = true;
    else if (c === '+') m.updating = true;
    else if (c === 't') m.text = true;
    else m.binary = true;
  }
  if (m.text && m.binary) throw pyError(E.ValueError, "can't have text and binary mode at once");
  const kinds = Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending);
  if (kinds > 1) throw pyError(E.ValueError, 'must have exactly one of create/read/write/append mode');
  if (kinds === 0) throw pyError(E.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
  return m;
}

/** FileIO's normalised mode string ('rb', 'wb', 'rb+', 'ab+', 'xb', ...). */
function rawModeString(m: Mode): string {
  if (m.creating) return m.updating ? 'xb+' : 'xb';
  if (m.appending) return m.updating ? 'ab+' : 'ab';
  if (m.writing) return m.updating ? 'rb+' : 'wb';
  return m.updating ? 'rb+' : 'rb';
}

function strOrNone(o: PyObject | null, what: string): string | null {
  if (o === null || o === None) return null;
  if (o instanceof PyStr) return o.value;
  throw pyError(E.TypeError, `open() argument '${what}' must be str or None, not ${typeName(o)}`);
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function openFile(args: PyObject[], kw: Kw): PyObject {
  installFiles();
  const [fileObj, modeObj, bufObj, encObj, errObj, nlObj, closefdObj, openerObj] = parseArgs('open', args, kw,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1);
  const file = fileObj!;
  if (modeObj !== null && !(modeObj instanceof PyStr)) {
    throw pyError(E.TypeError, `open() argument 'mode' must be str, not ${typeName(modeObj)}`);
  }
  const modeStr = modeObj === null ? 'r' : modeObj.value;
  const buffering = bufObj === null ? -1 : indexNumber(bufObj);
  const encoding = strOrNone(encObj, 'encoding');
  const errors = strOrNone(errObj, 'errors');
  const newline = strOrNone(nlObj, 'newline');
  const closefd = closefdObj === null ? true : truthy(closefdObj);
  const m = parseMode(modeStr);
  if (m.binary) {
    if (encoding !== null) throw pyError(E.ValueError, "binary mode doesn't take an encoding argument");
    if (errors !== null) throw pyError(E.ValueError, "binary mode doesn't take an errors argument");
    if (newline !== null) throw pyError(E.ValueError, "binary mode doesn't take a newline argument");
  }
  if (!m.binary && buffering === 0) throw pyError(E.ValueError, "can't have unbuffered text I/O");
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw pyError(E.ValueError, `illegal newline value: ${newline}`);
  const codec = m.binary ? null : lookupCodec(encoding ?? 'utf-8');
  if (!m.binary && codec === null) throw pyError(excType('LookupError'), `unknown encoding: ${encoding}`);

  // The file descriptor: given, from an opener, or opened here.
  let fd: number;
  const readable = m.reading || m.updating;
  const writable = !m.reading || m.updating;
  if (file instanceof PyInt) {
    fd = indexNumber(file);
    if (fd < 0) throw pyError(E.ValueError, 'negative file descriptor');
  } else {
    if (!closefd) throw pyError(E.ValueError, 'Cannot use closefd=False with file name');
    if (!(file instanceof PyStr) && !(file instanceof PyBytes) && file.cls.lookup('__fspath__') === null) {
      throw pyError(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
    }
    const path = pathArg(file, 'open') as string;
    const C = fs.constants;
    let flags = m.updating ? C.O_RDWR : m.reading ? C.O_RDONLY : C.O_WRONLY;
    if (m.writing) flags |= C.O_CREAT | C.O_TRUNC;
    if (m.appending) flags |= C.O_CREAT | C.O_APPEND;
    if (m.creating) flags |= C.O_CREAT | C.O_EXCL;
    if (openerObj !== null && openerObj !== None) {
      const r = call(openerObj, [file, newInt(flags)]);
      fd = indexNumber(r);
    } else {
      fd = fsCall(() => fs.openSync(path, flags, 0o666), file);
    }
    // Linux lets O_RDONLY open a directory; CPython's FileIO then refuses it.
    let isDir = false;
    try { isDir = fs.fstatSync(fd).isDirectory(); } catch { /* checked by later calls */ }
    if (isDir) { fs.closeSync(fd); throw makeOSError(21, file); }
  }
  const raw = new RawFile(fd, file, readable, writable, m.appending, closefd);
  const rawMode = rawModeString(m);
  const fileIO = new PyBinaryFile(fileIOType, raw, rawMode);
  if (m.binary && buffering === 0) return fileIO;
  const bufferedType = m.updating ? bufferedRandomType : readable ? bufferedReaderType : bufferedWriterType;
  const buffered = new PyBinaryFile(bufferedType, raw, rawMode, fileIO);
  if (m.binary) return buffered;
  const lineBuffering = buffering === 1 || (fd <= 2 && process.stdout.isTTY === true);
  const stream = new TextStream(raw, codec!, errors ?? 'strict', newline, lineBuffering);
  return new PyTextFile(stream, buffered, modeStr, encoding ?? 'UTF-8', errors ?? 'strict', newline);
}
