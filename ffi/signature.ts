// A C function signature (argument types, result type, variadic, errno and int policies) and the
// converters it implies: JS value → koffi value for each argument, koffi value → JS value for
// the result. Shared by calls (call.ts) and callbacks (callback.ts); one interned Signature per
// distinct signature, so the koffi prototype and the converters are built once.

import * as arena from './arena.js';
import { ArrayType, CType, FromC, PrimitiveType, StructType, ToC, floatValue, pointerValue, primitive } from './ctype.js';
import { FFIError, pyTypeName } from './errors.js';
import type { IntMode } from './intconv.js';
import * as mem from './memory.js';
import { koffi, KoffiType } from './native.js';

export interface SignatureSpec {
  args: readonly CType[];
  /** Result type; `types.void` (or omitted) for void. */
  result?: CType;
  /** Accepts extra arguments after `args` (typed per call, see CFunction.callVariadic). */
  variadic?: boolean;
  /** ctypes' use_errno: swap the private errno copy in and out around the call. */
  useErrno?: boolean;
  /** 'wrap' (ctypes, default) or 'check' (cffi): what an out-of-range int argument does. */
  intMode?: IntMode;
}

let protoCounter = 0;

export class Signature {
  readonly args: readonly CType[];
  readonly result: CType;
  readonly variadic: boolean;
  readonly useErrno: boolean;
  readonly intMode: IntMode;
  readonly key: string;
  /** Per-argument JS → koffi converters (may use the call arena: see `usesArena`). */
  readonly argToC: readonly ToC[];
  /** koffi result → JS value. */
  readonly resultFromC: FromC;
  /** Per-argument koffi → JS converters, for callbacks receiving these arguments. */
  readonly argFromC: readonly FromC[];
  /** JS → koffi for a callback's return value (no arena: the memory must outlive the call). */
  readonly resultToC: ToC;
  /** True when some argument converter may copy bytes/str into the per-call arena. */
  readonly usesArena: boolean;
  private proto: KoffiType | undefined;
  private protoPtr: KoffiType | undefined;

  constructor(spec: SignatureSpec, key: string) {
    this.args = spec.args;
    this.result = spec.result ?? VOID;
    this.variadic = spec.variadic ?? false;
    this.useErrno = spec.useErrno ?? false;
    this.intMode = spec.intMode ?? 'wrap';
    this.key = key;
    for (const t of this.args) if (t.kind === 'void') throw new FFIError('TypeError', 'void is not a valid argument type');
    this.argToC = this.args.map((t) => argConverter(t, this.intMode));
    this.usesArena = this.args.some((t) => t.kind === 'pointer' || t.kind === 'charp' || t.kind === 'wcharp');
    this.resultFromC = resultConverter(this.result);
    this.argFromC = this.args.map((t) => resultConverter(t));
    this.resultToC = this.result.kind === 'void' ? () => undefined : valueConverter(this.result, this.intMode);
  }

  /** koffi prototype (pointer params declared uintptr_t so they cross as numbers). */
  koffiProto(): KoffiType {
    if (this.proto) return this.proto;
    const params: unknown[] = this.args.map((t) => koffiParamType(t));
    if (this.variadic) params.push('...');
    const proto = (koffi.proto as (name: string, result: unknown, args: unknown[]) => KoffiType)(
      `tspy_proto_${protoCounter++}`, koffiParamType(this.result), params);
    return (this.proto = proto);
  }

  /** koffi pointer-to-prototype type, for koffi.decode and koffi.register. */
  koffiProtoPointer(): KoffiType {
    return (this.protoPtr ??= koffi.pointer(this.koffiProto()));
  }

  /** "int (int, double)" — for messages. */
  toString(): string {
    const args = this.args.map((t) => t.name);
    if (this.variadic) args.push('...');
    return `${this.result.name} (${args.join(', ') || 'void'})`;
  }
}

const VOID: CType = primitive('void');

export function koffiParamType(t: CType): KoffiType | string {
  // An array parameter is a pointer in C.
  if (t.kind === 'array') return 'uintptr_t';
  return t.koffiType();
}

const interned = new Map<string, Signature>();
const typeIds = new WeakMap<CType, number>();
let nextTypeId = 0;

