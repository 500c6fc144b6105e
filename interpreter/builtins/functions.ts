// The builtin functions (print, len, isinstance, min/max, sorted, getattr, ...), each a thin layer
// over the VM's protocols with CPython's argument handling and messages.

import { PyObject, PyType, typeType } from '../objects/object.js';
import { PyInt, newInt, newIntBig, newBool, True, False, intType } from '../objects/int.js';
import { PyFloat, floatType, newFloat } from '../objects/float.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { PyDict } from '../objects/dict.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import {
  call, callSpecial, truthy, repr, str, idOf, lenOf, getIter, iterNext, toArray, typeName,
  isinstanceOf, indexValue,
} from '../vm/ops/protocols.js';
import { getAttr, setAttr, delAttr, getAttrDefault, strName } from '../vm/ops/attr.js';
import { binaryOp, compareOp } from '../vm/ops/arith.js';
import { formatValue, asciiOf } from '../vm/ops/format.js';
import { BinaryOp, CompareOp } from '../compiler/opcodes.js';
import { intToPrefixedString, intAbs } from '../lib/int.js';
import { parseArgs } from '../types/define.js';
import { dirOf } from '../types/dir.js';
import { writeStdout, flushStdout } from '../vm/stdio.js';
import { ts } from '../vm/state.js';
import { sortItems } from '../types/sort.js';
import { readLine } from '../vm/stdin.js';
import { stdoutObject } from '../modules/sys.js';
import { hashExact } from '../objects/set.js';
import { getSysAttr } from '../modules/sys.js';

type Fn = (args: PyObject[], kw: readonly string[] | null) => PyObject;
export const builtinFunctions: [string, Fn][] = [];
function def(name: string, fn: Fn): void { builtinFunctions.push([name, fn]); }

