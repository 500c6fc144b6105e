// Raw C memory: allocation, typed reads/writes at addresses, bulk copies and C strings.
// Reads and writes go through cached typed-array windows over the process's memory (koffi.view),
// never one native call per element: a hit in the window cache costs a few ns.
//
// Address convention (what Python sees as an int): an address is a JS `number`. x86-64 Linux
// user-space pointers are < 2**47, far below 2**53, so every real pointer is a safe integer and
// never needs a BigInt (koffi's own pointers are BigInts; we declare pointers `uintptr_t` in koffi
// signatures, which hands us numbers). NULL is 0. A pointer-sized VALUE read from memory or
// returned by C that is >= 2**53 (garbage, never a real pointer) is returned exactly as a bigint
// (`PtrValue`); memory access through such a value raises ValueError.
//
// Safety: an access below address 4096 (NULL or NULL + small offset) or past the canonical
// address range raises FFIError('ValueError', 'NULL pointer access' / 'invalid address').
// Blocks allocated here are tracked so that a double free raises instead of aborting glibc, and
// a `Block` whose memory was freed reads as NULL. An arbitrary wild pointer cannot be guarded
// (as in CPython's ctypes: reading one may crash the process).

import { FFIError } from './errors.js';
import { c_aligned_alloc, c_calloc, c_free, c_memmove, c_memset, koffi } from './native.js';

export type Address = number;
/** A pointer-sized value: a number for every real address, a bigint only for values >= 2**53. */
export type PtrValue = number | bigint;
export type IntValue = number | bigint;

const MIN_ADDRESS = 4096;
const MAX_ADDRESS = 2 ** 57; // 5-level paging user space ends at 2**56

// ---------------------------------------------------------------------------------------------
// Window cache. The address space is tiled into aligned 16 KiB windows; a window's views are made
// on first touch and kept in a direct-mapped cache. koffi.view costs ~1 µs for up to 16 KiB and
// grows with the size (64 KiB: ~3 µs, 1 MiB: ~30 µs, V8 accounts external memory), hence the
// moderate window size. A view never touches memory by itself: only the bytes actually accessed
// are read, so a window reaching into unmapped pages is harmless.
const WINDOW_SHIFT = 14;
const WINDOW = 1 << WINDOW_SHIFT;
const SLOTS = 512;
const SLOT_MASK = SLOTS - 1;
const tags = new Float64Array(SLOTS).fill(-1);
const EMPTY = new ArrayBuffer(0);
const dvs: DataView[] = new Array<DataView>(SLOTS).fill(new DataView(EMPTY));
const u8s: Uint8Array[] = new Array<Uint8Array>(SLOTS).fill(new Uint8Array(EMPTY));

/** Offset inside its window of the address last located by `at`/`windowBytes`. Module state
 *  instead of a returned pair, so the hot path allocates nothing. */
let off = 0;

let windowMisses = 0;

function fill(tag: number, slot: number): DataView {
  windowMisses++;
  const buf = koffi.view(tag * WINDOW, WINDOW) as ArrayBuffer;
  const dv = new DataView(buf);
  tags[slot] = tag;
  dvs[slot] = dv;
  u8s[slot] = new Uint8Array(buf);
  return dv;
}

export function checkAddress(addr: Address): void {
  if (!(addr >= MIN_ADDRESS && addr < MAX_ADDRESS)) badAddress(addr);
}

function badAddress(addr: unknown): never {
  if (typeof addr === 'number' && addr >= 0 && addr < MIN_ADDRESS) throw new FFIError('ValueError', 'NULL pointer access');
  throw new FFIError('ValueError', `invalid address ${String(addr)}`);
}

/** The window DataView holding [addr, addr+size), with `off` set; null when the range crosses a
 *  window boundary (only unaligned accesses can). */
function at(addr: Address, size: number): DataView | null {
  if (!(addr >= MIN_ADDRESS && addr < MAX_ADDRESS)) badAddress(addr);
  const tag = Math.floor(addr / WINDOW);
  off = addr - tag * WINDOW;
  if (off + size > WINDOW) return null;
  const slot = tag & SLOT_MASK;
  return tags[slot] === tag ? dvs[slot] : fill(tag, slot);
}

