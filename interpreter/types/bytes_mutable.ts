// bytearray's mutations: item and slice assignment and deletion, append/extend/insert/pop/
// remove/reverse/clear/copy, += and *=. Storage grows through bytes_util.resize, which keeps
// spare capacity so repeated appends are amortised O(1).

import { PyObject, PyType } from '../objects/object.js';
import { PyBytes, newBytearray } from '../objects/bytes.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyStr } from '../objects/str.js';
import { PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { indexValue, typeName } from '../vm/ops/protocols.js';
import { def0, def1 } from './define.js';
import { defPos } from './str_util.js';
import { sliceIndices } from './slice.js';
import { bufferOf, byteValue, bytesFromIterable, checkResizable, resize, splice, repeatBytes } from './bytes_util.js';

const BA = (o: PyObject) => o as PyBytes;

function isIndexable(o: PyObject): boolean {
  return o instanceof PyInt || o.cls.lookup('__index__') !== null;
}

function itemIndex(ba: PyBytes, key: PyObject): number {
  const v = key instanceof PyInt ? key.value : indexValue(key);
  const n = ba.data.length;
  let i = typeof v === 'bigint' ? -1 : v < 0 ? v + n : v;
  if (typeof v === 'bigint' || i < 0 || i >= n) throw pyError(E.IndexError, 'bytearray index out of range');
  return i;
}

/** The bytes assigned to a slice: a buffer, or an iterable of ints (not an int, not a str). */
function sliceSource(v: PyObject): Uint8Array {
  const buf = bufferOf(v);
  if (buf !== null) return buf;
  if (isIndexable(v) || v instanceof PyStr) {
    throw pyError(E.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return bytesFromIterable(v, 'byte must be in range(0, 256)');
}

function setSlice(ba: PyBytes, key: PySlice, src: Uint8Array | null): void {
  const { start, stop, step, length: n } = sliceIndices(key, ba.data.length);
  if (step === 1) {
    splice(ba, start, Math.max(start, stop), src ?? new Uint8Array(0));
    return;
  }
  if (src === null) { // delete an extended slice
    if (n > 0) checkResizable(ba); // before the bytes move
    const d = ba.data;
    const drop = new Uint8Array(d.length);
    for (let k = 0, i = start; k < n; k++, i += step) drop[i] = 1;
    let w = 0;
    for (let i = 0; i < d.length; i++) if (!drop[i]) d[w++] = d[i];
    resize(ba, w);
    return;
  }
  if (src.length !== n) {
    throw pyError(E.ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
  }
  if (src.buffer === ba.data.buffer) src = src.slice();
  const d = ba.data;
  for (let k = 0, i = start; k < n; k++, i += step) d[i] = src[k];
}

function extendWith(ba: PyBytes, src: Uint8Array): void {
  const n = ba.data.length;
  if (src.buffer === ba.data.buffer) src = src.slice();
  resize(ba, n + src.length).set(src, n);
}

export function installBytearrayMutations(t: PyType): void {
  defPos(t, '__setitem__', 2, 2, 'exact', (self, [key, v]) => {
    const ba = BA(self);
    if (key instanceof PySlice) { setSlice(ba, key, sliceSource(v)); return None; }
    if (!isIndexable(key)) {
      throw pyError(E.TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
    }
    const i = itemIndex(ba, key);
    ba.data[i] = byteValue(v);
    return None;
  });
  defPos(t, '__delitem__', 1, 1, 'exact', (self, [key]) => {
    const ba = BA(self);
    if (key instanceof PySlice) { setSlice(ba, key, null); return None; }
    if (!isIndexable(key)) {
      throw pyError(E.TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
    }
    const i = itemIndex(ba, key);
    splice(ba, i, i + 1, new Uint8Array(0));
    return None;
  });

  def1(t, 'append', (self, v) => {
    const ba = BA(self);
    const b = byteValue(v);
    const n = ba.data.length;
    resize(ba, n + 1)[n] = b;
    return None;
  });
  def1(t, 'extend', (self, v) => {
    const buf = bufferOf(v);
    if (buf !== null) { extendWith(BA(self), buf); return None; }
    if (v.cls.lookup('__iter__') === null && v.cls.lookup('__getitem__') === null) {
      throw pyError(E.TypeError, `can't extend bytearray with ${typeName(v)}`);
    }
    if (v instanceof PyStr) throw pyError(E.TypeError, '\'str\' object cannot be interpreted as an integer');
    extendWith(BA(self), bytesFromIterable(v, 'byte must be in range(0, 256)'));
    return None;
  });
  defPos(t, 'insert', 2, 2, 'expected', (self, [idx, v]) => {
    const ba = BA(self);
    const iv = indexValue(idx);
    const b = byteValue(v);
    const n = ba.data.length;
    let i = typeof iv === 'bigint' ? (iv < 0n ? 0 : n) : iv;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    splice(ba, i, i, Uint8Array.of(b));
    return None;
  });
  defPos(t, 'pop', 0, 1, 'expected', (self, [idx]) => {
    const ba = BA(self);
    const n = ba.data.length;
    const iv = idx === undefined ? -1 : indexValue(idx);
    if (n === 0) throw pyError(E.IndexError, 'pop from empty bytearray');
    let i = typeof iv === 'bigint' ? -1 : iv < 0 ? iv + n : iv;
    if (typeof iv === 'bigint' || i < 0 || i >= n) throw pyError(E.IndexError, 'pop index out of range');
    const v = ba.data[i];
    splice(ba, i, i + 1, new Uint8Array(0));
    return newInt(v);
  });
  def1(t, 'remove', (self, v) => {
    const ba = BA(self);
    const i = ba.data.indexOf(byteValue(v));
    if (i < 0) throw pyError(E.ValueError, 'value not found in bytearray');
    splice(ba, i, i + 1, new Uint8Array(0));
    return None;
  });
  def0(t, 'reverse', (self) => { BA(self).data.reverse(); return None; });
  def0(t, 'clear', (self) => { resize(BA(self), 0); return None; });
  def0(t, 'copy', (self) => newBytearray(BA(self).data.slice()));

  defPos(t, '__iadd__', 1, 1, 'exact', (self, [o]) => {
    const buf = bufferOf(o);
    if (buf === null) throw pyError(E.TypeError, `can't concat ${typeName(o)} to bytearray`);
    extendWith(BA(self), buf);
    return self;
  });
  defPos(t, '__imul__', 1, 1, 'exact', (self, [o]) => {
    if (!isIndexable(o)) throw pyError(E.TypeError, `can't multiply sequence by non-int of type '${typeName(o)}'`);
    const ba = BA(self);
    const r = repeatBytes(ba.data, indexValue(o));
    resize(ba, r.length).set(r);
    return self;
  });
}
