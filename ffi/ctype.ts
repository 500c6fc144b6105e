// The C type model: primitives with this platform's (x86-64 Linux, LP64) sizes and alignments,
// structs and unions laid out as GCC lays them out (padding, nesting, arrays, #pragma pack,
// bitfields), and fixed-length arrays. Each type knows its koffi type (for signatures), how to
// read and write itself at an address, and how to convert a JS value to and from C.
//
// Values on the JS side: ints are number (safe) or bigint; float/double are number; bool is
// boolean; `char` is a byte value 0..255 (the Python layer makes bytes of it); `wchar_t` is a
// one-code-point string; pointers (void *, char *, wchar_t *, function pointers) are addresses
// (number, 0 = NULL; see memory.ts). Reading a `char *` field yields the pointer: decoding the
// string it points to is memory.readCString's job.

import { FFIError, pyTypeName } from './errors.js';
import { IntMode, IntValue, integerValue, makeIntConverter, normalizeInt, wrapInt, checkInt } from './intconv.js';
import * as mem from './memory.js';
import { koffi, KoffiType } from './native.js';

export type CKind = 'void' | 'int' | 'float' | 'bool' | 'char' | 'wchar' | 'pointer' | 'charp' | 'wcharp' | 'struct' | 'union' | 'array';

export type Address = mem.Address;

export interface CType {
  readonly kind: CKind;
  /** C spelling, used in messages ("int", "struct Point", "int[3]"). */
  readonly name: string;
  readonly size: number;
  readonly align: number;
  /** The koffi type to use in a koffi signature for a value of this type. */
  koffiType(): KoffiType;
}

/** Converter from a JS value to what koffi receives for this type (throws FFIError). */
export type ToC = (v: unknown) => unknown;
/** Converter from what koffi gives back (result or callback argument) to the JS value. */
export type FromC = (v: unknown) => unknown;

// ---------------------------------------------------------------------------------------------
// Primitives

interface PrimitiveSpec {
  name: string;
  kind: CKind;
  size: number;
  /** ctypes / _rawffi type letter, '' when ctypes has none. */
  code: string;
  signed?: boolean;
  /** koffi type name; pointers are all `uintptr_t` so they cross as numbers. */
  koffi: string;
  aliases?: string[];
}

export class PrimitiveType implements CType {
  readonly kind: CKind;
  readonly name: string;
  readonly size: number;
  readonly align: number;
  readonly code: string;
  readonly signed: boolean;
  readonly bits: number;
  private readonly koffiName: string;
  private kt: KoffiType | undefined;
  /** Raw memory accessors for this type (values already converted). */
  readonly load: (addr: Address) => unknown;
  readonly store: (addr: Address, v: never) => void;
  private readonly toCCache: { wrap?: ToC; check?: ToC } = {};

  constructor(spec: PrimitiveSpec) {
    this.kind = spec.kind;
    this.name = spec.name;
    this.size = spec.size;
    this.align = spec.size; // every x86-64 primitive is naturally aligned
    this.code = spec.code;
    this.signed = spec.signed ?? false;
    this.bits = spec.size * 8;
    this.koffiName = spec.koffi;
    [this.load, this.store] = accessors(this);
  }

  koffiType(): KoffiType {
    if (this.koffiName === '') throw new FFIError('TypeError', `${this.name} cannot be passed to or returned from C functions (koffi has no such type)`);
    return (this.kt ??= koffi.type(this.koffiName));
  }

  /** Read the value at addr (see the module comment for the JS representation). */
  read(addr: Address): unknown {
    return this.fromC(this.load(addr));
  }

  /** Convert v to this type (policy `mode` for ints) and write it at addr. */
  write(addr: Address, v: unknown, mode: IntMode = 'wrap'): void {
    const c = this.toC(mode)(v);
    (this.store as (a: Address, v: unknown) => void)(addr, c);
  }

  /** JS value → koffi value, with int policy `mode`. Cached per mode. */
  toC(mode: IntMode = 'wrap'): ToC {
    return (this.toCCache[mode] ??= makeToC(this, mode));
  }

