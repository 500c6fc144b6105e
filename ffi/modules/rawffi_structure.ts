// _rawffi.Structure: a structure or union shape laid out as GCC does (ffi/ctype.ts StructType:
// padding, nesting, arrays, pack, bitfields) and its instances, blocks of C memory whose fields
// are read and written by name (`inst.x`, `inst.x = 3`). Nested structures and arrays read as
// views on the instance's memory; assigning one copies bytes. `Structure((size, align))` is an
// opaque block of that size and alignment (PyPy's form for ctypes structures built field by field).

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { PyInt, newInt } from '../../interpreter/objects/int.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { PyTuple, newTuple } from '../../interpreter/objects/tuple.js';
import { newList } from '../../interpreter/objects/list.js';
import { None } from '../../interpreter/objects/singletons.js';
import { E, pyError } from '../../interpreter/objects/exceptions.js';
import { indexValue, toArray, truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { genericSetAttr, strName } from '../../interpreter/vm/ops/attr.js';
import { def0, def1, defGetter, defMethod, defMethodN, defStatic, parseArgs } from '../../interpreter/types/define.js';
import { CType, Field, PrimitiveType, StructType, arrayOf, primitive } from '../ctype.js';
import { FFIError } from '../errors.js';
import * as mem from '../memory.js';
import { ADDRESS, HasAddress, ffiType, forgetAutofree, nullOrFreed, registerAutofree, segfault } from './cdata.js';
import { Boxer, Unboxer, boxer, unboxer } from './pyconv.js';
import { CTYPE, TypeSource, parseTypeSpec } from './typecodes.js';
import { arrayShapeFor, readComposite, writeComposite } from './rawffi_array.js';

export const structureShapeType: PyType = ffiType('Structure', '_rawffi');
export const structureInstanceType: PyType = ffiType('StructureInstance', '_rawffi');

/** Per field: the memory boxer/unboxer for primitive fields, null for composite ones. */
interface FieldAccess {
  readonly field: Field;
  readonly box: Boxer | null;
  readonly unbox: Unboxer | null;
}

export class StructureShape extends PyObject implements TypeSource {
  readonly access = new Map<string, FieldAccess>();

  constructor(readonly ctype: StructType, readonly names: readonly string[]) {
    super(structureShapeType);
    for (const f of ctype.fields) {
      const prim = f.type instanceof PrimitiveType || f.bitSize !== undefined;
      this.access.set(f.name, {
        field: f,
        box: prim ? boxer(f.type, 'memory') : null,
        unbox: prim ? unboxer(f.type, 'memory') : null,
      });
    }
    shapes.set(ctype, this);
  }

  [CTYPE]() {
    return { ctype: this.ctype as CType, standalone: true };
  }

  fieldAccess(name: string): FieldAccess {
    const a = this.access.get(name);
    if (!a) throw new FFIError('AttributeError', `C structure has no field '${name}'`);
    return a;
  }

  allocate(autofree: boolean): StructureInstance {
    const block = mem.Block.alloc(this.ctype.size, Math.max(this.ctype.align, 1));
    const s = new StructureInstance(this, block, null);
    if (autofree) {
      s.autofree = true;
      registerAutofree(s, block);
    }
    return s;
  }

  /** An instance owning `block` (a structure returned by value: ffi/ made the copy). */
  allocateFrom(block: mem.Block): StructureInstance {
    return new StructureInstance(this, block, null);
  }

  at(addr: number, owner: PyObject | null): StructureInstance {
    return new StructureInstance(this, mem.Block.at(addr, this.ctype.size), owner);
  }
}

const shapes = new WeakMap<StructType, StructureShape>();

/** The shape of a StructType (one is made for structures that came from elsewhere). */
export function structureShapeOf(t: StructType): StructureShape {
  return shapes.get(t) ?? new StructureShape(t, t.fields.map((f) => f.name));
}

export class StructureInstance extends PyObject implements HasAddress {
  autofree = false;
  constructor(readonly shape: StructureShape, readonly block: mem.Block, readonly owner: PyObject | null) {
    super(structureInstanceType);
  }

  [ADDRESS](): number {
    return this.block.address;
  }

  /** The address, raising SegfaultException once freed. */
  address(): number {
    const a = this.block.address;
    if (a === 0) throw nullOrFreed(this.block, 'structure');
    return a;
  }

  getField(name: string): PyObject {
    const acc = this.shape.fieldAccess(name);
    const base = this.address();
    const f = acc.field;
    if (acc.box !== null) return acc.box(this.shape.ctype.readField(base, name));
    return readComposite(f.type, base + f.offset, this);
  }

  setField(name: string, v: PyObject): void {
    const acc = this.shape.fieldAccess(name);
    const base = this.address();
    if (acc.unbox !== null) this.shape.ctype.writeField(base, name, acc.unbox(v), 'wrap');
    else writeComposite(acc.field.type, base + acc.field.offset, v);
  }

  free(): void {
    if (!this.block.owned) throw new FFIError('ValueError', 'cannot free a structure that does not own its memory');
    if (this.block.address === 0) throw segfault('structure');
    if (this.autofree) forgetAutofree(this, this.block);
    this.block.free();
  }
}

// ---------------------------------------------------------------------------------------------
// Construction from Python: [(name, spec), (name, spec, bits), ...] or (size, alignment)

function intOf(o: PyObject, what: string): number {
  const v = indexValue(o, () => `${what} must be an integer, not ${typeName(o)}`);
  if (typeof v !== 'number') throw new FFIError('OverflowError', `${what} too large`);
  return v;
}

const ALIGN_TYPES: Record<number, CType> = { 1: primitive('uint8_t'), 2: primitive('uint16_t'), 4: primitive('uint32_t'), 8: primitive('uint64_t') };

function opaque(size: number, align: number): StructType {
  const unit = ALIGN_TYPES[align];
  if (!unit || size < 0 || size % align !== 0) throw new FFIError('ValueError', `invalid opaque structure (${size}, ${align})`);
  return new StructType(`struct (${size} bytes)`, size ? [{ name: '_opaque', type: arrayOf(unit, size / align) }] : [], {});
}

export function makeStructureShape(fields: PyObject, pack: number, union: boolean): StructureShape {
  if (fields instanceof PyTuple && fields.items.length === 2 && fields.items[0] instanceof PyInt) {
    return new StructureShape(opaque(intOf(fields.items[0], 'size'), intOf(fields.items[1], 'alignment')), []);
  }
  const specs: { name: string; type: CType; bits?: number }[] = [];
  for (const item of toArray(fields)) {
    if (!(item instanceof PyTuple) || item.items.length < 2 || item.items.length > 3 || !(item.items[0] instanceof PyStr)) {
      throw new FFIError('ValueError', 'structure fields must be (name, type) or (name, type, bits) tuples');
    }
    const spec: { name: string; type: CType; bits?: number } = { name: item.items[0].value, type: parseTypeSpec(item.items[1], 'field') };
    if (item.items.length === 3) {
      spec.bits = intOf(item.items[2], 'bit field width');
      if (spec.bits === 0) throw new FFIError('ValueError', `number of bits invalid for bit field '${spec.name}'`);
    }
    specs.push(spec);
  }
  // Named by its fields, for messages: "struct { x; y }".
  const t = new StructType(`${union ? 'union' : 'struct'} { ${specs.map((s) => s.name).join('; ')} }`, specs, { union, pack });
  return new StructureShape(t, specs.map((s) => s.name));
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods

function asShape(o: PyObject): StructureShape {
  return o as StructureShape;
}

function asInst(o: PyObject): StructureInstance {
  return o as StructureInstance;
}

export function installStructure(): void {
  const S = structureShapeType;
  defStatic(S, '__new__', (args, kw) => {
    const [, fields, pack, union] = parseArgs('Structure', args, kw, ['cls', 'fields', 'pack', 'union'], 2);
    return makeStructureShape(fields!, pack === null ? 0 : intOf(pack, 'pack'), union !== null && truthy(union));
  });
  defMethod(S, '__call__', (args, kw) => {
    const [autofree] = parseArgs('Structure', args, kw, ['autofree'], 0, { skip: 1 });
    return asShape(args[0]).allocate(autofree !== null && truthy(autofree));
  });
  defMethodN(S, 'fromaddress', 1, 1, (self, [addr]) => {
    const a = intOf(addr, 'address');
    if (a < 0) throw new FFIError('ValueError', `invalid address ${a}`);
    return asShape(self).at(a, null);
  });
  defMethodN(S, 'fieldoffset', 1, 1, (self, [name]) => newInt(asShape(self).fieldAccess(strName(name, 'field name')).field.offset));
  defMethodN(S, 'fieldsize', 1, 1, (self, [name]) => {
    const f = asShape(self).fieldAccess(strName(name, 'field name')).field;
    // PyPy's convention for bitfields: (bits << 16) | bit offset; plain fields: 0 bits → byte size.
    return newInt(f.bitSize !== undefined ? (f.bitSize << 16) | f.bitOffset! : f.type.size);
  });
  defMethodN(S, 'size_alignment', 0, 1, (self, n) => {
    const t = asShape(self).ctype;
    return newTuple([newInt(t.size * (n.length ? intOf(n[0], 'length') : 1)), newInt(t.align)]);
  });
  defGetter(S, 'size', (self) => newInt(asShape(self).ctype.size));
  defGetter(S, 'alignment', (self) => newInt(asShape(self).ctype.align));
  defGetter(S, 'fieldnames', (self) => newList(asShape(self).names.map((n) => newStr(n))));
  def0(S, '__repr__', (self) => {
    const s = asShape(self);
    const names = s.names.map((n) => ` '${n}'`).join('');
    return newStr(`<_rawffi.Structure${names} (${s.ctype.size}, ${s.ctype.align})>`);
  });

  const I = structureInstanceType;
  defGetter(I, 'buffer', (self) => newInt(asInst(self).block.address));
  defGetter(I, 'shape', (self) => asInst(self).shape);
  def1(I, '__getattr__', (self, name) => asInst(self).getField(strName(name)));
  defMethodN(I, '__setattr__', 2, 2, (self, [name, v]) => {
    const s = asInst(self);
    const n = strName(name);
    if (s.shape.access.has(n)) s.setField(n, v);
    else if (structureInstanceType.lookup(n) !== null) genericSetAttr(self, n, v); // e.g. read-only 'buffer'
    else throw pyError(E.AttributeError, `C structure has no field '${n}'`);
    return None;
  });
  def0(I, 'free', (self) => {
    asInst(self).free();
    return None;
  });
  def0(I, 'byptr', (self) => {
    const p = arrayShapeFor(primitive('void *')).allocate(1, false);
    mem.writePtr(p.itemAddress(0), asInst(self).address());
    return p;
  });
  def0(I, '__repr__', (self) => newStr(`<_rawffi struct ${asInst(self).block.address.toString(16)}>`));
}