/** The window bytes holding `addr` (sets `off`). */
function windowBytes(addr: Address): Uint8Array {
  if (!(addr >= MIN_ADDRESS && addr < MAX_ADDRESS)) badAddress(addr);
  const tag = Math.floor(addr / WINDOW);
  off = addr - tag * WINDOW;
  const slot = tag & SLOT_MASK;
  if (tags[slot] !== tag) fill(tag, slot);
  return u8s[slot];
}

// Values crossing a window boundary are assembled in a scratch buffer byte by byte.
const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

function loadScratch(addr: Address, size: number): DataView {
  for (let i = 0; i < size; i++) scratchBytes[i] = windowBytes(addr + i)[off];
  return scratch;
}

function storeScratch(addr: Address, size: number): void {
  for (let i = 0; i < size; i++) windowBytes(addr + i)[off] = scratchBytes[i];
}

/** Statistics for tests and benchmarks. */
export function windowStats(): { misses: number; windowSize: number; slots: number } {
  return { misses: windowMisses, windowSize: WINDOW, slots: SLOTS };
}

// ---------------------------------------------------------------------------------------------
// Typed reads and writes. Writers take values already converted to the C type's range (see
// intconv.ts); DataView setters reduce modulo the width anyway, so nothing here can corrupt
// neighbouring bytes.

export function readI8(addr: Address): number { const d = at(addr, 1); return d!.getInt8(off); }
export function readU8(addr: Address): number { const d = at(addr, 1); return d!.getUint8(off); }
export function readI16(addr: Address): number { const d = at(addr, 2); return d ? d.getInt16(off, true) : loadScratch(addr, 2).getInt16(0, true); }
export function readU16(addr: Address): number { const d = at(addr, 2); return d ? d.getUint16(off, true) : loadScratch(addr, 2).getUint16(0, true); }
export function readI32(addr: Address): number { const d = at(addr, 4); return d ? d.getInt32(off, true) : loadScratch(addr, 4).getInt32(0, true); }
export function readU32(addr: Address): number { const d = at(addr, 4); return d ? d.getUint32(off, true) : loadScratch(addr, 4).getUint32(0, true); }
export function readF32(addr: Address): number { const d = at(addr, 4); return d ? d.getFloat32(off, true) : loadScratch(addr, 4).getFloat32(0, true); }
export function readF64(addr: Address): number { const d = at(addr, 8); return d ? d.getFloat64(off, true) : loadScratch(addr, 8).getFloat64(0, true); }
export function readBool(addr: Address): boolean { const d = at(addr, 1); return d!.getUint8(off) !== 0; }

export function readI64(addr: Address): IntValue {
  let d = at(addr, 8);
  let o = off;
  if (d === null) { d = loadScratch(addr, 8); o = 0; }
  const hi = d.getInt32(o + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) {
    const v = hi * 4294967296 + d.getUint32(o, true);
    if (v !== -9007199254740992) return v;
  }
  return d.getBigInt64(o, true);
}

export function readU64(addr: Address): IntValue {
  let d = at(addr, 8);
  let o = off;
  if (d === null) { d = loadScratch(addr, 8); o = 0; }
  const hi = d.getUint32(o + 4, true);
  if (hi < 0x200000) return hi * 4294967296 + d.getUint32(o, true);
  return d.getBigUint64(o, true);
}

/** Read the pointer stored at `addr` (a number for every real pointer). */
export const readPtr: (addr: Address) => PtrValue = readU64;

/** Read the i-th pointer of the pointer array at `addr` (e.g. a SQLite UDF's argv): one window
 *  lookup and two 32-bit reads, no native call. */
export function readPtrAt(addr: Address, i: number): PtrValue {
  return readU64(addr + i * 8);
}