function exactly(name: string, args: PyObject[], kw: readonly string[] | null, n: number): void {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw pyError(E.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    throw pyError(E.TypeError, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

// ---- I/O ----

def('print', (args, kw) => {
  const nkw = kw?.length ?? 0;
  const n = args.length - nkw;
  let sep = ' ', end = '\n', file: PyObject = None, flush = false;
  for (let i = 0; i < nkw; i++) {
    const v = args[n + i];
    switch (kw![i]) {
      case 'sep': if (v !== None) { if (!(v instanceof PyStr)) throw pyError(E.TypeError, `sep must be None or a string, not ${typeName(v)}`); sep = v.value; } break;
      case 'end': if (v !== None) { if (!(v instanceof PyStr)) throw pyError(E.TypeError, `end must be None or a string, not ${typeName(v)}`); end = v.value; } break;
      case 'file': file = v; break;
      case 'flush': flush = truthy(v); break;
      default: throw pyError(E.TypeError, `'${kw![i]}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) file = getSysAttr('stdout') ?? None;
  if (file === None) return None;
  if (file === stdoutObject()) {
    let out = '';
    for (let i = 0; i < n; i++) {
      if (i) out += sep;
      out += str(args[i]);
    }
    writeStdout(out + end);
    if (flush) flushStdout();
  } else {
    // Other files see one write per piece, as CPython's print does.
    const write = getAttr(file, 'write');
    for (let i = 0; i < n; i++) {
      if (i) call(write, [newStr(sep)]);
      call(write, [newStr(str(args[i]))]);
    }
    call(write, [newStr(end)]);
    if (flush) call(getAttr(file, 'flush'), []);
  }
  return None;
});

def('input', (args) => {
  if (args.length > 1) throw pyError(E.TypeError, `input expected at most 1 argument, got ${args.length}`);
  if (args.length) writeStdout(str(args[0]));
  flushStdout();
  const line = readLine();
  if (line === null) throw pyError(E.EOFError, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
});

// ---- object protocol ----

def('len', (args, kw) => { exactly('len', args, kw, 1); return newInt(lenOf(args[0])); });
def('repr', (args, kw) => { exactly('repr', args, kw, 1); return newStr(repr(args[0])); });
def('ascii', (args, kw) => { exactly('ascii', args, kw, 1); return newStr(asciiOf(args[0])); });
def('hash', (args, kw) => { exactly('hash', args, kw, 1); return newIntBig(hashExact(args[0])); });
def('id', (args, kw) => { exactly('id', args, kw, 1); return newInt(idOf(args[0])); });
def('callable', (args, kw) => { exactly('callable', args, kw, 1); return newBool(isCallable(args[0])); });
def('format', (args, kw) => {
  const [v, spec] = parseArgs('format', args, kw, ['value', 'format_spec'], 1, { posOnly: 2 });
  return formatValue(v!, spec === null ? '' : strName(spec, 'format_spec'));
});

export function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod ||
    o instanceof PyType || o.cls.lookup('__call__') !== null;
}

def('getattr', (args) => {
  if (args.length < 2 || args.length > 3) throw pyError(E.TypeError, `getattr expected at least 2 arguments, got ${args.length}`);
  const name = strName(args[1]);
  if (args.length === 3) return getAttrDefault(args[0], name, args[2])!;
  return getAttr(args[0], name);
});
def('setattr', (args, kw) => { exactly('setattr', args, kw, 3); setAttr(args[0], strName(args[1]), args[2]); return None; });
def('delattr', (args, kw) => { exactly('delattr', args, kw, 2); delAttr(args[0], strName(args[1])); return None; });
def('hasattr', (args, kw) => {
  exactly('hasattr', args, kw, 2);
  return newBool(getAttrDefault(args[0], strName(args[1]), null) !== null);
});
def('vars', (args) => {
  if (args.length === 0) return currentLocals();
  const o = args[0];
  if (o instanceof PyModule) return o.ns;
  try { return getAttr(o, '__dict__'); } catch (e) {
    if (e instanceof PyBaseException && isinstanceOf(e, E.AttributeError)) {
      throw pyError(E.TypeError, 'vars() argument must have __dict__ attribute');
    }
    throw e;
  }
});
def('dir', (args) => {
  if (args.length === 0) {
    const l = currentLocals();
    return newList([...(l as PyDict).table.entries()].map(([k]) => k).sort((a, b) => cmpStr(a, b)));
  }
  const o = args[0];
  const m = o.cls.lookup('__dir__');
  const names = m !== null && !(o instanceof PyType) ? toArray(call(getAttr(o, '__dir__'), [])).map((s) => (s as PyStr).value) : dirOf(o);
  return newList([...new Set(names)].sort().map(newStr));
});
function cmpStr(a: PyObject, b: PyObject): number { const x = (a as PyStr).value, y = (b as PyStr).value; return x < y ? -1 : x > y ? 1 : 0; }

def('globals', () => ts.frame!.globals);
def('locals', () => currentLocals());
function currentLocals(): PyObject { return ts.frame!.localsAsDict(); }

def('isinstance', (args, kw) => { exactly('isinstance', args, kw, 2); return newBool(isInstance(args[0], args[1])); });
def('issubclass', (args, kw) => { exactly('issubclass', args, kw, 2); return newBool(isSubclass(args[0], args[1])); });

export function isInstance(o: PyObject, t: PyObject): boolean {
  if (t instanceof PyType) {
    if (o.cls === t || o.cls.isSubtypeOf(t)) return true;
    if (t.cls === typeType) return false;
    const check = t.cls.lookup('__instancecheck__');
    if (check !== null) return truthy(call(getAttr(t, '__instancecheck__'), [o]));
    return false;
  }
  if (t instanceof PyTuple) return t.items.some((x) => isInstance(o, x));
  const check = t.cls.lookup('__instancecheck__');
  if (check !== null) return truthy(call(getAttr(t, '__instancecheck__'), [o]));
  throw pyError(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function isSubclass(c: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isSubclass(c, x));
  if (t instanceof PyType && t.cls !== typeType) {
    const check = t.cls.lookup('__subclasscheck__');
    if (check !== null) return truthy(call(getAttr(t, '__subclasscheck__'), [c]));
  }
  if (!(c instanceof PyType)) throw pyError(E.TypeError, 'issubclass() arg 1 must be a class');
  if (!(t instanceof PyType)) throw pyError(E.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return c.isSubtypeOf(t);
}

// ---- iteration ----

def('iter', (args) => {
  if (args.length === 1) return getIter(args[0]);
  if (args.length === 2) return callableIterator(args[0], args[1]);
  throw pyError(E.TypeError, `iter expected at most 2 arguments, got ${args.length}`);
});
def('next', (args) => {
  if (args.length < 1 || args.length > 2) throw pyError(E.TypeError, `next expected at least 1 argument, got ${args.length}`);
  const it = args[0];
  if (it.cls.lookup('__next__') === null) throw pyError(E.TypeError, `'${typeName(it)}' object is not an iterator`);
  if (args.length === 1) return call(getAttr(it, '__next__'), []);
  const v = iterNext(it);
  return v === null ? args[1] : v;
});
let callableIterator: (f: PyObject, sentinel: PyObject) => PyObject = () => { throw pyError(E.TypeError, 'iter(callable, sentinel) unavailable'); };
export function setCallableIterator(f: typeof callableIterator): void { callableIterator = f; }

def('sorted', (args, kw) => {
  if (args.length - (kw?.length ?? 0) !== 1) throw pyError(E.TypeError, `sorted expected 1 argument, got ${args.length - (kw?.length ?? 0)}`);
  const [iterable, key, reverse] = parseArgs('sorted', args, kw, ['iterable', 'key', 'reverse'], 1, { posOnly: 1, kwOnlyFrom: 1 });
  const items = toArray(iterable!);
  sortItems(items, key === null || key === None ? null : key, reverse !== null && truthy(reverse));
  return newList(items);
});

def('sum', (args, kw) => {
  const [iterable, start] = parseArgs('sum', args, kw, ['iterable', 'start'], 1, { posOnly: 1 });
  let acc: PyObject = start ?? newInt(0);
  if (acc instanceof PyStr) throw pyError(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc.cls.name === 'bytes') throw pyError(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  const it = getIter(iterable!);
  // CPython's fast paths: exact small ints summed as numbers while the total stays exact, floats
  // (and small ints among them) as doubles; anything else continues through binaryOp from there
  let v = iterNext(it);
  if (acc.cls === intType && typeof (acc as PyInt).value === 'number') {
    let total = (acc as PyInt).value as number;
    for (; v !== null; v = iterNext(it)) {
      const x = (v as PyInt).value;
      if (v.cls !== intType || typeof x !== 'number') break;
      const t = total + x;
      if (!Number.isSafeInteger(t)) break;
      total = t;
    }
    acc = newInt(total);
    if (v !== null && v.cls === floatType) { acc = binaryOp(acc, v, BinaryOp.ADD); v = iterNext(it); }
  }
  if (acc.cls === floatType) {
    let total = (acc as PyFloat).value;
    for (; v !== null; v = iterNext(it)) {
      if (v.cls === floatType) total += (v as PyFloat).value;
      else if (v.cls === intType && typeof (v as PyInt).value === 'number') total += (v as PyInt).value as number;
      else break;
    }
    acc = newFloat(total);
  }
  for (; v !== null; v = iterNext(it)) acc = binaryOp(acc, v, BinaryOp.ADD);
  return acc;
});

function minmax(name: 'min' | 'max', args: PyObject[], kw: readonly string[] | null): PyObject {
  const nkw = kw?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  let key: PyObject | null = null, dflt: PyObject | null = null;
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'key') key = args[pos.length + i];
    else if (kw![i] === 'default') dflt = args[pos.length + i];
    else throw pyError(E.TypeError, `${name}() got an unexpected keyword argument '${kw![i]}'`);
  }
  if (key === None) key = null;
  if (pos.length === 0) throw pyError(E.TypeError, `${name} expected at least 1 argument, got 0`);
  let items: PyObject[];
  if (pos.length === 1) items = toArray(pos[0]);
  else {
    if (dflt !== null) throw pyError(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos;
  }
  if (items.length === 0) {
    if (dflt !== null) return dflt;
    throw pyError(E.ValueError, `${name}() arg is an empty sequence`);
  }
  const op = name === 'min' ? CompareOp.LT : CompareOp.GT;
  let best = items[0];
  let bestKey = key ? call(key, [best]) : best;
  for (let i = 1; i < items.length; i++) {
    const k = key ? call(key, [items[i]]) : items[i];
    if (truthy(compareOp(k, bestKey, op))) { best = items[i]; bestKey = k; }
  }
  return best;
}
def('min', (args, kw) => minmax('min', args, kw));
def('max', (args, kw) => minmax('max', args, kw));

def('any', (args, kw) => {
  exactly('any', args, kw, 1);
  const it = getIter(args[0]);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) if (truthy(v)) return True;
  return False;
});
def('all', (args, kw) => {
  exactly('all', args, kw, 1);
  const it = getIter(args[0]);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) if (!truthy(v)) return False;
  return True;
});

// ---- numbers ----

def('abs', (args, kw) => {
  exactly('abs', args, kw, 1);
  const o = args[0];
  if (o.cls === intType) return newIntBig(intAbs((o as PyInt).value));
  const r = callSpecial(o, '__abs__', []);
  if (r === null) throw pyError(E.TypeError, `bad operand type for abs(): '${typeName(o)}'`);
  return r;
});
def('round', (args, kw) => {
  const [num, nd] = parseArgs('round', args, kw, ['number', 'ndigits'], 1);
  const m = num!.cls.lookup('__round__');
  if (m === null) throw pyError(E.TypeError, `type ${typeName(num!)} doesn't define __round__ method`);
  return nd === null || nd === None ? callSpecial(num!, '__round__', [])! : callSpecial(num!, '__round__', [nd])!;
});
def('divmod', (args, kw) => {
  exactly('divmod', args, kw, 2);
  const [a, b] = args;
  let r = callSpecial(a, '__divmod__', [b]);
  if (r === null || r === NotImplemented) r = a.cls !== b.cls ? callSpecial(b, '__rdivmod__', [a]) : null;
  if (r === null || r === NotImplemented) throw pyError(E.TypeError, `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  return r;
});
def('pow', (args, kw) => {
  const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
  if (mod === null || mod === None) return binaryOp(base!, exp!, BinaryOp.POWER);
  // Ternary pow tries base.__pow__ then exp.__rpow__, as CPython's ternary_op does.
  let r = callSpecial(base!, '__pow__', [exp!, mod]);
  if ((r === null || r === NotImplemented) && exp!.cls !== base!.cls) r = callSpecial(exp!, '__rpow__', [base!, mod]);
  if (r === null || r === NotImplemented) throw pyError(E.TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(base!)}', '${typeName(exp!)}', '${typeName(mod)}'`);
  return r;
});
const prefixed = (name: string, base: 2 | 8 | 16) => def(name, (args, kw) => {
  exactly(name, args, kw, 1);
  return newStr(intToPrefixedString(indexValue(args[0]), base));
});
prefixed('bin', 2); prefixed('oct', 8); prefixed('hex', 16);
def('chr', (args, kw) => {
  exactly('chr', args, kw, 1);
  if (args[0] instanceof PyFloat) throw pyError(E.TypeError, "'float' object cannot be interpreted as an integer");
  const v = indexValue(args[0]);
  if (typeof v === 'bigint') throw pyError(E.OverflowError, 'Python int too large to convert to C int');
  if (v < 0 || v > 0x10ffff) throw pyError(E.ValueError, 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(v));
});
def('ord', (args, kw) => {
  exactly('ord', args, kw, 1);
  const o = args[0];
  if (o instanceof PyStr) {
    const s = o.value;
    const n = [...s].length;
    if (n !== 1) throw pyError(E.TypeError, `ord() expected a character, but string of length ${n} found`);
    return newInt(s.codePointAt(0)!);
  }
  const data = (o as { data?: Uint8Array }).data;
  if (data instanceof Uint8Array) {
    if (data.length !== 1) throw pyError(E.TypeError, `ord() expected a character, but string of length ${data.length} found`);
    return newInt(data[0]);
  }
  throw pyError(E.TypeError, `ord() expected string of length 1, but ${typeName(o)} found`);
});

def('__build_class__', (args, kw) => buildClassRef(args, kw));
let buildClassRef: Fn = () => None;
export function setBuildClass(f: Fn): void { buildClassRef = f; }
