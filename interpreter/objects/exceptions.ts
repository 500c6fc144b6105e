// BaseException and CPython 3.11's builtin exception hierarchy. A Python exception is thrown as
// the PyBaseException object itself; tracebacks are PyTraceback chains (outermost frame first).

import { PyObject, PyType, makeBuiltinType, typeType, TF_BASETYPE, TF_HAS_DICT } from './object.js';
import { newStr } from './str.js';
import type { CodeObject } from '../compiler/code.js';

export const baseExceptionType = makeBuiltinType('BaseException', undefined, TF_BASETYPE | TF_HAS_DICT);
export const tracebackType = makeBuiltinType('traceback', undefined, 0);

export class PyTraceback extends PyObject {
  constructor(public code: CodeObject, public lineno: number, public lasti: number,
    public next: PyTraceback | null, public frame: PyObject | null = null) { super(tracebackType); }
}

export class PyBaseException extends PyObject {
  traceback: PyTraceback | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Attributes builtin exception types define (name, errno, filename, value, ...). */
  extra: Map<string, PyObject> | null = null;
  constructor(cls: PyType, public args: PyObject[]) { super(cls); }
  getExtra(name: string): PyObject | undefined { return this.extra?.get(name); }
  setExtra(name: string, value: PyObject): void { (this.extra ??= new Map()).set(name, value); }
}
baseExceptionType.allocate = (cls) => new PyBaseException(cls, []);

const byName = new Map<string, PyType>();
byName.set('BaseException', baseExceptionType);

function def(name: string, base: string): PyType {
  const t = new PyType(typeType, name, [byName.get(base)!], TF_BASETYPE | TF_HAS_DICT);
  byName.set(name, t);
  return t;
}

// Order matters: each base is defined before its subclasses.
const HIERARCHY: [string, string][] = [
  ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'], ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'],
  ['EOFError', 'Exception'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'], ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'], ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'], ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'], ['BytesWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];
for (const [name, base] of HIERARCHY) def(name, base);

/** Every builtin exception type by name (for the builtins module and for errors raised by name). */
export const exceptionTypes: ReadonlyMap<string, PyType> = byName;
export function excType(name: string): PyType { return byName.get(name)!; }

export const E = {
  BaseException: baseExceptionType,
  Exception: excType('Exception'),
  TypeError: excType('TypeError'),
  ValueError: excType('ValueError'),
  AttributeError: excType('AttributeError'),
  NameError: excType('NameError'),
  UnboundLocalError: excType('UnboundLocalError'),
  KeyError: excType('KeyError'),
  IndexError: excType('IndexError'),
  ZeroDivisionError: excType('ZeroDivisionError'),
  OverflowError: excType('OverflowError'),
  StopIteration: excType('StopIteration'),
  GeneratorExit: excType('GeneratorExit'),
  RuntimeError: excType('RuntimeError'),
  RecursionError: excType('RecursionError'),
  NotImplementedError: excType('NotImplementedError'),
  AssertionError: excType('AssertionError'),
  ImportError: excType('ImportError'),
  ModuleNotFoundError: excType('ModuleNotFoundError'),
  SystemExit: excType('SystemExit'),
  KeyboardInterrupt: excType('KeyboardInterrupt'),
  OSError: excType('OSError'),
  FileNotFoundError: excType('FileNotFoundError'),
  SyntaxError: excType('SyntaxError'),
  LookupError: excType('LookupError'),
  SystemError: excType('SystemError'),
  UnicodeDecodeError: excType('UnicodeDecodeError'),
  UnicodeEncodeError: excType('UnicodeEncodeError'),
  EOFError: excType('EOFError'),
  MemoryError: excType('MemoryError'),
};

/** A new exception instance of a builtin exception type with one string argument. */
export function newException(type: PyType, msg?: string): PyBaseException {
  const e = type.allocate!(type) as PyBaseException;
  e.args = msg === undefined ? [] : [newStr(msg)];
  return e;
}

/** Throws a builtin exception: `throw pyError(E.TypeError, "...")` reads as the raise it is. */
export function pyError(type: PyType, msg?: string): PyBaseException { return newException(type, msg); }