  /** koffi value → JS value. */
  fromC(v: unknown): unknown {
    switch (this.kind) {
      case 'int':
        return typeof v === 'number' ? (Number.isSafeInteger(v) ? v : BigInt(v)) : typeof v === 'bigint' ? normalizeInt(v) : v;
      case 'char':
        return (v as number) & 0xff;
      case 'wchar':
        return codePointString(v as number);
      case 'bool':
        return Boolean(v);
      case 'pointer':
      case 'charp':
      case 'wcharp':
        return v === null || v === undefined ? 0 : typeof v === 'bigint' ? normalizeInt(v) : v;
      default:
        return v;
    }
  }

  /** Default value C receives when a callback fails (0, 0.0, false, NULL). */
  defaultValue(): unknown {
    switch (this.kind) {
      case 'void': return undefined;
      case 'bool': return false;
      default: return 0;
    }
  }
}

function codePointString(cp: number): string {
  if (cp < 0 || cp > 0x10ffff) throw new FFIError('ValueError', `character U+${(cp >>> 0).toString(16)} is not in range [U+0000; U+10ffff]`);
  return String.fromCodePoint(cp);
}

function accessors(t: PrimitiveType): [(a: Address) => unknown, (a: Address, v: never) => void] {
  switch (t.kind) {
    case 'void': return [() => undefined, () => undefined];
    case 'float': return t.size === 4 ? [mem.readF32, mem.writeF32] : t.size === 8 ? [mem.readF64, mem.writeF64] : [mem.readF80, mem.writeF80];
    case 'bool': return [mem.readBool, mem.writeBool];
    case 'char': return [mem.readU8, mem.writeU8];
    case 'wchar': return [mem.readU32, mem.writeU32];
    case 'pointer': case 'charp': case 'wcharp': return [mem.readPtr, mem.writePtr];
  }
  switch (t.size) {
    case 1: return t.signed ? [mem.readI8, mem.writeI8] : [mem.readU8, mem.writeU8];
    case 2: return t.signed ? [mem.readI16, mem.writeI16] : [mem.readU16, mem.writeU16];
    case 4: return t.signed ? [mem.readI32, mem.writeI32] : [mem.readU32, mem.writeU32];
    default: return t.signed ? [mem.readI64, mem.writeI64] : [mem.readU64, mem.writeU64];
  }
}

/** Float conversion as ctypes does it: int or float; a huge int is OverflowError. */
export function floatValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw new FFIError('OverflowError', 'int too large to convert to float');
    return f;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new FFIError('TypeError', `must be real number, not ${pyTypeName(v)}`);
}

/** Pointer conversion: an address (number/bigint, reduced modulo 2**64 like ctypes' c_void_p),
 *  or null/undefined for NULL. Bytes and str are handled by the call layer (they need storage). */
export function pointerValue(v: unknown): mem.PtrValue {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && v >= 0) return v;
    if (Number.isInteger(v)) return wrapInt(v, 64, false);
  } else if (v === null || v === undefined) {
    return 0;
  } else if (typeof v === 'bigint') {
    return wrapInt(v, 64, false);
  }
  throw new FFIError('TypeError', `cannot convert '${pyTypeName(v)}' object to a pointer`);
}

function makeToC(t: PrimitiveType, mode: IntMode): ToC {
  switch (t.kind) {
    case 'int':
      return makeIntConverter(t.bits, t.signed, mode, t.name);
    case 'float':
      return floatValue;
    case 'bool':
      return (v) => {
        if (typeof v === 'boolean') return v;
        if (typeof v === 'number' || typeof v === 'bigint') return v != 0;
        if (v === null || v === undefined) return false;
        throw new FFIError('TypeError', `an integer or bool is required, not ${pyTypeName(v)}`);
      };
    case 'char':
      // ctypes c_char: a length-1 bytes or an int in 0..255. Passed to koffi as a signed `char`.
      return (v) => {
        let b: number | undefined;
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255) b = v;
        else if (v instanceof Uint8Array && v.length === 1) b = v[0];
        else if (typeof v === 'boolean') b = v ? 1 : 0;
        if (b === undefined) throw new FFIError('TypeError', 'one character bytes, bytearray or integer expected');
        return b;
      };
    case 'wchar':
      return (v) => {
        if (typeof v === 'string') {
          const cp = v.codePointAt(0);
          if (cp !== undefined && v.length === (cp > 0xffff ? 2 : 1)) return cp;
          throw new FFIError('TypeError', 'one character unicode string expected');
        }
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x10ffff) return v;
        throw new FFIError('TypeError', `unicode string expected instead of ${pyTypeName(v)} instance`);
      };
    case 'pointer':
    case 'charp':
    case 'wcharp':
      return pointerValue;
    case 'void':
      return () => undefined;
  }
  throw new FFIError('TypeError', `no conversion to ${t.name}`);
}

