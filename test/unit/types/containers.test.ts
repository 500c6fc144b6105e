// Unit tests for the container types (list, tuple, dict, set/frozenset, range, slice) and the
// builtin iterator types, driven through the VM's protocols and compared with what CPython 3.11
// prints. Minimal int/str/float/None methods are stubbed when their installers are not loaded.

import { describe, it, expect, beforeAll } from 'vitest';
// First: the VM's protocols module pulls in the VM, whose import-time dict creation needs
// dict.ts to be evaluated after it (an import cycle that the entry point must respect).
import '../../../dist/interpreter/vm/ops/protocols.js';
import { PyObject, PyType } from '../../../dist/interpreter/objects/object.js';
import { PyInt, intType, boolType, newInt, newIntBig, True, False } from '../../../dist/interpreter/objects/int.js';
import { PyStr, strType, newStr } from '../../../dist/interpreter/objects/str.js';
import { PyFloat, floatType, newFloat } from '../../../dist/interpreter/objects/float.js';
import { newList, listType, PyList } from '../../../dist/interpreter/objects/list.js';
import { newTuple, tupleType } from '../../../dist/interpreter/objects/tuple.js';
import { newDict, dictType, PyDict } from '../../../dist/interpreter/objects/dict.js';
import { setType, frozensetType, PySet } from '../../../dist/interpreter/objects/set.js';
import { rangeType, sliceType, PySlice } from '../../../dist/interpreter/objects/range.js';
import { None, noneType, NotImplemented } from '../../../dist/interpreter/objects/singletons.js';
import { PyBaseException } from '../../../dist/interpreter/objects/exceptions.js';
import { PyBuiltinFunction } from '../../../dist/interpreter/objects/function.js';
import { PyWrapperDescriptor } from '../../../dist/interpreter/objects/descriptors.js';
import { callBound, call, repr, iterNext, getIter, pyHash, truthy, lenOf } from '../../../dist/interpreter/vm/ops/protocols.js';
import { binaryOp, compareOp, contains } from '../../../dist/interpreter/vm/ops/arith.js';
import { getItem, setItem, delItem } from '../../../dist/interpreter/vm/ops/subscript.js';
import { intHash } from '../../../dist/interpreter/lib/int.js';
import { strRepr } from '../../../dist/interpreter/lib/strrepr.js';
import { installList } from '../../../dist/interpreter/types/list.js';
import { installTuple } from '../../../dist/interpreter/types/tuple.js';
import { installDict } from '../../../dist/interpreter/types/dict.js';
import { installSet } from '../../../dist/interpreter/types/set.js';
import { installRange } from '../../../dist/interpreter/types/range.js';
import { installSlice } from '../../../dist/interpreter/types/slice.js';
import { installIterators, newCallableIter } from '../../../dist/interpreter/types/iterators.js';
import {
  installItertoolsBuiltins, enumerateType, zipType, mapType, filterType, reversedType,
} from '../../../dist/interpreter/types/itertools_builtins.js';
import { sortItems } from '../../../dist/interpreter/types/sort.js';
import { installObject } from '../../../dist/interpreter/types/object.js';
import { installType } from '../../../dist/interpreter/types/type.js';
import { installInt } from '../../../dist/interpreter/types/int.js';
import { installFloat } from '../../../dist/interpreter/types/float.js';
import { installSingletons } from '../../../dist/interpreter/types/singletons.js';
import { installStr } from '../../../dist/interpreter/types/str.js';
import { installFunctionTypes } from '../../../dist/interpreter/types/function.js';
import { installDescriptors } from '../../../dist/interpreter/types/descriptors.js';
import { installExceptions } from '../../../dist/interpreter/types/exceptions.js';

// ---- stubs for the scalar types' methods (only where their own installers are absent) ----

function stub(t: PyType, name: string, fn: (args: PyObject[]) => PyObject): void {
  if (!t.ns.has(name)) t.setAttr(name, new PyBuiltinFunction(name, (args) => fn(args), null, t));
}
const iv = (o: PyObject) => (o as PyInt).value;
function installStubs(): void {
  const num = (o: PyObject): number | bigint | null =>
    o instanceof PyInt ? o.value : o instanceof PyFloat ? o.value : null;
  const cmp = (f: (a: any, b: any) => boolean) => (args: PyObject[]) => {
    const a = num(args[0]), b = num(args[1]);
    return a === null || b === null ? NotImplemented : (f(a, b) ? True : False);
  };
  for (const t of [intType, floatType]) {
    stub(t, '__eq__', cmp((a, b) => a == b));
    stub(t, '__ne__', cmp((a, b) => a != b));
    stub(t, '__lt__', cmp((a, b) => a < b));
    stub(t, '__le__', cmp((a, b) => a <= b));
    stub(t, '__gt__', cmp((a, b) => a > b));
    stub(t, '__ge__', cmp((a, b) => a >= b));
  }
  stub(intType, '__hash__', (a) => newIntBig(intHash(iv(a[0]))));
  stub(intType, '__repr__', (a) => newStr(String(iv(a[0]))));
  stub(boolType, '__repr__', (a) => newStr(a[0] === True ? 'True' : 'False'));
  stub(floatType, '__repr__', (a) => newStr(String((a[0] as PyFloat).value)));
  stub(floatType, '__hash__', (a) => {
    const v = (a[0] as PyFloat).value;
    return Number.isInteger(v) ? newIntBig(intHash(v)) : newInt(Math.floor(v * 1000003) % 1000000007);
  });
  stub(strType, '__repr__', (a) => newStr(strRepr((a[0] as PyStr).value)));
  stub(strType, '__hash__', (a) => {
    let h = 2166136261;
    for (const c of (a[0] as PyStr).value) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
    return newInt(h);
  });
  stub(strType, '__eq__', (a) => (a[1] instanceof PyStr ? ((a[0] as PyStr).value === a[1].value ? True : False) : NotImplemented));
  stub(strType, '__lt__', (a) => (a[1] instanceof PyStr ? ((a[0] as PyStr).value < a[1].value ? True : False) : NotImplemented));
  stub(noneType, '__repr__', () => newStr('None'));
}

