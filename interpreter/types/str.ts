// The `str` type: construction, the special methods (repr, hash, comparisons, len, indexing and
// slicing by code point, `in`, +, *, %, format) and the registration of the named methods, which
// live in str_methods.ts (search, split, strip, padding), str_case.ts (case mapping, is*(),
// translate), str_codec.ts (encode) and strformat.ts (str.format, % formatting).

import { PyObject, PyType } from '../objects/object.js';
import { PyStr, strType, newStr } from '../objects/str.js';
import { PyInt, newInt, newBool } from '../objects/int.js';
import { PySlice } from '../objects/range.js';
import { newTuple } from '../objects/tuple.js';
import { NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { callBound, indexValue, str as strOf, typeName } from '../vm/ops/protocols.js';
import { strRepr } from '../lib/strrepr.js';
import { defStatic, def0 } from './define.js';
import {
  cpLen, cpOffsets, compareStrings, strHash, optionalArgs, defPos,
} from './str_util.js';
import { newStrIterator, installStrIterators } from './str_iter.js';
import { sliceIndices } from './slice.js';
import { installStrMethods } from './str_methods.js';
import { installStrCase } from './str_case.js';
import { installStrCodec, decodeArgs } from './str_codec.js';
import { installStrFormat, strPercent } from './strformat.js';
import { formatStr } from '../lib/formatspec.js';

/** An exact str result for a method of `self`: a str subclass instance becomes a plain str. */
export function exact(self: PyStr, s: string): PyStr {
  return s === self.value && self.cls === strType ? self : newStr(s);
}

export function installStr(): void {
  const t = strType;
  installStrIterators();

  defStatic(t, '__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(E.TypeError, 'str.__new__(X): X is not a type object');
    if (!cls.isSubtypeOf(strType)) throw pyError(E.TypeError, `str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
    const [obj, encoding, errors] = optionalArgs('str', args, kw, ['object', 'encoding', 'errors']);
    let s: string;
    if (obj === null) s = '';
    else if (encoding === null && errors === null) s = strOf(obj);
    else s = decodeArgs(obj, encoding, errors);
    return cls === strType ? newStr(s) : new PyStr(cls, s);
  });

  def0(t, '__repr__', (self) => newStr(strRepr((self as PyStr).value)));
  def0(t, '__str__', (self) => (self.cls === strType ? self : newStr((self as PyStr).value)));
  def0(t, '__hash__', (self) => newInt(strHash((self as PyStr).value)));
  def0(t, '__len__', (self) => newInt(cpLen(self as PyStr)));
  def0(t, '__iter__', (self) => newStrIterator(self as PyStr));
  def0(t, '__getnewargs__', (self) => newTuple([newStr((self as PyStr).value)]));

  defPos(t, '__eq__', 1, 1, 'exact', (self, [o]) =>
    (o instanceof PyStr ? newBool((self as PyStr).value === o.value) : NotImplemented));
  defPos(t, '__ne__', 1, 1, 'exact', (self, [o]) =>
    (o instanceof PyStr ? newBool((self as PyStr).value !== o.value) : NotImplemented));
  const cmp = (name: string, test: (c: number) => boolean) =>
    defPos(t, name, 1, 1, 'exact', (self, [o]) =>
      (o instanceof PyStr ? newBool(test(compareStrings((self as PyStr).value, o.value))) : NotImplemented));
  cmp('__lt__', (c) => c < 0);
  cmp('__le__', (c) => c <= 0);
  cmp('__gt__', (c) => c > 0);
  cmp('__ge__', (c) => c >= 0);

  defPos(t, '__getitem__', 1, 1, 'exact', (self, [key]) => strGetItem(self as PyStr, key));

  defPos(t, '__contains__', 1, 1, 'exact', (self, [o]) => {
    if (!(o instanceof PyStr)) {
      throw pyError(E.TypeError, `'in <string>' requires string as left operand, not ${typeName(o)}`);
    }
    return newBool((self as PyStr).value.includes(o.value));
  });

  defPos(t, '__add__', 1, 1, 'exact', (self, [o]) => {
    if (o instanceof PyStr) return newStr((self as PyStr).value + o.value);
    // str has no nb_add in CPython: concatenation comes after the right operand's __radd__.
    const radd = o.cls.lookup('__radd__');
    if (radd !== null) {
      const r = callBound(radd, o, [self]);
      if (r !== NotImplemented) return r;
    }
    throw pyError(E.TypeError, `can only concatenate str (not "${typeName(o)}") to str`);
  });

  const mul = (self: PyObject, o: PyObject, reflected: boolean): PyObject => {
    if (!(o instanceof PyInt) && o.cls.lookup('__index__') === null) {
      if (!reflected) {
        const rmul = o.cls.lookup('__rmul__');
        if (rmul !== null) {
          const r = callBound(rmul, o, [self]);
          if (r !== NotImplemented) return r;
        }
      }
      throw pyError(E.TypeError, `can't multiply sequence by non-int of type '${typeName(o)}'`);
    }
    return newStr(repeat((self as PyStr).value, indexValue(o)));
  };
  defPos(t, '__mul__', 1, 1, 'exact', (self, [o]) => mul(self, o, false));
  defPos(t, '__rmul__', 1, 1, 'exact', (self, [o]) => mul(self, o, true));

  defPos(t, '__mod__', 1, 1, 'exact', (self, [o]) => newStr(strPercent((self as PyStr).value, o)));
  defPos(t, '__rmod__', 1, 1, 'exact', () => NotImplemented);

  defPos(t, '__format__', 1, 1, 'exact', (self, [spec]) => {
    if (!(spec instanceof PyStr)) {
      throw pyError(E.TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    }
    if (spec.value === '') return exact(self as PyStr, (self as PyStr).value);
    return newStr(formatStr((self as PyStr).value, spec.value));
  });

  defPos(t, '__sizeof__', 0, 0, 'exact', (self) => newInt(49 + (self as PyStr).value.length));

  installStrMethods(t);
  installStrCase(t);
  installStrCodec(t);
  installStrFormat(t);
}

/** s * n (n <= 0 gives ''). Beyond Py_ssize_t CPython overflows; beyond V8's string limit
 *  (2**29 - 24 code units) CPython would still succeed, and MemoryError is the honest answer. */
export function repeat(s: string, n: number | bigint): string {
  if (typeof n === 'bigint') {
    if (n <= 0n || s.length === 0) return '';
    throw pyError(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  }
  if (n <= 0 || s.length === 0) return '';
  const total = s.length * n;
  if (total > 0x1fffffe8) {
    throw total > 9223372036854775807 ? pyError(E.OverflowError, 'repeated string is too long') : pyError(E.MemoryError);
  }
  return s.repeat(n);
}

/** s[key]: an int index or a slice, by code point. */
export function strGetItem(self: PyStr, key: PyObject): PyObject {
  const s = self.value;
  if (key instanceof PyInt || (!(key instanceof PySlice) && key.cls.lookup('__index__') !== null)) {
    let i = key instanceof PyInt ? key.value : indexValue(key);
    if (!self.hasAstral) {
      if (typeof i === 'bigint') throw pyError(E.IndexError, 'cannot fit \'int\' into an index-sized integer');
      if (i < 0) i += s.length;
      if (i >= 0 && i < s.length) return newStr(s[i]);
      throw pyError(E.IndexError, 'string index out of range');
    }
    if (typeof i === 'bigint') throw pyError(E.IndexError, 'cannot fit \'int\' into an index-sized integer');
    const off = cpOffsets(self);
    const n = off.length - 1;
    if (i < 0) i += n;
    if (i >= 0 && i < n) return newStr(s.slice(off[i], off[i + 1]));
    throw pyError(E.IndexError, 'string index out of range');
  }
  if (key instanceof PySlice) {
    const astral = self.hasAstral;
    const len = astral ? cpOffsets(self).length - 1 : s.length;
    const { start, step, length: n } = sliceIndices(key, len);
    if (n === len && step === 1) return exact(self, s);
    if (!astral) {
      if (step === 1) return newStr(s.slice(start, start + n));
      let out = '';
      for (let k = 0, i = start; k < n; k++, i += step) out += s[i];
      return newStr(out);
    }
    const off = cpOffsets(self);
    if (step === 1) return newStr(s.slice(off[start], off[start + n]));
    let out = '';
    for (let k = 0, i = start; k < n; k++, i += step) out += s.slice(off[i], off[i + 1]);
    return newStr(out);
  }
  throw pyError(E.TypeError, `string indices must be integers, not '${typeName(key)}'`);
}