export function writeI8(addr: Address, v: number): void { const d = at(addr, 1); d!.setInt8(off, v); }
export function writeU8(addr: Address, v: number): void { const d = at(addr, 1); d!.setUint8(off, v); }
export function writeI16(addr: Address, v: number): void {
  const d = at(addr, 2);
  if (d) d.setInt16(off, v, true); else { scratch.setInt16(0, v, true); storeScratch(addr, 2); }
}
export function writeU16(addr: Address, v: number): void {
  const d = at(addr, 2);
  if (d) d.setUint16(off, v, true); else { scratch.setUint16(0, v, true); storeScratch(addr, 2); }
}
export function writeI32(addr: Address, v: number): void {
  const d = at(addr, 4);
  if (d) d.setInt32(off, v, true); else { scratch.setInt32(0, v, true); storeScratch(addr, 4); }
}
export function writeU32(addr: Address, v: number): void {
  const d = at(addr, 4);
  if (d) d.setUint32(off, v, true); else { scratch.setUint32(0, v, true); storeScratch(addr, 4); }
}
export function writeF32(addr: Address, v: number): void {
  const d = at(addr, 4);
  if (d) d.setFloat32(off, v, true); else { scratch.setFloat32(0, v, true); storeScratch(addr, 4); }
}
export function writeF64(addr: Address, v: number): void {
  const d = at(addr, 8);
  if (d) d.setFloat64(off, v, true); else { scratch.setFloat64(0, v, true); storeScratch(addr, 8); }
}
export function writeBool(addr: Address, v: boolean): void { const d = at(addr, 1); d!.setUint8(off, v ? 1 : 0); }

// long double is x87's 80-bit extended format in 16 bytes (64-bit mantissa with an explicit
// integer bit, then sign and 15-bit exponent). JS numbers are doubles: a read rounds to the
// nearest double, as C's (double) cast does; a write is exact.
const F80_BIAS = 16383;
const TWO_63 = 1n << 63n;

/** Read a long double (rounded to the nearest double). */
export function readF80(addr: Address): number {
  const mantissa = readU64(addr);
  const m = typeof mantissa === 'bigint' ? mantissa : BigInt(mantissa);
  const se = readU16(addr + 8);
  const sign = se & 0x8000 ? -1 : 1;
  const e = se & 0x7fff;
  if (e === 0x7fff) return (m & (TWO_63 - 1n)) === 0n ? sign * Infinity : NaN;
  if (m === 0n) return sign * 0;
  // value = m * 2**(e - bias - 63); split the scaling so that neither factor overflows early
  const exp = (e === 0 ? 1 : e) - F80_BIAS - 63;
  const half = Math.trunc(exp / 2);
  return sign * Number(m) * 2 ** half * 2 ** (exp - half);
}

/** Write a double as a long double (exactly). */
export function writeF80(addr: Address, v: number): void {
  let se = 0;
  let m = 0n;
  if (Number.isNaN(v)) {
    se = 0x7fff;
    m = 0xc000000000000000n;
  } else {
    if (v < 0 || Object.is(v, -0)) se = 0x8000;
    const a = Math.abs(v);
    if (a === Infinity) {
      se |= 0x7fff;
      m = TWO_63;
    } else if (a !== 0) {
      scratch.setFloat64(0, a, true);
      const bits = scratch.getBigUint64(0, true);
      let e = Number(bits >> 52n);
      let f = bits & ((1n << 52n) - 1n);
      if (e === 0) { // subnormal double: normalise the fraction
        const p = f.toString(2).length - 1;
        f = (f << BigInt(52 - p)) & ((1n << 52n) - 1n);
        e = p - 51;
      }
      se |= e - 1023 + F80_BIAS;
      m = TWO_63 | (f << 11n);
    }
  }
  writeU64(addr, m);
  writeU16(addr + 8, se);
  writeU16(addr + 10, 0);
  writeU32(addr + 12, 0);
}

/** Write a 64-bit integer (signed or unsigned: the bit pattern is the same modulo 2**64). */
export function writeI64(addr: Address, v: IntValue): void {
  let d = at(addr, 8);
  let o = off;
  const straddles = d === null;
  if (d === null) { d = scratch; o = 0; }
  if (typeof v === 'number') {
    d.setUint32(o, v >>> 0, true); // ToUint32 is an exact reduction modulo 2**32
    d.setUint32(o + 4, Math.floor(v / 4294967296) >>> 0, true);
  } else {
    d.setBigUint64(o, BigInt.asUintN(64, v), true);
  }
  if (straddles) storeScratch(addr, 8);
}
export const writeU64 = writeI64;
export const writePtr: (addr: Address, v: PtrValue) => void = writeI64;

