// Helpers shared by bytes and bytearray: buffer access, argument conversion with CPython's
// messages, latin-1 string views (one char per byte, so the str algorithms of lib/str.ts apply
// to bytes), results of the receiver's kind, and bytearray storage with spare capacity.

import { Buffer } from 'node:buffer';
import { PyObject } from '../objects/object.js';
import { PyBytes, bytesType, bytearrayType, newBytes, newBytearray } from '../objects/bytes.js';
import { PyInt } from '../objects/int.js';
import { PyList, listType } from '../objects/list.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { E, excType, pyError } from '../objects/exceptions.js';
import { getIter, iterNext, indexValue, typeName } from '../vm/ops/protocols.js';

/** The bytes of a bytes-like object (bytes, bytearray), or null. */
export function bufferOf(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes ? o.data : null;
}

/** A required bytes-like argument: "a bytes-like object is required, not 'str'". */
export function bytesArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
}

export function isBytearray(o: PyObject): boolean {
  return o.cls === bytearrayType || (o.cls !== bytesType && o.cls.isSubtypeOf(bytearrayType));
}

/** A result of the receiver's kind: bytes methods return exact bytes, bytearray's bytearray. */
export function like(self: PyObject, data: Uint8Array): PyBytes {
  return isBytearray(self) ? newBytearray(data) : newBytes(data);
}

/** Bytes as a latin-1 JS string (no copy of the bytes themselves). */
export function b2s(b: Uint8Array): string {
  if (b.length < 16) {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

/** A latin-1 JS string back to a fresh Uint8Array (chars are < 256 by construction). */
export function s2b(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A byte value (0..255) from an int-like: "byte must be in range(0, 256)". */
export function byteValue(o: PyObject, msg = 'byte must be in range(0, 256)'): number {
  const v = o instanceof PyInt ? o.value : indexValue(o);
  if (typeof v === 'bigint' || v < 0 || v > 255) throw pyError(E.ValueError, msg);
  return v;
}

/** The bytes of an iterable of ints (bytes(iterable), bytearray.extend). */
export function bytesFromIterable(o: PyObject, msg = 'bytes must be in range(0, 256)'): Uint8Array {
  let items: readonly PyObject[] | null = null;
  if (o.cls === listType) items = (o as PyList).items;
  else if (o.cls === tupleType) items = (o as PyTuple).items;
  if (items !== null) {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], msg);
    return out;
  }
  const it = getIter(o);
  const out: number[] = [];
  for (let v = iterNext(it); v !== null; v = iterNext(it)) out.push(byteValue(v, msg));
  return Uint8Array.from(out);
}

/** The sub argument of find/count/index/`in`: bytes-like or an int byte. */
export function subArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyInt || o.cls.lookup('__index__') !== null) return Uint8Array.of(byteValue(o));
  throw pyError(E.TypeError, `argument should be integer or bytes-like object, not '${typeName(o)}'`);
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** d * n for bytes and bytearray (n <= 0 gives empty). */
export function repeatBytes(d: Uint8Array, n: number | bigint): Uint8Array {
  if (typeof n === 'bigint') {
    if (n <= 0n || d.length === 0) return new Uint8Array(0);
    throw pyError(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  }
  if (n <= 0 || d.length === 0) return new Uint8Array(0);
  if (d.length * n > 0x7fffffff) throw pyError(E.MemoryError);
  const out = new Uint8Array(d.length * n);
  for (let k = 0; k < n; k++) out.set(d, k * d.length);
  return out;
}

// ---- bytearray storage ----

/**
 * Buffers allocated here with spare room for a bytearray to grow into. A bytearray's `data` is
 * a view of the first `length` bytes; growing within capacity only replaces the view, so
 * append() in a loop is amortised O(1). Only buffers recorded here are grown in place (a view
 * of someone else's buffer, e.g. Node's pool, never is).
 */
const spare = new WeakSet<ArrayBuffer>();

/** Releases the exports whose holders are dead (a forced collection); set by the exporter. */
let reclaimExports: (() => void) | null = null;

export function setExportReclaimer(fn: () => void): void {
  reclaimExports = fn;
}

/**
 * A bytearray whose storage is exported (C holds its address) cannot change size, as in CPython.
 * Exports end when their holder dies, which only a collection notices, hence one before refusing.
 */
export function checkResizable(ba: PyBytes): void {
  if (ba.exports === 0) return;
  reclaimExports?.();
  if (ba.exports > 0) throw pyError(excType('BufferError'), 'Existing exports of data: object cannot be re-sized');
}

/** Resizes a bytearray's storage to n bytes, keeping the first min(old, n) bytes. */
export function resize(ba: PyBytes, n: number): Uint8Array {
  const d = ba.data;
  if (n !== d.length) checkResizable(ba);
  if (n <= d.length) {
    ba.data = d.subarray(0, n);
    return ba.data;
  }
  const buf = d.buffer as ArrayBuffer;
  if (spare.has(buf) && d.byteOffset + n <= buf.byteLength) {
    ba.data = new Uint8Array(buf, d.byteOffset, n);
    ba.data.fill(0, d.length); // a shrink may have left old bytes there
    return ba.data;
  }
  const cap = Math.max(n, Math.min(d.length * 2, d.length + 0x1000000), 16);
  const nb = new ArrayBuffer(cap);
  spare.add(nb);
  const nd = new Uint8Array(nb, 0, n);
  nd.set(d);
  ba.data = nd;
  return nd;
}

/** Replaces bytes [a, b) of a bytearray with `src` (which may alias the bytearray). */
export function splice(ba: PyBytes, a: number, b: number, src: Uint8Array): void {
  const old = ba.data;
  const n = old.length, m = src.length;
  if (src.buffer === old.buffer) src = src.slice();
  const tail = old.slice(b);
  const d = resize(ba, n - (b - a) + m);
  d.set(src, a);
  d.set(tail, a + m);
}
