// bytes (immutable) and bytearray (mutable): byte arrays. A bytearray's `data` may be replaced
// when it grows; `length` is the live size. `data` may also be moved into C memory when it is
// exported to C (ffi.from_buffer); while exported, a bytearray keeps its size.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const bytesType = makeBuiltinType('bytes');
export const bytearrayType = makeBuiltinType('bytearray');

export class PyBytes extends PyObject {
  /** Live buffer exports of this bytearray's storage (C holds its address): no resizing. */
  exports = 0;
  constructor(cls: PyType, public data: Uint8Array) { super(cls); }
}
bytesType.allocate = (cls) => new PyBytes(cls, new Uint8Array(0));
bytearrayType.allocate = (cls) => new PyBytes(cls, new Uint8Array(0));

export function newBytes(data: Uint8Array): PyBytes { return new PyBytes(bytesType, data); }
export function newBytearray(data: Uint8Array): PyBytes { return new PyBytes(bytearrayType, data); }
export function isBytesLike(o: PyObject): o is PyBytes { return o instanceof PyBytes; }