// ---------------------------------------------------------------------------------------------
// Bulk operations.

/** Copy n bytes at addr into a new Uint8Array (ctypes.string_at(addr, n)). */
export function readBytes(addr: Address, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  checkAddress(addr);
  let done = 0;
  while (done < n) {
    const w = windowBytes(addr + done);
    const chunk = Math.min(n - done, WINDOW - off);
    out.set(w.subarray(off, off + chunk), done);
    done += chunk;
  }
  return out;
}

/** Copy bytes (or a part of them) into C memory at addr. */
export function writeBytes(addr: Address, src: Uint8Array, start = 0, end = src.length): void {
  const n = end - start;
  if (n <= 0) return;
  checkAddress(addr);
  let done = 0;
  while (done < n) {
    const w = windowBytes(addr + done);
    const chunk = Math.min(n - done, WINDOW - off);
    w.set(src.subarray(start + done, start + done + chunk), off);
    done += chunk;
  }
}

/** strlen: bytes before the first NUL. Scans window by window with Uint8Array.indexOf. */
export function strlen(addr: Address): number {
  checkAddress(addr);
  let n = 0;
  for (;;) {
    const w = windowBytes(addr + n);
    const i = w.indexOf(0, off);
    if (i >= 0) return n + (i - off);
    n += WINDOW - off;
  }
}

/** ctypes.string_at: the bytes at addr up to the NUL (len < 0) or exactly len bytes. */
export function readCString(addr: Address, len = -1): Uint8Array {
  return readBytes(addr, len < 0 ? strlen(addr) : len);
}

/** Write bytes followed by a NUL terminator; returns the number of bytes written (with the NUL). */
export function writeCString(addr: Address, bytes: Uint8Array): number {
  writeBytes(addr, bytes);
  writeU8(addr + bytes.length, 0);
  return bytes.length + 1;
}

export const WCHAR_SIZE = 4; // wchar_t is UTF-32 on Linux

/** wcslen: wchar_t units before the first 0. */
export function wcslen(addr: Address): number {
  checkAddress(addr);
  let n = 0;
  while (readU32(addr + 4 * n) !== 0) n++;
  return n;
}

/** ctypes.wstring_at: decode UTF-32 wchar_t units to a JS string (up to the 0 unit, or len units).
 *  A unit that is not a Unicode code point raises ValueError, as CPython does. */