beforeAll(() => {
  // The colleagues' installers for the scalar types, then stubs for anything still missing.
  installObject();
  installType();
  installInt();
  installFloat();
  installSingletons();
  installStr();
  installFunctionTypes();
  installDescriptors();
  installExceptions();
  installStubs();
  installIterators();
  installList();
  installTuple();
  installDict();
  installSet();
  installRange();
  installSlice();
  installItertoolsBuiltins();
});

// ---- helpers ----

const I = (n: number | bigint) => newIntBig(n);
const S = (s: string) => newStr(s);
const L = (...xs: PyObject[]) => newList(xs);
const T = (...xs: PyObject[]) => newTuple(xs);
const ints = (...ns: number[]) => ns.map((n) => newInt(n));

/** `obj.name(*args, **kw)` through the type's method. */
function m(obj: PyObject, name: string, args: PyObject[] = [], kw: Record<string, PyObject> = {}): PyObject {
  const f = obj.cls.lookup(name);
  if (f === null) throw new Error(`no method ${obj.cls.name}.${name}`);
  const names = Object.keys(kw);
  return callBound(f, obj, [...args, ...names.map((k) => kw[k])], names.length ? names : null);
}

/** `cls(*args, **kw)`: __new__ then __init__, as type.__call__ does. */
function make(cls: PyType, args: PyObject[] = [], kw: Record<string, PyObject> = {}): PyObject {
  const names = Object.keys(kw);
  const all = [...args, ...names.map((k) => kw[k])];
  const kwn = names.length ? names : null;
  const nf = cls.lookup('__new__') as PyWrapperDescriptor;
  const obj = call(nf.callable, [cls, ...all], kwn);
  const init = obj.cls.lookup('__init__');
  if (init instanceof PyBuiltinFunction && obj.cls.isSubtypeOf(cls)) callBound(init, obj, all, kwn);
  return obj;
}

function classMethod(cls: PyType, name: string, args: PyObject[]): PyObject {
  return call((cls.lookup(name) as PyWrapperDescriptor).callable, [cls, ...args]);
}

/** "TypeName: message" of the Python exception `fn` raises. */
function err(fn: () => unknown): string {
  try { fn(); } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args[0];
      // str(KeyError(k)) is repr(k); other exceptions show their message.
      const text = a === undefined ? '' : a instanceof PyStr && e.cls.name !== 'KeyError' ? a.value : repr(a);
      return `${e.cls.name}: ${text}`;
    }
    throw e;
  }
  throw new Error('no exception');
}

function list(it: PyObject): PyObject[] {
  const i = getIter(it);
  const out: PyObject[] = [];
  for (let v = iterNext(i); v !== null; v = iterNext(i)) out.push(v);
  return out;
}
const R = (o: PyObject) => repr(o);
const setOf = (...ns: (number | PyObject)[]) =>
  make(setType, [newList(ns.map((n) => (typeof n === 'number' ? newInt(n) : n)))]) as PySet;
const h = (o: PyObject) => String(iv(m(o, '__hash__')));

// ---- list ----