const SPECS: PrimitiveSpec[] = [
  { name: 'void', kind: 'void', size: 0, code: 'v', koffi: 'void' },
  { name: 'char', kind: 'char', size: 1, code: 'c', koffi: 'char' },
  { name: 'signed char', kind: 'int', size: 1, code: 'b', signed: true, koffi: 'int8_t', aliases: ['schar'] },
  { name: 'unsigned char', kind: 'int', size: 1, code: 'B', koffi: 'uint8_t', aliases: ['uchar'] },
  { name: 'short', kind: 'int', size: 2, code: 'h', signed: true, koffi: 'int16_t', aliases: ['sshort', 'signed short'] },
  { name: 'unsigned short', kind: 'int', size: 2, code: 'H', koffi: 'uint16_t', aliases: ['ushort'] },
  { name: 'int', kind: 'int', size: 4, code: 'i', signed: true, koffi: 'int32_t', aliases: ['sint', 'signed int', 'signed'] },
  { name: 'unsigned int', kind: 'int', size: 4, code: 'I', koffi: 'uint32_t', aliases: ['uint', 'unsigned'] },
  { name: 'long', kind: 'int', size: 8, code: 'l', signed: true, koffi: 'int64_t', aliases: ['slong', 'signed long'] },
  { name: 'unsigned long', kind: 'int', size: 8, code: 'L', koffi: 'uint64_t', aliases: ['ulong'] },
  { name: 'long long', kind: 'int', size: 8, code: 'q', signed: true, koffi: 'int64_t', aliases: ['slonglong', 'signed long long'] },
  { name: 'unsigned long long', kind: 'int', size: 8, code: 'Q', koffi: 'uint64_t', aliases: ['ulonglong'] },
  { name: 'int8_t', kind: 'int', size: 1, code: '', signed: true, koffi: 'int8_t', aliases: ['int8'] },
  { name: 'uint8_t', kind: 'int', size: 1, code: '', koffi: 'uint8_t', aliases: ['uint8'] },
  { name: 'int16_t', kind: 'int', size: 2, code: '', signed: true, koffi: 'int16_t', aliases: ['int16'] },
  { name: 'uint16_t', kind: 'int', size: 2, code: '', koffi: 'uint16_t', aliases: ['uint16'] },
  { name: 'int32_t', kind: 'int', size: 4, code: '', signed: true, koffi: 'int32_t', aliases: ['int32'] },
  { name: 'uint32_t', kind: 'int', size: 4, code: '', koffi: 'uint32_t', aliases: ['uint32'] },
  { name: 'int64_t', kind: 'int', size: 8, code: '', signed: true, koffi: 'int64_t', aliases: ['int64'] },
  { name: 'uint64_t', kind: 'int', size: 8, code: '', koffi: 'uint64_t', aliases: ['uint64'] },
  { name: 'size_t', kind: 'int', size: 8, code: '', koffi: 'uint64_t', aliases: ['uintptr_t'] },
  { name: 'ssize_t', kind: 'int', size: 8, code: '', signed: true, koffi: 'int64_t', aliases: ['ptrdiff_t', 'intptr_t'] },
  { name: 'float', kind: 'float', size: 4, code: 'f', koffi: 'float' },
  { name: 'double', kind: 'float', size: 8, code: 'd', koffi: 'double' },
  // koffi has no long double: it lives in memory (structs, arrays, ctypes' c_longdouble) only.
  { name: 'long double', kind: 'float', size: 16, code: 'g', koffi: '' },
  { name: 'bool', kind: 'bool', size: 1, code: '?', koffi: 'bool', aliases: ['_Bool'] },
  // wchar_t is a signed 32-bit int on x86-64 Linux; its values are code points.
  { name: 'wchar_t', kind: 'wchar', size: 4, code: 'u', signed: true, koffi: 'int32_t', aliases: ['wchar'] },
  { name: 'void *', kind: 'pointer', size: 8, code: 'P', koffi: 'uintptr_t', aliases: ['pointer', 'void*'] },
  { name: 'char *', kind: 'charp', size: 8, code: 'z', koffi: 'uintptr_t', aliases: ['char*', 'charp'] },
  { name: 'wchar_t *', kind: 'wcharp', size: 8, code: 'Z', koffi: 'uintptr_t', aliases: ['wchar_t*', 'wcharp'] },
];

