// The methods of BaseException and the attributes of its special subclasses (StopIteration.value,
// SystemExit.code, KeyError's str, OSError's errno/strerror/filename, SyntaxError's location, ...).

import { PyObject, PyType } from '../objects/object.js';
import { PyBaseException, baseExceptionType, tracebackType, PyTraceback, E, excType } from '../objects/exceptions.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyInt, newInt, newBool } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { pyError } from '../objects/exceptions.js';
import { repr, str, truthy, typeName } from '../vm/ops/protocols.js';
import { getAttrOrNull, setAttr } from '../vm/ops/attr.js';
import { PyList, newList } from '../objects/list.js';
import { defMethod, def0, def1, defGetter , defStatic } from './define.js';
import { allocateInstance } from './object.js';
import { syntaxInfo } from '../vm/exceptions.js';

const exc = (o: PyObject) => o as PyBaseException;

/** Linux errno values and the OSError subclass CPython maps each to. */
const OSERROR_BY_ERRNO = new Map<number, string>([
  [1, 'PermissionError'], [13, 'PermissionError'], [2, 'FileNotFoundError'], [3, 'ProcessLookupError'],
  [4, 'InterruptedError'], [10, 'ChildProcessError'], [11, 'BlockingIOError'], [114, 'BlockingIOError'],
  [115, 'BlockingIOError'], [17, 'FileExistsError'], [20, 'NotADirectoryError'], [21, 'IsADirectoryError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'],
  [104, 'ConnectionResetError'], [111, 'ConnectionRefusedError'], [110, 'TimeoutError'],
]);

/** An attribute stored on the instance (set by __init__), defaulting to None. */
function attr(t: PyType, name: string, init?: (self: PyBaseException) => PyObject): void {
  defGetter(t, name, (o) => exc(o).getExtra(name) ?? (init ? init(exc(o)) : None),
    (o, v) => exc(o).setExtra(name, v ?? None));
}

