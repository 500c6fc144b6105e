// The bytes and bytearray types: construction, the special methods (repr, hash, comparisons,
// len, indexing, iteration, `in`, +, *, %), decode/hex/fromhex, and the registration of the
// shared methods (bytes_methods.ts) and of bytearray's mutations (bytes_mutable.ts).

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { PyBytes, bytesType, bytearrayType, newBytes, newBytearray } from '../objects/bytes.js';
import { PyInt, newInt, newBool } from '../objects/int.js';
import { PyStr, newStr } from '../objects/str.js';
import { PySlice } from '../objects/range.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { call, callBound, indexValue, typeName } from '../vm/ops/protocols.js';
import { bytesRepr, bytesHex, bytesFromHex } from '../lib/bytes.js';
import { percentFormatBytes } from '../lib/percent.js';
import { getItem } from '../vm/ops/subscript.js';
import { defStatic, defMethod, defClassMethod, def0 } from './define.js';
import { sliceIndices } from './slice.js';
import { strHash, optionalArgs, defPos, ssizeArg } from './str_util.js';
import { codecArg, errorsArg, encodeStr, decodeAny } from './str_codec.js';
import { percentHost } from './strformat.js';
import { bufferOf, bytesFromIterable, subArg, b2s, s2b, isBytearray, like, concat, repeatBytes, checkResizable } from './bytes_util.js';
import { installBytesMethods } from './bytes_methods.js';
import { installBytearrayMutations } from './bytes_mutable.js';

export const bytesIteratorType = makeBuiltinType('bytes_iterator', undefined, 0);
export const bytearrayIteratorType = makeBuiltinType('bytearray_iterator', undefined, 0);

export class PyBytesIterator extends PyObject {
  private pos = 0;
  constructor(cls: PyType, private readonly b: PyBytes) { super(cls); }
  nextFast(): PyObject | null {
    const d = this.b.data; // re-read: a bytearray may be resized during iteration
    if (this.pos >= d.length) return null;
    return newInt(d[this.pos++]);
  }
  lengthHint(): number { return Math.max(0, this.b.data.length - this.pos); }
}