const byName = new Map<string, PrimitiveType>();
const byCode = new Map<string, PrimitiveType>();
for (const spec of SPECS) {
  const t = new PrimitiveType(spec);
  byName.set(spec.name, t);
  for (const a of spec.aliases ?? []) byName.set(a, t);
  if (spec.code) byCode.set(spec.code, t);
}

/** A primitive by C name or short alias ('int', 'unsigned long', 'uint64_t', 'void *', 'ulong'). */
export function primitive(name: string): PrimitiveType {
  const t = byName.get(name);
  if (!t) throw new FFIError('TypeError', `unknown C type '${name}'`);
  return t;
}

/** A primitive by ctypes/_rawffi type letter ('i', 'L', 'd', 'P', 'z', ...). */
export function primitiveByCode(code: string): PrimitiveType {
  const t = byCode.get(code);
  if (!t) throw new FFIError('ValueError', `unknown type letter '${code}'`);
  return t;
}

export function primitiveNames(): string[] {
  return [...byName.keys()];
}

/** The common primitives as constants. */
export const types = {
  void: primitive('void'), char: primitive('char'), schar: primitive('signed char'), uchar: primitive('unsigned char'),
  sshort: primitive('short'), ushort: primitive('unsigned short'), sint: primitive('int'), uint: primitive('unsigned int'),
  slong: primitive('long'), ulong: primitive('unsigned long'), slonglong: primitive('long long'), ulonglong: primitive('unsigned long long'),
  int8: primitive('int8_t'), uint8: primitive('uint8_t'), int16: primitive('int16_t'), uint16: primitive('uint16_t'),
  int32: primitive('int32_t'), uint32: primitive('uint32_t'), int64: primitive('int64_t'), uint64: primitive('uint64_t'),
  size_t: primitive('size_t'), ssize_t: primitive('ssize_t'), float: primitive('float'), double: primitive('double'),
  bool: primitive('bool'), wchar: primitive('wchar_t'), pointer: primitive('void *'), charp: primitive('char *'),
  wcharp: primitive('wchar_t *'),
} as const;

// ---------------------------------------------------------------------------------------------
// Arrays

export class ArrayType implements CType {
  readonly kind = 'array' as const;
  readonly name: string;
  readonly size: number;
  readonly align: number;
  private kt: KoffiType | undefined;

  constructor(readonly elem: CType, readonly length: number) {
    if (!Number.isInteger(length) || length < 0) throw new FFIError('ValueError', 'array length must be a non-negative integer');
    this.name = `${elem.name}[${length}]`;
    this.size = elem.size * length;
    this.align = elem.align;
  }

  koffiType(): KoffiType {
    return (this.kt ??= koffi.array(this.elem.koffiType(), this.length, 'Array'));
  }

  /** Address of element i (bounds-checked: IndexError is the Python layer's, this is ValueError). */
  elementAddress(base: Address, i: number): Address {
    if (!(i >= 0 && i < this.length)) throw new FFIError('ValueError', `index ${i} out of range for ${this.name}`);
    return base + i * this.elem.size;
  }
}

export function arrayOf(elem: CType, length: number): ArrayType {
  return new ArrayType(elem, length);
}

// ---------------------------------------------------------------------------------------------
// Structs and unions

export interface FieldSpec {
  name: string;
  type: CType;
  /** Bitfield width (int types only). */
  bits?: number;
}

export interface Field {
  readonly name: string;
  readonly type: CType;
  /** Byte offset of the field, or of the bitfield's storage unit (of type.size bytes). */
  readonly offset: number;
  /** For bitfields: position of the lowest bit inside the storage unit, and the width. */
  readonly bitOffset?: number;
  readonly bitSize?: number;
}