export function installExceptions(): void {
  const b = baseExceptionType;
  defStatic(b, '__new__', (args) => {
    let cls = args[0] as PyType;
    // OSError(errno, ...) builds the subclass for that errno, as CPython does.
    if (cls === E.OSError && args.length >= 3 && args[1] instanceof PyInt) {
      const sub = OSERROR_BY_ERRNO.get(Number(args[1].value));
      if (sub) cls = excType(sub);
    }
    const e = allocateInstance(cls) as PyBaseException;
    e.args = args.slice(1);
    return e;
  });
  defMethod(b, '__init__', (args) => { exc(args[0]).args = args.slice(1); return None; });
  def0(b, '__repr__', (self) => {
    const a = exc(self).args;
    const inner = a.length === 1 ? repr(a[0]) : a.length === 0 ? '' : repr(newTuple(a)).slice(1, -1).replace(/,$/, '');
    return newStr(`${self.cls.name}(${inner})`);
  });
  def0(b, '__str__', (self) => {
    const a = exc(self).args;
    return newStr(a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(newTuple(a)));
  });
  defGetter(b, 'args', (o) => newTuple(exc(o).args), (o, v) => { exc(o).args = v instanceof PyTuple ? v.items.slice() : [v!]; });
  defGetter(b, '__traceback__', (o) => exc(o).traceback ?? None, (o, v) => {
    exc(o).traceback = v === None || v === null ? null : v as PyTraceback;
  });
  defGetter(b, '__cause__', (o) => exc(o).cause ?? None, (o, v) => {
    if (v !== None && v !== null && !(v instanceof PyBaseException)) throw pyError(E.TypeError, 'exception cause must be None or derive from BaseException');
    exc(o).cause = v === None || v === null ? null : v as PyBaseException; exc(o).suppressContext = true;
  });
  defGetter(b, '__context__', (o) => exc(o).context ?? None, (o, v) => {
    exc(o).context = v === None || v === null ? null : v as PyBaseException;
  });
  defGetter(b, '__suppress_context__', (o) => newBool(exc(o).suppressContext), (o, v) => { exc(o).suppressContext = v !== null && truthy(v); });
  def1(b, 'with_traceback', (self, tb) => { exc(self).traceback = tb === None ? null : tb as PyTraceback; return self; });
  def1(b, 'add_note', (self, note) => {
    if (!(note instanceof PyStr)) throw pyError(E.TypeError, `note must be a str, not '${typeName(note)}'`);
    let notes = getAttrOrNull(self, '__notes__');
    if (notes === null) { notes = newList([]); setAttr(self, '__notes__', notes); }
    if (!(notes instanceof PyList)) throw pyError(E.TypeError, 'Cannot add note: __notes__ is not a list');
    notes.items.push(note);
    return None;
  });
  def0(b, '__reduce__', (self) => newTuple([self.cls, newTuple(exc(self).args)]));

  attr(E.StopIteration, 'value', (e) => e.args[0] ?? None);
  defMethod(E.StopIteration, '__init__', (args) => { exc(args[0]).args = args.slice(1); exc(args[0]).setExtra('value', args[1] ?? None); return None; });
  attr(E.SystemExit, 'code', (e) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args)));
  def0(E.KeyError, '__str__', (self) => {
    const a = exc(self).args;
    return newStr(a.length === 1 ? repr(a[0]) : a.length === 0 ? '' : repr(newTuple(a)));
  });
  for (const name of ['name', 'path']) attr(E.ImportError, name);
  defMethod(E.ImportError, '__init__', (args, kw) => {
    const nkw = kw?.length ?? 0;
    exc(args[0]).args = args.slice(1, args.length - nkw);
    for (let i = 0; i < nkw; i++) exc(args[0]).setExtra(kw![i], args[args.length - nkw + i]);
    return None;
  });
  attr(E.ImportError, 'msg', (e) => e.args[0] ?? None);
  attr(E.NameError, 'name');
  attr(E.AttributeError, 'name');
  attr(E.AttributeError, 'obj');

  const os = E.OSError;
  defMethod(os, '__init__', (args) => {
    const self = args[0];
    const a = args.slice(1);
    exc(self).args = a;
    if (a.length >= 2 && a.length <= 5) {
      exc(self).setExtra('errno', a[0]);
      exc(self).setExtra('strerror', a[1]);
      if (a.length >= 3) exc(self).setExtra('filename', a[2]);
      if (a.length >= 5) exc(self).setExtra('filename2', a[4]);
      exc(self).args = a.slice(0, 2);
    }
    return None;
  });
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) attr(os, n);
  def0(os, '__str__', (self) => {
    const errno = exc(self).getExtra('errno'), strerror = exc(self).getExtra('strerror');
    const fn = exc(self).getExtra('filename'), fn2 = exc(self).getExtra('filename2');
    if (errno !== undefined && strerror !== undefined) {
      if (fn !== undefined && fn !== None) {
        if (fn2 !== undefined && fn2 !== None) return newStr(`[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`);
        return newStr(`[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`);
      }
      return newStr(`[Errno ${str(errno)}] ${str(strerror)}`);
    }
    const a = exc(self).args;
    return newStr(a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(newTuple(a)));
  });

  const se = E.SyntaxError;
  const detail = (e: PyBaseException, i: number): PyObject => {
    const d = e.args[1];
    return d instanceof PyTuple && d.items.length > i ? d.items[i] : None;
  };
  attr(se, 'msg', (e) => e.args[0] ?? None);
  attr(se, 'filename', (e) => detail(e, 0));
  attr(se, 'lineno', (e) => detail(e, 1));
  attr(se, 'offset', (e) => detail(e, 2));
  attr(se, 'text', (e) => detail(e, 3));
  attr(se, 'end_lineno', (e) => detail(e, 4));
  attr(se, 'end_offset', (e) => detail(e, 5));
  attr(se, 'print_file_and_line');
  def0(se, '__str__', (self) => {
    const e = exc(self);
    const msg = e.args[0] ? str(e.args[0]) : '';
    const info = syntaxInfo.get(e);
    const file = info ? info.filename : detail(e, 0) instanceof PyStr ? (detail(e, 0) as PyStr).value : null;
    const line = info ? info.lineno : detail(e, 1) instanceof PyInt ? Number((detail(e, 1) as PyInt).value) : null;
    const base = file ? file.split('/').pop() : null;
    if (base && line !== null) return newStr(`${msg} (${base}, line ${line})`);
    if (line !== null) return newStr(`${msg} (line ${line})`);
    return newStr(msg);
  });

  ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => {
    attr(E.UnicodeDecodeError, n, (e) => e.args[i] ?? None);
    attr(E.UnicodeEncodeError, n, (e) => e.args[i] ?? None);
  });
  const ude = (name: 'UnicodeDecodeError' | 'UnicodeEncodeError') => {
    const t = excType(name);
    defMethod(t, '__init__', (args) => {
      const self = args[0];
      exc(self).args = args.slice(1);
      ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => { if (args[i + 1]) exc(self).setExtra(n, args[i + 1]); });
      return None;
    });
    def0(t, '__str__', (self) => {
      const a = exc(self).args;
      if (a.length !== 5) return newStr(a.length ? str(a[0]) : '');
      const [enc, obj, start, end, reason] = a;
      const s = Number((start as PyInt).value), en = Number((end as PyInt).value);
      const verb = name === 'UnicodeDecodeError' ? 'decode' : 'encode';
      const what = name === 'UnicodeDecodeError' ? 'byte' : 'character';
      const unit = (i: number) => {
        const d = (obj as unknown as { data?: Uint8Array }).data;
        if (d) return '0x' + d[i].toString(16).padStart(2, '0');
        const cp = (obj as PyStr).value.codePointAt(i)!;
        return "'" + (cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0')) + "'";
      };
      if (en - s === 1) return newStr(`'${str(enc)}' codec can't ${verb} ${what} ${unit(s)} in position ${s}: ${str(reason)}`);
      return newStr(`'${str(enc)}' codec can't ${verb} ${what}s in position ${s}-${en - 1}: ${str(reason)}`);
    });
  };
  ude('UnicodeDecodeError'); ude('UnicodeEncodeError');

  const tb = tracebackType;
  defGetter(tb, 'tb_next', (o) => (o as PyTraceback).next ?? None);
  defGetter(tb, 'tb_lineno', (o) => newInt((o as PyTraceback).lineno));
  defGetter(tb, 'tb_lasti', (o) => newInt((o as PyTraceback).lasti * 2));
  defGetter(tb, 'tb_frame', (o) => (o as PyTraceback).frame ?? None);
}
