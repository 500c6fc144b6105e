// _rawffi.Array: an array shape (item type + item size/alignment) and its instances, blocks of C
// memory of `length` items with range-checked item access. Items of primitive type read and
// write as Python values (ints wrap as ctypes does); items that are structures or arrays read as
// views on the memory (kept alive by the array) and are written by copying bytes.

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { PyInt, newInt } from '../../interpreter/objects/int.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { PyBytes, newBytes } from '../../interpreter/objects/bytes.js';
import { newList } from '../../interpreter/objects/list.js';
import { newTuple } from '../../interpreter/objects/tuple.js';
import { PySlice } from '../../interpreter/objects/range.js';
import { None } from '../../interpreter/objects/singletons.js';
import { E, pyError } from '../../interpreter/objects/exceptions.js';
import { indexValue, toArray, truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { def0, def1, defGetter, defMethod, defMethodN, defStatic, parseArgs } from '../../interpreter/types/define.js';
import { sliceIndices } from '../../interpreter/types/slice.js';
import { ArrayType, CType, PrimitiveType, StructType, primitive } from '../ctype.js';
import { FFIError } from '../errors.js';
import * as mem from '../memory.js';
import { ADDRESS, HasAddress, ffiType, forgetAutofree, nullOrFreed, registerAutofree, segfault } from './cdata.js';
import { Boxer, Unboxer, boxer, unboxer } from './pyconv.js';
import { CTYPE, TypeSource, letterOf, parseTypeSpec } from './typecodes.js';
import { StructureInstance, structureShapeOf } from './rawffi_structure.js';

export const arrayShapeType: PyType = ffiType('Array', '_rawffi');
export const arrayInstanceType: PyType = ffiType('ArrayInstance', '_rawffi');

export class ArrayShape extends PyObject implements TypeSource {
  readonly itemcode: string;
  /** For primitive items: memory boxer/unboxer (null for composite items). */
  readonly box: Boxer | null;
  readonly unbox: Unboxer | null;

  constructor(readonly elem: CType) {
    super(arrayShapeType);
    this.itemcode = letterOf(elem);
    const prim = elem instanceof PrimitiveType;
    this.box = prim ? boxer(elem, 'memory') : null;
    this.unbox = prim ? unboxer(elem, 'memory') : null;
  }

  [CTYPE]() {
    return { ctype: this.elem, standalone: false };
  }

  /** A new zeroed array of `length` items (freed with free(), or when garbage if autofree). */
  allocate(length: number, autofree: boolean): ArrayInstance {
    checkLength(length);
    const block = mem.Block.alloc(this.elem.size * length, Math.max(this.elem.align, 1));
    const a = new ArrayInstance(this, block, length, null);
    if (autofree) {
      a.autofree = true;
      registerAutofree(a, block);
    }
    return a;
  }

  /** A view of `length` items at `addr` (memory owned elsewhere). */
  at(addr: number, length: number, owner: PyObject | null): ArrayInstance {
    checkLength(length);
    return new ArrayInstance(this, mem.Block.at(addr, this.elem.size * length), length, owner);
  }
}

function checkLength(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new FFIError('ValueError', 'array length must be a non-negative integer');
}

export class ArrayInstance extends PyObject implements HasAddress {
  autofree = false;
  constructor(readonly shape: ArrayShape, readonly block: mem.Block, readonly length: number,
    /** The object owning the memory, kept alive by this view (null: this owns it or nobody). */
    readonly owner: PyObject | null) {
    super(arrayInstanceType);
  }

  [ADDRESS](): number {
    return this.block.address;
  }

  /** Address of item i (i already normalised), raising SegfaultException once freed. */
  itemAddress(i: number): number {
    if (this.block.address === 0) throw nullOrFreed(this.block, 'array');
    const size = this.shape.elem.size;
    return this.block.addr(i * size, size);
  }

  free(): void {
    if (!this.block.owned) throw new FFIError('ValueError', 'cannot free an array that does not own its memory');
    if (this.block.address === 0) throw segfault('array');
    if (this.autofree) forgetAutofree(this, this.block);
    this.block.free();
  }
}

// ---------------------------------------------------------------------------------------------
// Item access, shared with structures (fields of array or structure type)

/** Box the item of type `t` at `addr`: a value for primitives, a view for composites. */
export function readComposite(t: CType, addr: number, owner: PyObject): PyObject {
  if (t instanceof StructType) return structureShapeOf(t).at(addr, owner);
  if (t instanceof ArrayType) return arrayShapeFor(t.elem).at(addr, t.length, owner);
  throw new FFIError('TypeError', `cannot read ${t.name}`);
}

/** Store `v` into the composite item of type `t` at `addr`: a copy of an instance's bytes (or
 *  of a bytes object, for byte arrays). */
export function writeComposite(t: CType, addr: number, v: PyObject): void {
  if (v instanceof PyBytes && t instanceof ArrayType && t.elem.size === 1) {
    if (v.data.length > t.length) throw new FFIError('ValueError', `bytes too long (${v.data.length}, maximum length ${t.length})`);
    mem.writeBytes(addr, v.data);
    if (v.data.length < t.length) mem.writeU8(addr + v.data.length, 0);
    return;
  }
  let src: number | null = null;
  let size = 0;
  if (v instanceof StructureInstance && v.shape.ctype === t) {
    src = v.address();
    size = t.size;
  } else if (v instanceof ArrayInstance && t instanceof ArrayType && v.shape.elem === t.elem && v.length === t.length) {
    src = v.itemAddress(0);
    size = t.size;
  } else if (v instanceof ArrayInstance && t instanceof ArrayType && v.shape.elem.size === t.elem.size && v.length * v.shape.elem.size === t.size) {
    src = v.block.address;
    size = t.size;
  }
  if (src === null) throw new FFIError('TypeError', `expected a ${t.name} instance, got ${typeName(v)}`);
  if (src === 0) throw segfault('memory');
  mem.memmove(addr, src, size);
}

const shapesByElem = new WeakMap<CType, ArrayShape>();

/** The (shared) array shape whose items are of type `elem`. */
export function arrayShapeFor(elem: CType): ArrayShape {
  let s = shapesByElem.get(elem);
  if (!s) shapesByElem.set(elem, (s = new ArrayShape(elem)));
  return s;
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods

function asShape(o: PyObject): ArrayShape {
  return o as ArrayShape;
}

function asArray(o: PyObject): ArrayInstance {
  return o as ArrayInstance;
}

function intArg(o: PyObject, what: string): number {
  const v = indexValue(o, () => `${what} must be an integer, not ${typeName(o)}`);
  if (typeof v !== 'number') throw new FFIError('OverflowError', `${what} too large`);
  return v;
}

function normIndex(a: ArrayInstance, key: PyObject): number {
  let i = key instanceof PyInt && typeof key.value === 'number' ? key.value : intArg(key, 'array index');
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw pyError(E.IndexError, 'array index out of range');
  return i;
}

function getItem(a: ArrayInstance, i: number): PyObject {
  const addr = a.itemAddress(i);
  const s = a.shape;
  if (s.box !== null) return s.box((s.elem as PrimitiveType).read(addr));
  return readComposite(s.elem, addr, a);
}

function setItemValue(a: ArrayInstance, i: number, v: PyObject): void {
  const addr = a.itemAddress(i);
  const s = a.shape;
  if (s.unbox !== null) (s.elem as PrimitiveType).write(addr, s.unbox(v), 'wrap');
  else writeComposite(s.elem, addr, v);
}

/** Fill a new array from an initializer: bytes for byte-sized items, str for 'u', else an
 *  iterable of item values. */
function initialize(a: ArrayInstance, items: PyObject): void {
  const elem = a.shape.elem;
  if (items instanceof PyBytes && elem.size === 1 && elem instanceof PrimitiveType) {
    if (items.data.length > a.length) throw new FFIError('ValueError', 'initializer too long');
    mem.writeBytes(a.itemAddress(0), items.data);
    return;
  }
  const values = elem.kind === 'wchar' && items instanceof PyStr ? Array.from(items.value, (c) => newStr(c)) : toArray(items);
  if (values.length > a.length) throw new FFIError('ValueError', 'initializer too long');
  for (let i = 0; i < values.length; i++) setItemValue(a, i, values[i]);
}

function hex(n: number): string {
  return n.toString(16);
}

export function installArray(): void {
  const S = arrayShapeType;
  defStatic(S, '__new__', (args, kw) => {
    const [, spec] = parseArgs('Array', args, kw, ['cls', 'shape'], 2);
    return arrayShapeFor(parseTypeSpec(spec!, 'item'));
  });
  defMethod(S, '__call__', (args, kw) => {
    const [length, items, autofree] = parseArgs('Array', args, kw, ['length', 'items', 'autofree'], 1, { skip: 1 });
    const a = asShape(args[0]).allocate(intArg(length!, 'length'), autofree !== null && truthy(autofree));
    if (items !== null && items !== None) initialize(a, items);
    return a;
  });
  defMethod(S, 'fromaddress', (args, kw) => {
    const [addr, length] = parseArgs('fromaddress', args, kw, ['address', 'length'], 2, { skip: 1 });
    const address = intArg(addr!, 'address');
    if (address < 0) throw new FFIError('ValueError', `invalid address ${address}`);
    return asShape(args[0]).at(address, intArg(length!, 'length'), null);
  });
  defMethodN(S, 'size_alignment', 1, 1, (self, [n]) => {
    const s = asShape(self);
    return newTuple([newInt(s.elem.size * intArg(n, 'length')), newInt(s.elem.align)]);
  });
  defGetter(S, 'size', (self) => newInt(asShape(self).elem.size));
  defGetter(S, 'alignment', (self) => newInt(asShape(self).elem.align));
  defGetter(S, 'itemcode', (self) => newStr(asShape(self).itemcode));
  def0(S, '__repr__', (self) => {
    const s = asShape(self);
    return newStr(`<_rawffi.Array '${s.itemcode}' (${s.elem.size}, ${s.elem.align})>`);
  });

  const A = arrayInstanceType;
  defGetter(A, 'buffer', (self) => newInt(asArray(self).block.address));
  defGetter(A, 'shape', (self) => asArray(self).shape);
  defGetter(A, 'itemsize', (self) => newInt(asArray(self).shape.elem.size));
  def0(A, '__len__', (self) => newInt(asArray(self).length));
  def1(A, '__getitem__', (self, key) => {
    const a = asArray(self);
    if (key instanceof PySlice) {
      const { start, step, length: n } = sliceIndices(key, a.length);
      if (a.shape.elem.kind === 'char' && step === 1) {
        return newBytes(n > 0 ? mem.readBytes(a.itemAddress(start), n) : new Uint8Array(0));
      }
      const out: PyObject[] = [];
      for (let k = 0, i = start; k < n; k++, i += step) out.push(getItem(a, i));
      return a.shape.elem.kind === 'char' ? newBytes(Uint8Array.from(out.map((b) => (b as PyBytes).data[0]))) : newList(out);
    }
    return getItem(a, normIndex(a, key));
  });
  defMethodN(A, '__setitem__', 2, 2, (self, [key, v]) => {
    const a = asArray(self);
    if (key instanceof PySlice) {
      const { start, step, length: n } = sliceIndices(key, a.length);
      const values: PyObject[] = v instanceof PyBytes && a.shape.elem.kind === 'char'
        ? Array.from(v.data, (b) => newBytes(Uint8Array.of(b)))
        : toArray(v);
      if (values.length !== n) throw new FFIError('ValueError', `cannot resize array: slice of ${n} items, ${values.length} given`);
      for (let k = 0, i = start; k < n; k++, i += step) setItemValue(a, i, values[k]);
      return None;
    }
    setItemValue(a, normIndex(a, key), v);
    return None;
  });
  def0(A, 'free', (self) => {
    asArray(self).free();
    return None;
  });
  def0(A, 'byptr', (self) => {
    const a = asArray(self);
    if (a.block.address === 0) throw nullOrFreed(a.block, 'array');
    const p = arrayShapeFor(primitive('void *')).allocate(1, false);
    mem.writePtr(p.itemAddress(0), a.block.address);
    return p;
  });
  def0(A, '__bytes__', (self) => {
    const a = asArray(self);
    if (a.block.address === 0) throw nullOrFreed(a.block, 'array');
    return newBytes(mem.readBytes(a.block.address, a.block.size));
  });
  def0(A, '__repr__', (self) => {
    const a = asArray(self);
    return newStr(`<_rawffi array ${hex(a.block.address)} of length ${a.length}>`);
  });
}