export interface StructOptions {
  union?: boolean;
  /** #pragma pack(n) / ctypes _pack_: caps every field's alignment at n (1 = packed). */
  pack?: number;
}

export class StructType implements CType {
  readonly kind: 'struct' | 'union';
  readonly name: string;
  readonly fields: readonly Field[];
  readonly size: number;
  readonly align: number;
  readonly pack: number;
  private readonly index = new Map<string, Field>();
  private kt: KoffiType | undefined;

  constructor(name: string, specs: readonly FieldSpec[], opts: StructOptions = {}) {
    this.kind = opts.union ? 'union' : 'struct';
    this.name = name;
    const pack = opts.pack ?? 0;
    if (pack !== 0 && (!Number.isInteger(pack) || pack < 0 || (pack & (pack - 1)) !== 0)) {
      throw new FFIError('ValueError', '_pack_ must be a non-negative power of 2');
    }
    this.pack = pack;
    const layout = opts.union ? layoutUnion(specs, pack) : layoutStruct(specs, pack);
    this.fields = layout.fields;
    this.size = layout.size;
    this.align = layout.align;
    for (const f of this.fields) {
      if (this.index.has(f.name)) throw new FFIError('ValueError', `duplicate field name '${f.name}'`);
      this.index.set(f.name, f);
    }
  }

  field(name: string): Field {
    const f = this.index.get(name);
    if (!f) throw new FFIError('AttributeError', `'${this.name}' has no field '${name}'`);
    return f;
  }

  offsetOf(name: string): number {
    return this.field(name).offset;
  }

  /** Read a primitive or bitfield member of the struct at base. */
  readField(base: Address, name: string): unknown {
    const f = this.field(name);
    if (f.bitSize !== undefined) return readBitfield(base, f);
    if (!(f.type instanceof PrimitiveType)) return base + f.offset; // composite: its address
    return f.type.read(base + f.offset);
  }

  writeField(base: Address, name: string, v: unknown, mode: IntMode = 'wrap'): void {
    const f = this.field(name);
    if (f.bitSize !== undefined) return writeBitfield(base, f, v, mode);
    if (!(f.type instanceof PrimitiveType)) throw new FFIError('TypeError', `cannot assign to composite field '${name}' (copy its bytes instead)`);
    f.type.write(base + f.offset, v, mode);
  }

