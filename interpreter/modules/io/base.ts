// The io class hierarchy (IOBase, RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation)
// and the methods every stream shares, written against Python-level method calls so Python
// subclasses of the bases (and of StringIO/BytesIO) behave as in CPython.

import { PyObject, PyType, makeBuiltinType, typeType, objectType, TF_BASETYPE, TF_HAS_DICT } from '../../objects/object.js';
import { newStr } from '../../objects/str.js';
import { newTuple } from '../../objects/tuple.js';
import { newList } from '../../objects/list.js';
import { newDict } from '../../objects/dict.js';
import { True, False, newBool, newInt } from '../../objects/int.js';
import { PyStr } from '../../objects/str.js';
import { PyBytes, newBytes } from '../../objects/bytes.js';
import { None } from '../../objects/singletons.js';
import { E, pyError, newException, PyBaseException } from '../../objects/exceptions.js';
import { call, getIter, iterNext, truthy, lenOf, indexNumber } from '../../vm/ops/protocols.js';
import { getAttr, instanceGet, instanceSet } from '../../vm/ops/attr.js';
import { defMethod, def0, defGetter } from '../../types/define.js';

function ioType(name: string, base: PyType = objectType): PyType {
  const t = makeBuiltinType(name, base, TF_BASETYPE | TF_HAS_DICT);
  t.module = 'io';
  return t;
}

export const ioBaseType = ioType('IOBase');
export const rawIOBaseType = ioType('RawIOBase', ioBaseType);
export const bufferedIOBaseType = ioType('BufferedIOBase', ioBaseType);
export const textIOBaseType = ioType('TextIOBase', ioBaseType);

/** io.UnsupportedOperation(OSError, ValueError), made by type() so its MRO is CPython's. */
let unsupported: PyType | null = null;
export function unsupportedOperationType(): PyType {
  if (unsupported === null) {
    const ns = newDict();
    ns.setStr('__module__', newStr('io'));
    unsupported = call(typeType, [newStr('UnsupportedOperation'), newTuple([E.OSError, E.ValueError]), ns]) as PyType;
  }
  return unsupported;
}

export function unsupportedError(msg: string): PyBaseException {
  return newException(unsupportedOperationType(), msg);
}

export function closedError(period = true): PyBaseException {
  return pyError(E.ValueError, period ? 'I/O operation on closed file.' : 'I/O operation on closed file');
}

export function callMethod(obj: PyObject, name: string, args: PyObject[] = []): PyObject {
  return call(getAttr(obj, name), args);
}

function checkClosed(self: PyObject): void {
  if (truthy(getAttr(self, 'closed'))) throw closedError();
}

/** Size arguments: None or an int (negative meaning "all"). */
export function sizeArg(o: PyObject | undefined): number {
  if (o === undefined || o === None) return -1;
  return indexNumber(o);
}

let installed = false;

/** Installs the shared methods on the base classes (once). */
export function installIOBase(): void {
  if (installed) return;
  installed = true;
  const t = ioBaseType;
  def0(t, '__enter__', (self) => { checkClosed(self); return self; });
  defMethod(t, '__exit__', (args) => { callMethod(args[0], 'close'); return None; });
  def0(t, '__iter__', (self) => { checkClosed(self); return self; });
  def0(t, '__next__', (self) => {
    const line = callMethod(self, 'readline');
    if (!truthy(line)) throw pyError(E.StopIteration);
    return line;
  });
  defMethod(t, 'readlines', (args) => {
    const self = args[0];
    const hint = sizeArg(args[1]);
    const lines: PyObject[] = [];
    let total = 0;
    const it = getIter(self);
    for (let line = iterNext(it); line !== null; line = iterNext(it)) {
      lines.push(line);
      total += lenOf(line);
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  });
  defMethod(t, 'writelines', (args) => {
    const self = args[0];
    checkClosed(self);
    const it = getIter(args[1]);
    for (let line = iterNext(it); line !== null; line = iterNext(it)) callMethod(self, 'write', [line]);
    return None;
  });
  // Generic closing for Python subclasses: a flag in the instance, flush() before closing.
  def0(t, 'close', (self) => {
    if (instanceGet(self, '__IOBase_closed') !== True) {
      try { callMethod(self, 'flush'); } finally { instanceSet(self, '__IOBase_closed', True); }
    }
    return None;
  });
  defGetter(t, 'closed', (self) => newBool(instanceGet(self, '__IOBase_closed') === True));
  def0(t, 'flush', (self) => { checkClosed(self); return None; });
  for (const name of ['readable', 'writable', 'seekable', 'isatty']) def0(t, name, () => False);
  def0(t, 'fileno', () => { throw unsupportedError('fileno'); });
  defMethod(t, 'seek', () => { throw unsupportedError('seek'); });
  def0(t, 'tell', (self) => callMethod(self, 'seek', [newInt(0), newInt(1)]));
  defMethod(t, 'truncate', () => { throw unsupportedError('truncate'); });
  defMethod(t, 'readline', (args) => {
    // IOBase.readline in terms of read(1), for Python subclasses that only define read().
    const self = args[0];
    const limit = sizeArg(args[1]);
    let text = '';
    const bytes: number[] = [];
    let isBytes = false;
    for (let n = 0; limit < 0 || n < limit; n++) {
      const b = callMethod(self, 'read', [newInt(1)]);
      if (b instanceof PyBytes) {
        isBytes = true;
        if (b.data.length === 0) break;
        bytes.push(...b.data);
        if (b.data[b.data.length - 1] === 10) break;
      } else if (b instanceof PyStr) {
        if (b.value === '') break;
        text += b.value;
        if (b.value.endsWith('\n')) break;
      } else {
        throw pyError(E.OSError, `read() should have returned a bytes object, not '${b.cls.name}'`);
      }
    }
    return isBytes ? newBytes(Uint8Array.from(bytes)) : newStr(text);
  });
  for (const [type, name] of [[rawIOBaseType, 'read'], [bufferedIOBaseType, 'read'], [textIOBaseType, 'read'],
    [bufferedIOBaseType, 'write'], [textIOBaseType, 'write'], [rawIOBaseType, 'write']] as const) {
    defMethod(type, name, () => { throw unsupportedError(name); });
  }
}