/** bytes(x) / bytearray(x) contents, after the encoding/errors checks (CPython's order). */
function contentsOf(x: PyObject, enc: PyObject | null, err: PyObject | null, tname: string): Uint8Array {
  if (enc !== null) {
    if (!(x instanceof PyStr)) throw pyError(E.TypeError, 'encoding without a string argument');
    return encodeStr(x.value, enc, err, tname);
  }
  if (err !== null) {
    throw pyError(E.TypeError, x instanceof PyStr ? 'string argument without an encoding' : 'errors without a string argument');
  }
  if (tname === 'bytes' && !(x instanceof PyBytes && x.cls === bytesType)) {
    const m = x.cls.lookup('__bytes__');
    if (m !== null) {
      const r = callBound(m, x, []);
      if (!(r instanceof PyBytes) || isBytearray(r)) {
        throw pyError(E.TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      }
      return r.data;
    }
  }
  if (x instanceof PyStr) throw pyError(E.TypeError, 'string argument without an encoding');
  if (x instanceof PyInt || (!(x instanceof PyBytes) && x.cls.lookup('__index__') !== null)) {
    const n = indexValue(x);
    if (typeof n === 'bigint') throw pyError(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
    if (n < 0) throw pyError(E.ValueError, 'negative count');
    return new Uint8Array(n);
  }
  const buf = bufferOf(x);
  if (buf !== null) return buf.slice();
  if (x.cls.lookup('__iter__') === null && x.cls.lookup('__getitem__') === null) {
    throw pyError(E.TypeError, `cannot convert '${typeName(x)}' object to ${tname}`);
  }
  return bytesFromIterable(x);
}

/** Rich comparison of two byte strings: -1, 0, 1. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const B = (o: PyObject) => o as PyBytes;


function installCommon(t: PyType, tname: string): void {
  const ba = t === bytearrayType;
  // bytes compares only with bytes (CPython returns NotImplemented for a bytearray, whose
  // reflected method then answers); bytearray compares with any buffer.
  const other = ba ? bufferOf : (o: PyObject) => (o instanceof PyBytes && !isBytearray(o) ? o.data : null);
  defPos(t, '__eq__', 1, 1, 'exact', (self, [o]) => {
    const d = other(o);
    return d === null ? NotImplemented : newBool(equalBytes(B(self).data, d));
  });
  defPos(t, '__ne__', 1, 1, 'exact', (self, [o]) => {
    const d = other(o);
    return d === null ? NotImplemented : newBool(!equalBytes(B(self).data, d));
  });
  const cmp = (name: string, test: (c: number) => boolean) =>
    defPos(t, name, 1, 1, 'exact', (self, [o]) => {
      const d = other(o);
      return d === null ? NotImplemented : newBool(test(compareBytes(B(self).data, d)));
    });
  cmp('__lt__', (c) => c < 0);
  cmp('__le__', (c) => c <= 0);
  cmp('__gt__', (c) => c > 0);
  cmp('__ge__', (c) => c >= 0);

  def0(t, '__len__', (self) => newInt(B(self).data.length));
  def0(t, '__repr__', (self) => {
    const r = bytesRepr(B(self).data);
    if (!ba) return newStr(r);
    // bytearray's repr escapes every single quote, even inside double quotes (CPython quirk)
    const body = r[1] === '"' ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r;
    return newStr(`${self.cls.name}(${body})`);
  });
  def0(t, '__iter__', (self) => new PyBytesIterator(ba ? bytearrayIteratorType : bytesIteratorType, B(self)));

  defPos(t, '__getitem__', 1, 1, 'exact', (self, [key]) => {
    const d = B(self).data;
    if (key instanceof PyInt || (!(key instanceof PySlice) && key.cls.lookup('__index__') !== null)) {
      let i = key instanceof PyInt ? key.value : indexValue(key);
      if (typeof i === 'bigint') throw pyError(E.IndexError, 'cannot fit \'int\' into an index-sized integer');
      if (i < 0) i += d.length;
      if (i >= 0 && i < d.length) return newInt(d[i]);
      throw pyError(E.IndexError, `${ba ? 'bytearray ' : ''}index out of range`);
    }
    if (key instanceof PySlice) {
      const { start, step, length: n } = sliceIndices(key, d.length);
      if (step === 1) return like(self, d.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let k = 0, i = start; k < n; k++, i += step) out[k] = d[i];
      return like(self, out);
    }
    throw pyError(E.TypeError, `${ba ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeName(key)}`);
  });

  defPos(t, '__contains__', 1, 1, 'exact', (self, [o]) => {
    const d = B(self).data;
    if (o instanceof PyInt || (!(o instanceof PyBytes) && o.cls.lookup('__index__') !== null)) {
      return newBool(d.indexOf(subArg(o)[0]) >= 0);
    }
    if (!(o instanceof PyBytes)) throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
    return newBool(b2s(d).includes(b2s(o.data)));
  });

  defPos(t, '__add__', 1, 1, 'exact', (self, [o]) => {
    const buf = bufferOf(o);
    if (buf === null) {
      const radd = o.cls.lookup('__radd__');
      if (radd !== null) {
        const r = callBound(radd, o, [self]);
        if (r !== NotImplemented) return r;
      }
      throw pyError(E.TypeError, `can't concat ${typeName(o)} to ${tname}`);
    }
    return like(self, concat(B(self).data, buf));
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
    return like(self, repeatBytes(B(self).data, indexValue(o)));
  };
  defPos(t, '__mul__', 1, 1, 'exact', (self, [o]) => mul(self, o, false));
  defPos(t, '__rmul__', 1, 1, 'exact', (self, [o]) => mul(self, o, true));
  defPos(t, '__mod__', 1, 1, 'exact', (self, [o]) => like(self, percentFormatBytes(B(self).data, o, bytesPercentHost)));
  defPos(t, '__rmod__', 1, 1, 'exact', () => NotImplemented);

  defMethod(t, 'decode', (args, kw) => {
    const [enc, err] = optionalArgs('decode', args, kw, ['encoding', 'errors']);
    return newStr(decodeAny(B(args[0]).data, codecArg(enc, 'decode'), errorsArg(err, 'decode')));
  });
  defMethod(t, 'hex', (args, kw) => {
    const [sep, per] = optionalArgs('hex', args, kw, ['sep', 'bytes_per_sep']);
    let sepStr = '';
    if (sep !== null) {
      if (sep instanceof PyStr) sepStr = sep.value;
      else if (sep instanceof PyBytes) sepStr = b2s(sep.data);
      else throw pyError(E.TypeError, `object of type '${typeName(sep)}' has no len()`);
      if (sepStr.length !== 1) throw pyError(E.ValueError, 'sep must be length 1.');
    }
    return newStr(bytesHex(B(args[0]).data, sepStr, per === null ? 1 : ssizeArg(per)));
  });
  defClassMethod(t, 'fromhex', (args, kw) => {
    if (kw !== null && kw.length) throw pyError(E.TypeError, `${tname}.fromhex() takes no keyword arguments`);
    if (args.length !== 2) throw pyError(E.TypeError, `${tname}.fromhex() takes exactly one argument (${args.length - 1} given)`);
    const [cls, s] = args;
    if (!(s instanceof PyStr)) throw pyError(E.TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
    const data = bytesFromHex(s.value);
    const base = ba ? newBytearray(data) : newBytes(data);
    return cls === t ? base : call(cls, [base]); // a subclass: cls(bytes), as CPython
  });
  installBytesMethods(t, tname);
}

/** bytes % args: %s takes bytes-likes or __bytes__, as lib/percent.ts's toBytes does. */
const bytesPercentHost = {
  ...percentHost,
  isMapping: (o: PyObject) => !(o instanceof PyBytes) && percentHost.isMapping(o),
  getItem: (m: PyObject, key: string) => getItem(m, newBytes(s2b(key))), // %(key)s keys are bytes
};

export function installBytes(): void {
  for (const t of [bytesIteratorType, bytearrayIteratorType]) {
    def0(t, '__iter__', (self) => self);
    def0(t, '__next__', (self) => {
      const v = (self as PyBytesIterator).nextFast();
      if (v === null) throw pyError(E.StopIteration);
      return v;
    });
    def0(t, '__length_hint__', (self) => newInt((self as PyBytesIterator).lengthHint()));
  }

  const t = bytesType;
  defStatic(t, '__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(E.TypeError, 'bytes.__new__(X): X is not a type object');
    if (!cls.isSubtypeOf(bytesType)) throw pyError(E.TypeError, `bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
    const [x, enc, err] = optionalArgs('bytes', args, kw, ['source', 'encoding', 'errors']);
    let data: Uint8Array;
    if (x === null) {
      if (enc !== null || err !== null) throw pyError(E.TypeError, 'encoding or errors without sequence argument');
      data = new Uint8Array(0);
    } else {
      if (cls === bytesType && x.cls === bytesType && enc === null && err === null) return x;
      data = contentsOf(x, enc, err, 'bytes');
    }
    return cls === bytesType ? newBytes(data) : new PyBytes(cls, data);
  });
  def0(t, '__hash__', (self) => newInt(strHash(b2s(B(self).data))));
  def0(t, '__bytes__', (self) => (self.cls === bytesType ? self : newBytes(B(self).data)));
  def0(t, '__getnewargs__', (self) => newTuple([newBytes(B(self).data)]));
  installCommon(t, 'bytes');

  const a = bytearrayType;
  defStatic(a, '__new__', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(bytearrayType)) {
      throw pyError(E.TypeError, `bytearray.__new__(X): X is not a subtype of bytearray`);
    }
    return new PyBytes(cls, new Uint8Array(0));
  });
  defMethod(a, '__init__', (args, kw) => {
    const self = B(args[0]);
    const [x, enc, err] = optionalArgs('bytearray', args, kw, ['source', 'encoding', 'errors']);
    if (x === null) {
      if (enc !== null || err !== null) throw pyError(E.TypeError, 'encoding or errors without sequence argument');
      if (self.data.length !== 0) checkResizable(self);
      self.data = new Uint8Array(0);
    } else {
      const data = contentsOf(x, enc, err, 'bytearray');
      if (self.data.length !== 0 || data.length !== 0) checkResizable(self);
      self.data = data;
    }
    return None;
  });
  a.ns.set('__hash__', None);
  def0(a, '__alloc__', (self) => newInt(B(self).data.length + 1));
  installCommon(a, 'bytearray');
  installBytearrayMutations(a);
}