function typeId(t: CType): number {
  let id = typeIds.get(t);
  if (id === undefined) typeIds.set(t, (id = nextTypeId++));
  return id;
}

/** The interned Signature for a spec (same spec → same object, so caches can key on it). */
export function signature(spec: SignatureSpec): Signature {
  const parts = spec.args.map(typeId);
  const key = `${typeId(spec.result ?? VOID)}(${parts.join(',')}${spec.variadic ? ',...' : ''})` +
    `${spec.useErrno ? 'E' : ''}${spec.intMode === 'check' ? 'C' : ''}`;
  let sig = interned.get(key);
  if (!sig) interned.set(key, (sig = new Signature(spec, key)));
  return sig;
}

// ---------------------------------------------------------------------------------------------
// Converters

/** Value conversion for memory-less contexts (callback results): primitives and addresses. */
function valueConverter(t: CType, mode: IntMode): ToC {
  if (t instanceof PrimitiveType) return t.toC(mode);
  if (t instanceof StructType) return structToC(t);
  if (t instanceof ArrayType) return pointerValue;
  throw new FFIError('TypeError', `unsupported type ${t.name}`);
}

/** Argument conversion: like valueConverter, plus bytes/str copied into the call arena for
 *  pointer parameters (ctypes passes bytes to `char *` or `void *`, str to `wchar_t *` or `void *`). */
function argConverter(t: CType, mode: IntMode): ToC {
  switch (t.kind) {
    case 'charp':
      return (v) => {
        if (v instanceof Uint8Array) return arena.cstring(v);
        return pointerOrNull(v, 'bytes or integer address');
      };
    case 'wcharp':
      return (v) => {
        if (typeof v === 'string') return arena.wstring(v);
        return pointerOrNull(v, 'str or integer address');
      };
    case 'pointer':
    case 'array':
      return (v) => {
        if (typeof v === 'number' && v >= 0 && Number.isSafeInteger(v)) return v;
        if (v instanceof Uint8Array) return arena.cstring(v);
        if (typeof v === 'string') return arena.wstring(v);
        return pointerOrNull(v, 'int, bytes or str');
      };
  }
  return valueConverter(t, mode);
}

function pointerOrNull(v: unknown, expected: string): mem.PtrValue {
  if (typeof v === 'number' || typeof v === 'bigint' || v === null || v === undefined) return pointerValue(v);
  throw new FFIError('TypeError', `wrong type: expected ${expected}, got ${pyTypeName(v)}`);
}

/** A struct passed by value: the caller gives the address of the struct's memory. */
function structToC(t: StructType): ToC {
  return (v) => {
    if (typeof v !== 'number') throw new FFIError('TypeError', `expected the address of a ${t.name}, got ${pyTypeName(v)}`);
    mem.checkAddress(v);
    return koffi.decode(v, t.koffiType());
  };
}

/** Result conversion. char * → bytes (Uint8Array) or null, wchar_t * → string or null, as
 *  ctypes restypes c_char_p / c_wchar_p do; void * → address number (0 for NULL); a struct by
 *  value → address of a new block (from memory.alloc) the caller owns and must free. */
function resultConverter(t: CType): FromC {
  if (t instanceof PrimitiveType) {
    switch (t.kind) {
      case 'void': return () => undefined;
      case 'charp': return (v) => (v === 0 || v === null ? null : mem.readCString(toAddress(v)));
      case 'wcharp': return (v) => (v === 0 || v === null ? null : mem.readWString(toAddress(v)));
      case 'int':
        if (t.size < 8) return (v) => v;
        return (v) => (typeof v === 'number' ? (Number.isSafeInteger(v) ? v : BigInt(v)) : v);
      case 'float': return (v) => v;
      default: return (v) => t.fromC(v);
    }
  }
  if (t instanceof StructType) {
    return (v) => {
      const addr = mem.alloc(t.size, t.align);
      koffi.encode(addr, t.koffiType(), v);
      return addr;
    };
  }
  if (t instanceof ArrayType) return (v) => (typeof v === 'bigint' ? Number(v) : v);
  throw new FFIError('TypeError', `unsupported result type ${t.name}`);
}

function toAddress(v: unknown): mem.Address {
  if (typeof v === 'number') return v;
  throw new FFIError('ValueError', `invalid address ${String(v)}`);
}

export { floatValue };
