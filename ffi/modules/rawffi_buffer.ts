// Lending the storage of a bytes or bytearray to C (cffi's ffi.from_buffer): the object's bytes
// move once into C memory and its `data` becomes a Uint8Array over that memory, so Python, the
// cdata and C all read and write the same bytes. The C block is freed when the last JS view of
// it is garbage. While an export lives, a bytearray cannot change size (BufferError, as in
// CPython); an export ends with release_buffer(holder) or when its holder dies.

import { PyObject } from '../../interpreter/objects/object.js';
import { PyBytes, bytearrayType } from '../../interpreter/objects/bytes.js';
import { newInt } from '../../interpreter/objects/int.js';
import { newTuple } from '../../interpreter/objects/tuple.js';
import { None } from '../../interpreter/objects/singletons.js';
import { excType, newException } from '../../interpreter/objects/exceptions.js';
import { truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { builtinFunction, parseArgs } from '../../interpreter/types/define.js';
import { setExportReclaimer } from '../../interpreter/types/bytes_util.js';
import { CleanableRegistry, forceCollection, makeCleanableRegistry } from '../gc.js';
import { registerAutofree } from './cdata.js';
import { FFIError } from '../errors.js';
import * as mem from '../memory.js';
import { koffi } from '../native.js';

/** The C address of each ArrayBuffer made over C memory here. */
const nativeBase = new WeakMap<ArrayBuffer, number>();

/** The C address of the bytes' storage, moving it into C memory the first time. The block is an
 *  autofree block owned by the ArrayBuffer over it: freed once no JS view can reach it. */
function nativeAddress(b: PyBytes): number {
  const d = b.data;
  const base = nativeBase.get(d.buffer as ArrayBuffer);
  if (base !== undefined) return base + d.byteOffset;
  const n = d.length;
  const block = mem.Block.alloc(Math.max(n, 1));
  const ab = koffi.view(block.address, Math.max(n, 1)) as ArrayBuffer;
  const nd = new Uint8Array(ab, 0, n);
  nd.set(d);
  nativeBase.set(ab, block.address);
  registerAutofree(ab as unknown as PyObject, block);
  b.data = nd;
  return block.address;
}

// Exports: holder (the cdata C uses) -> the bytearray it keeps from resizing.
const exportsByHolder = new WeakMap<PyObject, PyBytes>();
let exportRegistry: CleanableRegistry<PyBytes> | null = null;

function exportsOf(): CleanableRegistry<PyBytes> {
  if (exportRegistry === null) {
    exportRegistry = makeCleanableRegistry<PyBytes>((b) => { b.exports--; });
    setExportReclaimer(() => { forceCollection(); });
  }
  return exportRegistry;
}

/** export_buffer(obj, holder, writable) -> (address, size): the storage of a bytes/bytearray,
 *  exported for as long as `holder` lives (None: not tracked, for immutable bytes). */
function exportBuffer(args: PyObject[], kw: readonly string[] | null): PyObject {
  const [obj, holder, writable] = parseArgs('export_buffer', args, kw, ['obj', 'holder', 'writable'], 2);
  if (!(obj instanceof PyBytes)) throw new FFIError('TypeError', `a bytes-like object is required, not '${typeName(obj!)}'`);
  const mutable = obj.cls.isSubtypeOf(bytearrayType);
  if (!mutable && writable !== null && truthy(writable)) throw newException(excType('BufferError'), 'Object is not writable.');
  const size = obj.data.length;
  const addr = nativeAddress(obj);
  if (mutable && holder !== None && !exportsByHolder.has(holder!)) {
    obj.exports++;
    exportsByHolder.set(holder!, obj);
    exportsOf().register(holder!, obj, holder!);
  }
  return newTuple([newInt(addr), newInt(size)]);
}

/** release_buffer(holder): end the export `holder` made, now (ffi.release). */
function releaseBuffer(args: PyObject[], kw: readonly string[] | null): PyObject {
  const [holder] = parseArgs('release_buffer', args, kw, ['holder'], 1);
  const b = exportsByHolder.get(holder!);
  if (b === undefined) return None;
  exportsByHolder.delete(holder!);
  exportsOf().unregister(holder!);
  b.exports--;
  return None;
}

export function bufferBuiltins(): [string, PyObject][] {
  return [
    ['export_buffer', builtinFunction('export_buffer', exportBuffer)],
    ['release_buffer', builtinFunction('release_buffer', releaseBuffer)],
  ];
}