describe('list', () => {
  it('constructs, reprs and compares', () => {
    expect(R(make(listType, [T(...ints(1, 2))]))).toBe('[1, 2]');
    expect(R(make(listType))).toBe('[]');
    const l = L(I(1));
    m(l, 'append', [l]);
    expect(R(l)).toBe('[1, [...]]');
    expect(truthy(compareOp(L(...ints(1, 2)), L(...ints(1, 3)), 0))).toBe(true);
    expect(truthy(compareOp(L(...ints(1, 2)), L(...ints(1, 2)), 2))).toBe(true);
    expect(truthy(compareOp(L(...ints(1, 2)), L(...ints(1)), 4))).toBe(true);
    expect(m(L(), '__eq__', [T()])).toBe(NotImplemented);
    expect(err(() => pyHash(L()))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => make(listType, [I(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => make(listType, [L(), L()]))).toBe('TypeError: list expected at most 1 argument, got 2');
  });

  it('indexes and slices', () => {
    const l = L(...ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    expect(R(getItem(l, I(-1)))).toBe('9');
    expect(R(getItem(l, new PySlice(I(1), I(8), I(3))))).toBe('[1, 4, 7]');
    expect(R(getItem(l, new PySlice(None, None, I(-2))))).toBe('[9, 7, 5, 3, 1]');
    expect(R(getItem(l, new PySlice(I(-3), None, None)))).toBe('[7, 8, 9]');
    expect(R(getItem(l, new PySlice(I(100), None, None)))).toBe('[]');
    expect(err(() => getItem(l, I(10)))).toBe('IndexError: list index out of range');
    expect(err(() => getItem(l, S('a')))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(err(() => getItem(l, new PySlice(None, None, I(0))))).toBe('ValueError: slice step cannot be zero');
    expect(R(m(l, '__getitem__', [True]))).toBe('1');
  });

  it('assigns and deletes slices', () => {
    const l = L(...ints(0, 1, 2, 3, 4));
    setItem(l, new PySlice(I(1), I(3), None), L(...ints(7, 7, 7)));
    expect(R(l)).toBe('[0, 7, 7, 7, 3, 4]');
    setItem(l, new PySlice(None, None, I(2)), L(...ints(9, 9, 9)));
    expect(R(l)).toBe('[9, 7, 9, 7, 9, 4]');
    expect(err(() => setItem(l, new PySlice(None, None, I(2)), L(...ints(1, 2)))))
      .toBe('ValueError: attempt to assign sequence of size 2 to extended slice of size 3');
    expect(err(() => setItem(l, new PySlice(None, I(1), None), I(1)))).toBe('TypeError: can only assign an iterable');
    setItem(l, new PySlice(None, None, None), l); // a[:] = a
    expect(R(l)).toBe('[9, 7, 9, 7, 9, 4]');
    delItem(l, new PySlice(None, None, I(2)));
    expect(R(l)).toBe('[7, 7, 4]');
    const k = L(...ints(0, 1, 2, 3, 4, 5, 6, 7));
    delItem(k, new PySlice(I(6), I(0), I(-3)));
    expect(R(k)).toBe('[0, 1, 2, 4, 5, 7]');
    delItem(k, I(-1));
    expect(R(k)).toBe('[0, 1, 2, 4, 5]');
    setItem(k, new PySlice(I(10), I(20), None), L(I(8)));
    expect(R(k)).toBe('[0, 1, 2, 4, 5, 8]');
    expect(err(() => delItem(k, I(6)))).toBe('IndexError: list assignment index out of range');
  });

  it('has the mutating methods with CPython errors', () => {
    const l = L();
    expect(err(() => m(l, 'pop'))).toBe('IndexError: pop from empty list');
    m(l, 'extend', [make(rangeType, [I(3)])]);
    m(l, 'insert', [I(-100), I(-1)]);
    m(l, 'insert', [I(100), I(9)]);
    expect(R(l)).toBe('[-1, 0, 1, 2, 9]');
    expect(R(m(l, 'pop', [I(1)]))).toBe('0');
    expect(err(() => m(l, 'pop', [I(10)]))).toBe('IndexError: pop index out of range');
    expect(err(() => m(l, 'remove', [I(5)]))).toBe('ValueError: list.remove(x): x not in list');
    expect(err(() => m(l, 'index', [I(3)]))).toBe('ValueError: 3 is not in list');
    expect(R(m(l, 'index', [I(9), I(-2)]))).toBe('3');
    expect(R(m(l, 'count', [I(1)]))).toBe('1');
    m(l, 'reverse');
    expect(R(l)).toBe('[9, 2, 1, -1]');
    expect(R(m(l, 'copy'))).toBe('[9, 2, 1, -1]');
    expect(err(() => m(l, 'append', [I(1), I(2)]))).toBe('TypeError: list.append() takes exactly one argument (2 given)');
    m(l, 'clear');
    expect(R(l)).toBe('[]');
  });

  it('supports + * += *= with CPython errors', () => {
    expect(R(binaryOp(L(I(1)), L(I(2)), 0))).toBe('[1, 2]');
    expect(err(() => binaryOp(L(I(1)), I(2), 0))).toBe('TypeError: can only concatenate list (not "int") to list');
    expect(R(binaryOp(L(...ints(1, 2)), I(2), 5))).toBe('[1, 2, 1, 2]');
    expect(R(binaryOp(I(2), L(I(0)), 5))).toBe('[0, 0]');
    expect(R(binaryOp(L(I(1)), I(-1), 5))).toBe('[]');
    expect(err(() => binaryOp(L(I(1)), S('a'), 5))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    const l = L(I(1));
    expect(binaryOp(l, T(I(2)), 13)).toBe(l);
    expect(R(l)).toBe('[1, 2]');
    m(l, '__imul__', [I(2)]);
    expect(R(l)).toBe('[1, 2, 1, 2]');
  });

  it('sorts stably, with key and reverse', () => {
    const l = L(...ints(5, 3, 1, 4, 1, 5, 9, 2, 6));
    m(l, 'sort');
    expect(R(l)).toBe('[1, 1, 2, 3, 4, 5, 5, 6, 9]');
    const words = L(...['bb', 'a', 'ccc', 'dd', 'e'].map(S));
    m(words, 'sort', [], { key: new PyBuiltinFunction('len', (a) => newInt((a[0] as PyStr).value.length)) });
    expect(R(words)).toBe("['a', 'e', 'bb', 'dd', 'ccc']");
    m(words, 'sort', [], { key: new PyBuiltinFunction('len', (a) => newInt((a[0] as PyStr).value.length)), reverse: True });
    expect(R(words)).toBe("['ccc', 'bb', 'dd', 'a', 'e']");
    expect(err(() => m(L(I(1), S('a')), 'sort'))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(err(() => m(L(), 'sort', [I(1)]))).toBe('TypeError: sort() takes no positional arguments');
    // Bigger random input against a JS reference sort (stable by construction).
    const xs: number[] = [];
    let seed = 12345;
    for (let i = 0; i < 5000; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; xs.push(seed % 100); }
    const pairs = xs.map((x, i) => T(I(x), I(i)));
    const keyed = pairs.slice();
    sortItems(keyed, new PyBuiltinFunction('k', (a) => getItem(a[0], I(0))), false);
    const want = pairs.slice().sort((a, b) => Number(iv(getItem(a, I(0)))) - Number(iv(getItem(b, I(0)))));
    expect(keyed.map(R)).toEqual(want.map(R));
    sortItems(keyed, new PyBuiltinFunction('k', (a) => getItem(a[0], I(0))), true);
    const wantRev = pairs.slice().sort((a, b) => Number(iv(getItem(b, I(0)))) - Number(iv(getItem(a, I(0)))));
    expect(keyed.map(R)).toEqual(wantRev.map(R));
  });

  it('sorts tuples (first-item fast path) and mixed keys', () => {
    const l = L(T(I(2), S('b')), T(I(1), S('z')), T(I(2), S('a')), T(I(1), S('a')), T(I(1)));
    m(l, 'sort');
    expect(R(l)).toBe("[(1,), (1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]");
    const mixed = L(newFloat(2.5), I(1), I(3), newFloat(-1));
    m(mixed, 'sort');
    expect(R(mixed)).toBe('[-1.0, 1, 2.5, 3]');
  });

  it('iterates with list_iterator and list_reverseiterator', () => {
    const l = L(...ints(1, 2, 3));
    const it = m(l, '__iter__');
    expect(it.cls.name).toBe('list_iterator');
    expect(R(m(it, '__length_hint__'))).toBe('3');
    expect(list(it).map(R)).toEqual(['1', '2', '3']);
    m(l, 'append', [I(4)]);
    expect(iterNext(it)).toBe(null); // exhausted for good
    expect(err(() => m(it, '__next__'))).toBe('StopIteration: ');
    expect(list(m(l, '__reversed__')).map(R)).toEqual(['4', '3', '2', '1']);
    expect(contains(l, I(4))).toBe(true);
  });

  it('works for subclasses', () => {
    const Stack = new PyType(listType.cls, 'Stack', [listType], 1);
    const s = make(Stack, [T(...ints(1, 2))]) as PyList;
    expect(s).toBeInstanceOf(PyList);
    m(s, 'append', [I(3)]);
    expect(R(s)).toBe('[1, 2, 3]');
    expect(getItem(s, new PySlice(None, None, None)).cls).toBe(listType);
  });
});

// ---- tuple ----

describe('tuple', () => {
  it('reprs and hashes as CPython', () => {
    expect(R(T(I(1)))).toBe('(1,)');
    expect(R(T())).toBe('()');
    expect(R(T(I(1), S('a')))).toBe("(1, 'a')");
    expect(h(T(...ints(1, 2)))).toBe('-3550055125485641917');
    expect(h(T())).toBe('5740354900026072187');
    expect(h(T(I(1)))).toBe('-6644214454873602895');
    expect(h(T(T(...ints(1, 2)), I(3)))).toBe('-333907151259015829');
    expect(h(T(...ints(-1, -2)))).toBe('960947337673586213');
    expect(h(T(I(2n ** 62n)))).toBe('6909455589863252355');
    expect(h(T(True, True))).toBe('8389048192121911274');
    expect(err(() => pyHash(T(L())))).toBe("TypeError: unhashable type: 'list'");
  });

  it('constructs, indexes, compares and repeats', () => {
    const t = make(tupleType, [L(...ints(1, 2, 3))]);
    expect(R(t)).toBe('(1, 2, 3)');
    expect(make(tupleType, [t])).toBe(t);
    expect(R(getItem(t, new PySlice(None, None, I(-1))))).toBe('(3, 2, 1)');
    expect(err(() => getItem(t, I(3)))).toBe('IndexError: tuple index out of range');
    expect(err(() => m(t, '__getitem__', [S('x')]))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(truthy(compareOp(T(...ints(1, 2)), T(...ints(1, 2, 0)), 0))).toBe(true);
    expect(R(binaryOp(t, T(I(4)), 0))).toBe('(1, 2, 3, 4)');
    expect(err(() => binaryOp(t, L(), 0))).toBe('TypeError: can only concatenate tuple (not "list") to tuple');
    expect(R(binaryOp(T(I(0)), I(3), 5))).toBe('(0, 0, 0)');
    expect(R(m(t, 'index', [I(3)]))).toBe('2');
    expect(err(() => m(t, 'index', [I(9)]))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(R(m(t, 'count', [I(2)]))).toBe('1');
    expect(m(t, '__iter__').cls.name).toBe('tuple_iterator');
    expect(list(t).map(R)).toEqual(['1', '2', '3']);
  });
});

// ---- dict ----

describe('dict', () => {
  it('constructs from mappings, pairs and keywords', () => {
    const d = make(dictType, [L(T(S('a'), I(1)), L(S('b'), I(2)))], { c: I(3) });
    expect(R(d)).toBe("{'a': 1, 'b': 2, 'c': 3}");
    expect(R(make(dictType, [d]))).toBe("{'a': 1, 'b': 2, 'c': 3}");
    expect(err(() => make(dictType, [L(L(I(1)))])))
      .toBe('ValueError: dictionary update sequence element #0 has length 1; 2 is required');
    expect(err(() => make(dictType, [L(I(1))])))
      .toBe('TypeError: cannot convert dictionary update sequence element #0 to a sequence');
    expect(err(() => make(dictType, [L(), L()]))).toBe('TypeError: dict expected at most 1 argument, got 2');
    const r = newDict();
    r.setItem(I(1), r);
    expect(R(r)).toBe('{1: {...}}');
  });

  it('has the methods', () => {
    const d = make(dictType, [], { a: I(1), b: I(2) }) as PyDict;
    expect(R(m(d, 'get', [S('a')]))).toBe('1');
    expect(m(d, 'get', [S('z')])).toBe(None);
    expect(R(m(d, 'get', [S('z'), I(0)]))).toBe('0');
    expect(R(m(d, 'setdefault', [S('c'), I(3)]))).toBe('3');
    expect(R(m(d, 'pop', [S('a')]))).toBe('1');
    expect(err(() => m(d, 'pop', [S('a')]))).toBe("KeyError: 'a'");
    expect(R(m(d, 'pop', [S('a'), None]))).toBe('None');
    expect(R(m(d, 'popitem'))).toBe("('c', 3)");
    m(d, 'update', [L(T(I(5), I(6)))], { x: I(7) });
    expect(R(d)).toBe("{'b': 2, 5: 6, 'x': 7}");
    expect(R(m(d, 'copy'))).toBe("{'b': 2, 5: 6, 'x': 7}");
    expect(err(() => getItem(d, S('q')))).toBe("KeyError: 'q'");
    expect(err(() => delItem(d, S('q')))).toBe("KeyError: 'q'");
    delItem(d, S('b'));
    m(d, 'clear');
    expect(err(() => m(d, 'popitem'))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(R(classMethod(dictType, 'fromkeys', [S('ab')]))).toBe("{'a': None, 'b': None}");
    expect(R(classMethod(dictType, 'fromkeys', [L(I(1)), I(0)]))).toBe('{1: 0}');
    expect(err(() => pyHash(d))).toBe("TypeError: unhashable type: 'dict'");
  });

  it('compares, merges with |, and supports __missing__', () => {
    const a = make(dictType, [], { a: I(1), b: I(2) });
    const b = make(dictType, [], { b: I(2), a: I(1) });
    expect(truthy(compareOp(a, b, 2))).toBe(true);
    expect(R(binaryOp(a, make(dictType, [], { c: I(3), a: I(0) }), 7))).toBe("{'a': 0, 'b': 2, 'c': 3}");
    expect(err(() => binaryOp(a, L(), 7))).toBe("TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    const D = new PyType(dictType.cls, 'D', [dictType], 1);
    D.setAttr('__missing__', new PyBuiltinFunction('__missing__', (args) => binaryOp(args[1], args[1], 0), null, D));
    const dd = make(D);
    expect(R(getItem(dd, S('ab')))).toBe("'abab'");
  });

  it('iterates and detects changes during iteration', () => {
    const d = make(dictType, [], { a: I(1), b: I(2) }) as PyDict;
    const it = getIter(d);
    expect(it.cls.name).toBe('dict_keyiterator');
    expect(R(iterNext(it)!)).toBe("'a'");
    d.setItem(S('c'), I(3));
    expect(err(() => iterNext(it))).toBe('RuntimeError: dictionary changed size during iteration');
    expect(list(m(d, '__reversed__')).map(R)).toEqual(["'c'", "'b'", "'a'"]);
    d.setItem(S('a'), I(10)); // changing a value is fine
    expect(list(m(d, 'items')).map(R)).toEqual(["('a', 10)", "('b', 2)", "('c', 3)"]);
  });

  it('has views with set operations', () => {
    const d = make(dictType, [], { a: I(1), b: I(2) });
    const k = m(d, 'keys');
    expect(R(k)).toBe("dict_keys(['a', 'b'])");
    expect(R(m(d, 'values'))).toBe('dict_values([1, 2])');
    expect(R(m(d, 'items'))).toBe("dict_items([('a', 1), ('b', 2)])");
    expect(lenOf(k)).toBe(2);
    expect(contains(k, S('a'))).toBe(true);
    expect(contains(m(d, 'items'), T(S('b'), I(2)))).toBe(true);
    expect(contains(m(d, 'items'), T(S('b'), I(3)))).toBe(false);
    const abc = make(setType, [L(S('b'), S('c'))]);
    expect(R(m(binaryOp(k, abc, 1) as PySet, '__len__'))).toBe('1');
    expect(list(binaryOp(k, abc, 1)).map(R)).toEqual(["'b'"]);
    expect(list(binaryOp(k, L(S('a')), 10)).map(R)).toEqual(["'b'"]);
    expect(list(binaryOp(L(S('a'), S('z')), k, 10)).map(R)).toEqual(["'z'"]);
    expect(truthy(compareOp(k, make(setType, [L(S('a'), S('b'))]), 2))).toBe(true);
    expect(truthy(compareOp(k, make(setType, [L(S('a'))]), 4))).toBe(true);
    expect(list(m(m(d, 'values'), '__reversed__')).map(R)).toEqual(['2', '1']);
    expect(truthy(m(k, 'isdisjoint', [L(S('x'))]))).toBe(true);
  });
});

// ---- set / frozenset ----

describe('set', () => {
  it('iterates in CPython table order', () => {
    expect(R(setOf(3, 1, 2))).toBe('{1, 2, 3}');
    expect(R(setOf(...Array.from({ length: 20 }, (_, i) => 20 - i))))
      .toBe('{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}');
    expect(R(setOf(-1, -2, -3, I(10n ** 20n)))).toBe('{100000000000000000000, -3, -1, -2}');
    expect(R(setOf(T(...ints(1, 2)), T(...ints(3, 4)), T(...ints(5, 6))))).toBe('{(1, 2), (3, 4), (5, 6)}');
    // set([100, 8, 16, 1, 9]); the display {100, 8, 16, 1, 9} merges a frozenset constant instead.
    expect(R(setOf(100, 8, 16, 1, 9))).toBe('{1, 100, 8, 9, 16}');
    const viaConst = make(setType) as PySet;
    m(viaConst, 'update', [make(frozensetType, [L(...ints(100, 8, 16, 1, 9))])]);
    expect(R(viaConst)).toBe('{16, 1, 100, 8, 9}');
    expect(R(make(setType, [L(...Array.from({ length: 30 }, (_, i) => I((i * 7919) % 1000)))])))
      .toBe('{0, 514, 137, 651, 271, 785, 919, 28, 542, 676, 299, 813, 433, 947, 56, 190, 704, 838, 461, 975, 595, 218, 732, 352, 866, 109, 623, 757, 380, 894}');
    expect(R(make(frozensetType, [L(I(1000000), I(7), I(2n ** 40n), I(-5))])))
      .toBe('frozenset({1000000, 1099511627776, -5, 7})');
  });

  it('reuses dummies and pops like CPython', () => {
    const s = setOf(0, 8, 16, 24);
    m(s, 'remove', [I(0)]);
    m(s, 'remove', [I(8)]);
    m(s, 'add', [I(32)]);
    m(s, 'add', [I(40)]);
    expect(R(s)).toBe('{32, 40, 16, 24}');
    const t = make(setType, [make(rangeType, [I(100)])]) as PySet;
    for (let i = 0; i < 100; i += 3) m(t, 'discard', [I(i)]);
    expect(list(t).slice(0, 10).map(R)).toEqual(['1', '2', '4', '5', '7', '8', '10', '11', '13', '14']);
    expect(R(m(t, 'pop'))).toBe('1');
    expect(R(m(t, 'pop'))).toBe('2');
    expect(err(() => m(setOf(), 'pop'))).toBe("KeyError: 'pop from an empty set'");
    expect(err(() => m(setOf(), 'remove', [I(1)]))).toBe('KeyError: 1');
  });

  it('has the operators and methods', () => {
    expect(R(binaryOp(setOf(1, 2, 3), setOf(3, 4, 5), 12))).toBe('{1, 2, 4, 5}');
    expect(R(binaryOp(setOf(1, 2, 3), setOf(2), 10))).toBe('{1, 3}');
    expect(R(binaryOp(setOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), setOf(10, 9, 3, 77), 1))).toBe('{9, 10, 3}');
    expect(R(binaryOp(setOf(5, 13, 21), setOf(29, 2), 7))).toBe('{2, 29, 21, 5, 13}');
    const a = setOf(1, 2, 3);
    expect(binaryOp(a, setOf(2, 3, 4), 14)).toBe(a);
    expect(R(a)).toBe('{2, 3}');
    expect(err(() => binaryOp(setOf(1), L(), 7))).toBe("TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    expect(R(m(setOf(1), 'union', [L(I(2)), T(I(3))]))).toBe('{1, 2, 3}');
    expect(R(m(setOf(1, 2), 'intersection', [L(I(2))]))).toBe('{2}');
    expect(R(m(setOf(1, 2), 'difference', [L(I(2))]))).toBe('{1}');
    expect(R(m(setOf(1, 2), 'symmetric_difference', [L(I(2), I(3))]))).toBe('{1, 3}');
    expect(truthy(m(setOf(1), 'issubset', [L(I(1), I(2))]))).toBe(true);
    expect(truthy(m(setOf(1, 2), 'issuperset', [L(I(1))]))).toBe(true);
    expect(truthy(m(setOf(1, 2), 'isdisjoint', [L(I(3))]))).toBe(true);
    expect(truthy(compareOp(setOf(1), setOf(1, 2), 0))).toBe(true);
    expect(truthy(compareOp(setOf(1, 2), setOf(1, 2), 0))).toBe(false);
    expect(truthy(compareOp(setOf(1, 2), make(frozensetType, [L(I(2), I(1))]), 2))).toBe(true);
    expect(R(make(setType))).toBe('set()');
    expect(R(make(frozensetType))).toBe('frozenset()');
    const s = setOf(1);
    m(s, 'update', [L(I(2)), L(I(3))]);
    m(s, 'difference_update', [L(I(1))]);
    m(s, 'symmetric_difference_update', [L(I(3), I(4))]);
    m(s, 'intersection_update', [L(I(2), I(4), I(5))]);
    expect(R(s)).toBe('{2, 4}');
    expect(R(m(s, 'copy'))).toBe('{2, 4}');
  });

  it('hashes frozensets as CPython; sets are unhashable', () => {
    expect(h(make(frozensetType))).toBe('133146708735736');
    expect(h(make(frozensetType, [L(...ints(1, 2, 3))]))).toBe('-272375401224217160');
    expect(h(make(frozensetType, [L(T(...ints(1, 2)))]))).toBe('3819360209092968377');
    expect(h(make(frozensetType, [L(make(frozensetType, [L(I(1))]))]))).toBe('5515263749738256364');
    expect(err(() => pyHash(setOf(1)))).toBe("TypeError: unhashable type: 'set'");
    // A set argument of __contains__ is looked up as a frozenset.
    const f = make(setType, [L(make(frozensetType, [L(I(1))]))]);
    expect(contains(f, setOf(1))).toBe(true);
    const fz = make(frozensetType, [L(I(1))]);
    expect(make(frozensetType, [fz])).toBe(fz);
  });

  it('keeps str and tuple members findable', () => {
    const words = Array.from({ length: 200 }, (_, i) => S(`w${i}`));
    const s = make(setType, [L(...words)]) as PySet;
    expect(lenOf(s)).toBe(200);
    for (let i = 0; i < 200; i += 2) m(s, 'remove', [S(`w${i}`)]);
    expect(lenOf(s)).toBe(100);
    expect(contains(s, S('w1'))).toBe(true);
    expect(contains(s, S('w2'))).toBe(false);
    const pairs = make(setType, [L(T(I(1), S('a')), T(I(1), S('a')), T(I(2), S('a')))]);
    expect(lenOf(pairs)).toBe(2);
    expect(contains(pairs, T(I(2), S('a')))).toBe(true);
  });

  it('detects size changes during iteration', () => {
    const s = setOf(1, 2);
    const it = getIter(s);
    iterNext(it);
    m(s, 'add', [I(3)]);
    expect(err(() => iterNext(it))).toBe('RuntimeError: Set changed size during iteration');
  });
});

// ---- range and slice ----

describe('range', () => {
  it('constructs, reprs and measures', () => {
    expect(R(make(rangeType, [I(10)]))).toBe('range(0, 10)');
    expect(R(make(rangeType, [I(0), I(10), I(2)]))).toBe('range(0, 10, 2)');
    expect(err(() => make(rangeType, [I(1), I(2), I(0)]))).toBe('ValueError: range() arg 3 must not be zero');
    expect(err(() => make(rangeType))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(err(() => make(rangeType, [newFloat(1.5)]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(lenOf(make(rangeType, [I(10), I(0), I(-3)]))).toBe(4);
    const big = make(rangeType, [I(2n ** 70n)]);
    expect(err(() => lenOf(big))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(R(getItem(big, I(-1)))).toBe('1180591620717411303423');
    expect(truthy(big)).toBe(true);
  });

  it('indexes, slices, contains, counts and hashes', () => {
    const r = make(rangeType, [I(3), I(30), I(3)]);
    expect(R(getItem(r, I(2)))).toBe('9');
    expect(R(getItem(r, I(-1)))).toBe('27');
    expect(err(() => getItem(r, I(9)))).toBe('IndexError: range object index out of range');
    expect(R(getItem(r, new PySlice(I(1), None, I(2))))).toBe('range(6, 30, 6)');
    expect(R(getItem(r, new PySlice(None, None, I(-1))))).toBe('range(27, 0, -3)');
    expect(contains(r, I(12))).toBe(true);
    expect(contains(r, I(13))).toBe(false);
    expect(contains(r, newFloat(12))).toBe(true);
    expect(R(m(r, 'index', [I(12)]))).toBe('3');
    expect(err(() => m(r, 'index', [I(13)]))).toBe('ValueError: 13 is not in range');
    expect(R(m(r, 'count', [I(12)]))).toBe('1');
    // (hash(range(0)) and hash(range(1, 2)) involve hash(None), which varies per run in 3.11.)
    expect(h(make(rangeType, [I(0)]))).toBe(h(make(rangeType, [I(5), I(5)])));
    expect(h(make(rangeType, [I(5)]))).toBe('5795932985296280846');
    expect(h(make(rangeType, [I(1), I(2)]))).toBe(h(make(rangeType, [I(1), I(5), I(7)])));
    expect(h(make(rangeType, [I(0), I(10), I(3)]))).toBe('-1816567394155750349');
    expect(truthy(compareOp(make(rangeType, [I(0)]), make(rangeType, [I(5), I(1)]), 2))).toBe(true);
  });

  it('iterates forwards and backwards, small and big', () => {
    expect(list(make(rangeType, [I(5), I(-5), I(-3)])).map(R)).toEqual(['5', '2', '-1', '-4']);
    expect(list(m(make(rangeType, [I(5), I(-5), I(-3)]), '__reversed__')).map(R)).toEqual(['-4', '-1', '2', '5']);
    const it = getIter(make(rangeType, [I(2n ** 60n), I(2n ** 60n + 3n)]));
    expect(it.cls.name).toBe('longrange_iterator');
    expect(list(it).map(R)).toEqual(['1152921504606846976', '1152921504606846977', '1152921504606846978']);
    expect(getIter(make(rangeType, [I(3)])).cls.name).toBe('range_iterator');
  });
});

describe('slice', () => {
  it('has repr, attributes and indices()', () => {
    const s = make(sliceType, [I(1), I(2)]);
    expect(R(s)).toBe('slice(1, 2, None)');
    expect(R(make(sliceType, [I(5)]))).toBe('slice(None, 5, None)');
    expect(R(m(make(sliceType, [None, None, I(-1)]), 'indices', [I(10)]))).toBe('(9, -1, -1)');
    expect(R(m(make(sliceType, [I(-100), I(100), I(3)]), 'indices', [I(10)]))).toBe('(0, 10, 3)');
    expect(err(() => m(make(sliceType, [None, None, I(0)]), 'indices', [I(1)]))).toBe('ValueError: slice step cannot be zero');
    expect(err(() => pyHash(s))).toBe("TypeError: unhashable type: 'slice'");
    expect(truthy(compareOp(s, make(sliceType, [I(1), I(2)]), 2))).toBe(true);
  });
});

// ---- builtin iterator types ----

describe('enumerate, zip, map, filter, reversed, iter(f, sentinel)', () => {
  it('enumerate', () => {
    const e = make(enumerateType, [L(S('a'), S('b'))], { start: I(5) });
    expect(e.cls.name).toBe('enumerate');
    expect(list(e).map(R)).toEqual(["(5, 'a')", "(6, 'b')"]);
    expect(err(() => make(enumerateType, [L(), S('x')]))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
  });
  it('zip', () => {
    expect(list(make(zipType, [L(...ints(1, 2, 3)), S('ab')])).map(R)).toEqual(["(1, 'a')", "(2, 'b')"]);
    expect(list(make(zipType))).toEqual([]);
    const z = make(zipType, [L(...ints(1, 2)), L(I(1))], { strict: True });
    iterNext(z);
    expect(err(() => iterNext(z))).toBe('ValueError: zip() argument 2 is shorter than argument 1');
    const z2 = make(zipType, [L(I(1)), L(I(1)), L(...ints(1, 2))], { strict: True });
    iterNext(z2);
    expect(err(() => iterNext(z2))).toBe('ValueError: zip() argument 3 is longer than arguments 1-2');
  });
  it('map and filter', () => {
    const add = new PyBuiltinFunction('add', (a) => binaryOp(a[0], a[1], 0));
    expect(list(make(mapType, [add, L(...ints(1, 2, 3)), L(...ints(10, 20))])).map(R)).toEqual(['11', '22']);
    expect(err(() => make(mapType, [add]))).toBe('TypeError: map() must have at least two arguments.');
    expect(list(make(filterType, [None, L(I(0), I(1), S(''), S('x'))])).map(R)).toEqual(['1', "'x'"]);
    const odd = new PyBuiltinFunction('odd', (a) => ((iv(a[0]) as number) % 2 ? True : False));
    expect(list(make(filterType, [odd, make(rangeType, [I(6)])])).map(R)).toEqual(['1', '3', '5']);
  });
  it('reversed', () => {
    expect(list(make(reversedType, [L(...ints(1, 2, 3))])).map(R)).toEqual(['3', '2', '1']);
    expect(make(reversedType, [T(...ints(1, 2))]).cls.name).toBe('reversed');
    expect(list(make(reversedType, [T(...ints(1, 2))])).map(R)).toEqual(['2', '1']);
    expect(err(() => make(reversedType, [I(1)]))).toBe("TypeError: 'int' object is not reversible");
    expect(err(() => make(reversedType, [setOf(1)]))).toBe("TypeError: 'set' object is not reversible");
  });
  it('callable iterator', () => {
    let n = 0;
    const f = new PyBuiltinFunction('f', () => newInt(n++));
    expect(list(newCallableIter(f, I(3))).map(R)).toEqual(['0', '1', '2']);
  });
});

describe('frozenset constants', () => {
  it('lay out like CPython 3.11 displays of constants', async () => {
    const { frozensetConstant, setUpdateFrom } = await import('../../../dist/interpreter/types/set.js');
    // {-1, -2, 3, 2**64, 2**61 - 1, 2**61} compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE.
    const f = frozensetConstant([I(-1), I(-2), I(3), I(2n ** 64n), I(2n ** 61n - 1n), I(2n ** 61n)]);
    const s = make(setType) as PySet;
    setUpdateFrom(s, f);
    expect(R(s)).toBe('{2305843009213693951, 2305843009213693952, 3, -2, 18446744073709551616, -1}');
    const t = make(setType) as PySet;
    setUpdateFrom(t, frozensetConstant(ints(100, 8, 16, 1, 9)));
    expect(R(t)).toBe('{16, 1, 100, 8, 9}');
  });
});
