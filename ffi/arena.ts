// Scratch C memory for the duration of one foreign call: bytes passed as `char *` get a
// NUL-terminated copy, str passed as `wchar_t *` gets its UTF-32 encoding. Allocation is a bump
// of `top` in one preallocated block, released by resetting `top` to the mark taken before the
// call (nested calls from inside callbacks stack naturally). Oversized requests get their own
// malloc'ed block, freed at the same release.

import { alloc, free, wcharUnits, writeBytes, writeU32, writeU8, type Address } from './memory.js';

const ARENA_SIZE = 1 << 20;
let base = 0;
let top = 0;
const overflow: { mark: number; addr: Address }[] = [];

function reserve(n: number): Address {
  if (base === 0) base = alloc(ARENA_SIZE, 16);
  const start = (top + 15) & ~15;
  if (start + n <= ARENA_SIZE) {
    top = start + n;
    return base + start;
  }
  const addr = alloc(n, 16, false);
  overflow.push({ mark: top, addr });
  top++; // so a nested call's mark is above this entry and its release() keeps it
  return addr;
}

/** The current arena position, to pass to release() after the call. */
export function mark(): number {
  return top;
}

/** Free everything reserved since `m` was taken. */
export function release(m: number): void {
  top = m;
  while (overflow.length > 0 && overflow[overflow.length - 1].mark >= m) free(overflow.pop()!.addr);
}

/** A NUL-terminated copy of bytes, valid until release(). */
export function cstring(bytes: Uint8Array): Address {
  const p = reserve(bytes.length + 1);
  writeBytes(p, bytes);
  writeU8(p + bytes.length, 0);
  return p;
}

/** A 0-terminated wchar_t (UTF-32) copy of a string, valid until release(). */
export function wstring(s: string): Address {
  const units = wcharUnits(s);
  const p = reserve(4 * (units.length + 1));
  for (let i = 0; i < units.length; i++) writeU32(p + 4 * i, units[i]);
  writeU32(p + 4 * units.length, 0);
  return p;
}

/** Raw zeroed-or-not scratch of n bytes, valid until release(). */
export function scratch(n: number): Address {
  return reserve(Math.max(n, 1));
}