  /** koffi struct type with exactly our layout, for passing by value. Bitfields cannot be
   *  expressed in koffi and raise TypeError. */
  koffiType(): KoffiType {
    if (this.kt) return this.kt;
    const members: Record<string, unknown> = {};
    for (const f of this.fields) {
      if (f.bitSize !== undefined) throw new FFIError('TypeError', `${this.name} has bitfields and cannot be passed by value`);
      members[f.name] = [this.pack ? Math.min(f.type.align, this.pack) : f.type.align, f.type.koffiType()];
    }
    const make = this.kind === 'union' ? koffi.union : koffi.struct;
    const kt = (make as (def: Record<string, unknown>) => KoffiType)(members);
    if (kt.size !== this.size || this.fields.some((f) => this.kind === 'struct' && koffi.offsetof(kt, f.name) !== f.offset)) {
      throw new FFIError('TypeError', `${this.name}: layout cannot be passed by value`);
    }
    return (this.kt = kt);
  }
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function layoutStruct(specs: readonly FieldSpec[], pack: number): { fields: Field[]; size: number; align: number } {
  const fields: Field[] = [];
  let bitpos = 0; // running position in bits: bitfields need sub-byte positions
  let align = 1;
  for (const s of specs) {
    const natural = s.type.align;
    const a = pack ? Math.min(natural, pack) : natural;
    if (s.bits === undefined) {
      const offset = alignUp(Math.ceil(bitpos / 8), a);
      fields.push({ name: s.name, type: s.type, offset });
      bitpos = (offset + s.type.size) * 8;
      align = Math.max(align, a);
      continue;
    }
    checkBitfield(s);
    const unitBits = s.type.size * 8;
    if (s.bits === 0) {
      // A zero-width bitfield moves to the next unit of its type and names nothing.
      bitpos = alignUp(bitpos, a * 8);
      continue;
    }
    // GCC: a bitfield that would straddle an aligned unit of its type starts the next unit
    // (with packing, GCC packs bitfields tightly; ctypes follows the same rule).
    if (!pack && Math.floor(bitpos / unitBits) !== Math.floor((bitpos + s.bits - 1) / unitBits)) {
      bitpos = alignUp(bitpos, unitBits);
    }
    let unit = Math.floor(bitpos / unitBits) * s.type.size;
    if (pack) unit = Math.floor(bitpos / 8 / a) * a;
    if ((bitpos - unit * 8) + s.bits > unitBits) {
      throw new FFIError('TypeError', `bitfield '${s.name}' layout not supported with _pack_ = ${pack}`);
    }
    fields.push({ name: s.name, type: s.type, offset: unit, bitOffset: bitpos - unit * 8, bitSize: s.bits });
    bitpos += s.bits;
    align = Math.max(align, a);
  }
  const size = alignUp(Math.ceil(bitpos / 8), align);
  return { fields, size, align };
}

function layoutUnion(specs: readonly FieldSpec[], pack: number): { fields: Field[]; size: number; align: number } {
  const fields: Field[] = [];
  let size = 0;
  let align = 1;
  for (const s of specs) {
    const a = pack ? Math.min(s.type.align, pack) : s.type.align;
    if (s.bits !== undefined) {
      checkBitfield(s);
      fields.push({ name: s.name, type: s.type, offset: 0, bitOffset: 0, bitSize: s.bits });
    } else {
      fields.push({ name: s.name, type: s.type, offset: 0 });
    }
    size = Math.max(size, s.type.size);
    align = Math.max(align, a);
  }
  return { fields, size: alignUp(size, align), align };
}

function checkBitfield(s: FieldSpec): void {
  const t = s.type;
  if (!(t instanceof PrimitiveType) || (t.kind !== 'int' && t.kind !== 'bool' && t.kind !== 'char')) {
    throw new FFIError('TypeError', `bit fields not allowed for type ${t.name}`);
  }
  if (!Number.isInteger(s.bits) || s.bits! < 0 || s.bits! > t.size * 8) {
    throw new FFIError('ValueError', `number of bits invalid for bit field '${s.name}'`);
  }
}

function readUnit(addr: Address, size: number): bigint {
  switch (size) {
    case 1: return BigInt(mem.readU8(addr));
    case 2: return BigInt(mem.readU16(addr));
    case 4: return BigInt(mem.readU32(addr));
    default: return BigInt(mem.readU64(addr));
  }
}

function writeUnit(addr: Address, size: number, v: bigint): void {
  switch (size) {
    case 1: return mem.writeU8(addr, Number(v));
    case 2: return mem.writeU16(addr, Number(v));
    case 4: return mem.writeU32(addr, Number(v));
    default: return mem.writeU64(addr, v);
  }
}

function readBitfield(base: Address, f: Field): IntValue | boolean {
  const t = f.type as PrimitiveType;
  const unit = readUnit(base + f.offset, t.size);
  const raw = (unit >> BigInt(f.bitOffset!)) & ((1n << BigInt(f.bitSize!)) - 1n);
  if (t.kind === 'bool') return raw !== 0n;
  return normalizeInt(t.signed ? BigInt.asIntN(f.bitSize!, raw) : raw);
}

function writeBitfield(base: Address, f: Field, v: unknown, mode: IntMode): void {
  const t = f.type as PrimitiveType;
  const bits = f.bitSize!;
  let iv: IntValue = t.kind === 'bool' ? (t.toC(mode)(v) ? 1 : 0) : integerValue(v);
  iv = mode === 'check' ? checkInt(iv, bits, t.signed, `${t.name}:${bits}`) : wrapInt(iv, bits, t.signed);
  const mask = ((1n << BigInt(bits)) - 1n) << BigInt(f.bitOffset!);
  const unit = readUnit(base + f.offset, t.size);
  const next = (unit & ~mask) | ((BigInt(iv) << BigInt(f.bitOffset!)) & mask);
  writeUnit(base + f.offset, t.size, next);
}

export function defineStruct(name: string, fields: readonly FieldSpec[], opts: StructOptions = {}): StructType {
  return new StructType(name, fields, opts);
}

export function defineUnion(name: string, fields: readonly FieldSpec[], opts: Omit<StructOptions, 'union'> = {}): StructType {
  return new StructType(name, fields, { ...opts, union: true });
}