export function readWString(addr: Address, len = -1): string {
  const n = len < 0 ? wcslen(addr) : len;
  let s = '';
  for (let i = 0; i < n; i++) {
    const cp = readU32(addr + 4 * i);
    if (cp > 0x10ffff) throw new FFIError('ValueError', `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** Code points of a JS string, i.e. its wchar_t units (a surrogate pair is one unit). */
export function wcharUnits(s: string): Uint32Array {
  const units = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    units[n++] = cp;
    if (cp > 0xffff) i++;
  }
  return units.subarray(0, n);
}

/** Write a string as wchar_t units plus a 0 unit (when nul); returns the bytes written. */
export function writeWString(addr: Address, s: string, nul = true): number {
  const units = wcharUnits(s);
  for (let i = 0; i < units.length; i++) writeU32(addr + 4 * i, units[i]);
  if (nul) writeU32(addr + 4 * units.length, 0);
  return 4 * (units.length + (nul ? 1 : 0));
}

export function memmove(dst: Address, src: Address, n: number): void {
  if (n <= 0) return;
  checkAddress(dst);
  checkAddress(src);
  c_memmove(dst, src, n);
}

export const memcpy = memmove;

export function memset(dst: Address, byte: number, n: number): void {
  if (n <= 0) return;
  checkAddress(dst);
  c_memset(dst, byte & 0xff, n);
}

/** A live Uint8Array over [addr, addr+n) (a memoryview on C memory). Within one window it
 *  shares the cached view; a larger range gets a view of its own. */
export function bytesView(addr: Address, n: number): Uint8Array {
  if (n === 0) return new Uint8Array(0);
  checkAddress(addr);
  const w = windowBytes(addr);
  if (off + n <= WINDOW) return w.subarray(off, off + n);
  return new Uint8Array(koffi.view(addr, n) as ArrayBuffer);
}

/** A live DataView starting exactly at addr, for code that reads one struct many times. */
export function dataView(addr: Address, n: number): DataView {
  const b = bytesView(addr, n);
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

// ---------------------------------------------------------------------------------------------
// Allocation. libc's calloc/free (called through koffi with `uintptr_t` pointers) rather than
// koffi.alloc: same heap as the C code we call, so C may free what we allocate and vice versa;
// results are numbers, not BigInts; memory is zeroed (ctypes zero-initialises its buffers);
// and aligned_alloc covers alignments above malloc's 16.

const live = new Map<Address, number>(); // blocks from alloc(): address → size
const freed = new Set<Address>(); // our blocks freed and not handed out again (double-free check)
const FREED_CAP = 65536;

export function alloc(size: number, align = 16, zero = true): Address {
  if (!Number.isInteger(size) || size < 0) throw new FFIError('ValueError', `invalid allocation size ${size}`);
  if (!Number.isInteger(align) || align <= 0 || (align & (align - 1)) !== 0) throw new FFIError('ValueError', `alignment must be a power of 2, not ${align}`);
  const n = Math.max(size, 1);
  let p: number;
  if (align <= 16) {
    p = c_calloc(1, n);
  } else {
    p = c_aligned_alloc(align, Math.ceil(n / align) * align);
    if (p && zero) c_memset(p, 0, n);
  }
  if (!p) throw new FFIError('MemoryError', `cannot allocate ${size} bytes`);
  live.set(p, size);
  freed.delete(p);
  return p;
}

/** free() for blocks from alloc(). Freeing NULL does nothing; freeing one of our blocks twice
 *  raises ValueError instead of letting glibc abort the process. Memory malloc'ed by C should be
 *  released with freeForeign(): C's malloc may hand out an address we freed earlier, which this
 *  function would take for a double free. */
export function free(addr: Address): void {
  if (addr === 0) return;
  if (freed.has(addr)) throw new FFIError('ValueError', `double free of block at 0x${addr.toString(16)}`);
  checkAddress(addr);
  if (live.delete(addr)) {
    freed.add(addr);
    if (freed.size > FREED_CAP) freed.delete(freed.values().next().value as Address);
  }
  c_free(addr);
}

/** libc free() of memory allocated by C (no double-free bookkeeping possible). */
export function freeForeign(addr: Address): void {
  if (addr === 0) return;
  checkAddress(addr);
  if (live.delete(addr)) freed.add(addr);
  else freed.delete(addr);
  c_free(addr);
}

/** Size of a live block allocated by alloc(), or -1. */
export function allocatedSize(addr: Address): number {
  return live.get(addr) ?? -1;
}

export function liveBlockCount(): number {
  return live.size;
}

/** A block of C memory owned by a Python object (a _rawffi array or structure instance).
 *  After free() its address is 0, so any access through it is a 'NULL pointer access'. */
export class Block {
  address: Address;
  readonly size: number;
  /** false for a view on memory owned by someone else (e.g. a struct returned by C). */
  readonly owned: boolean;

  constructor(address: Address, size: number, owned: boolean) {
    this.address = address;
    this.size = size;
    this.owned = owned;
  }

  static alloc(size: number, align = 16): Block {
    return new Block(alloc(size, align), size, true);
  }

  /** A Block over memory we do not own (free() only forgets it). */
  static at(address: Address, size: number): Block {
    return new Block(address, size, false);
  }

  get freed(): boolean {
    return this.address === 0;
  }

  /** Address of [offset, offset+n) inside the block, after a bounds check. */
  addr(offset: number, n: number): Address {
    if (this.address === 0) throw new FFIError('ValueError', 'NULL pointer access');
    if (offset < 0 || offset + n > this.size) throw new FFIError('ValueError', `access of ${n} bytes at offset ${offset} out of bounds for a block of ${this.size} bytes`);
    return this.address + offset;
  }

  free(): void {
    const a = this.address;
    this.address = 0;
    if (this.owned && a !== 0) free(a);
  }
}
