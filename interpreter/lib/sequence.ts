// Sequence helpers: slice index normalisation exactly as CPython's PySlice_Unpack +
// PySlice_AdjustIndices, slice.indices(), and the stable sort behind list.sort()/sorted().

import { raise } from './errors.js';

type Idx = number | bigint | null | undefined; // None is null/undefined

const SSIZE_MAX = Number.MAX_SAFE_INTEGER; // stands in for PY_SSIZE_T_MAX: any clamp beyond len is equivalent

function clamp(v: number | bigint): number {
  if (typeof v === 'number') return v > SSIZE_MAX ? SSIZE_MAX : v < -SSIZE_MAX ? -SSIZE_MAX : v;
  return v > BigInt(SSIZE_MAX) ? SSIZE_MAX : v < -BigInt(SSIZE_MAX) ? -SSIZE_MAX : Number(v);
}

export interface SliceIndices { start: number; stop: number; step: number; length: number }

/** PySlice_Unpack + PySlice_AdjustIndices: normalised start, stop, step and slice length for a
 *  sequence of `length` items. Start/stop/step are ints (after __index__) or None. */
export function adjustSlice(start: Idx, stop: Idx, step: Idx, length: number): SliceIndices {
  let st = 1;
  if (step !== null && step !== undefined) {
    st = clamp(step);
    if (st === 0) raise('ValueError', 'slice step cannot be zero');
  }
  let a = start === null || start === undefined ? (st < 0 ? SSIZE_MAX : 0) : clamp(start);
  let b = stop === null || stop === undefined ? (st < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX) : clamp(stop);
  if (a < 0) { a += length; if (a < 0) a = st < 0 ? -1 : 0; }
  else if (a >= length) a = st < 0 ? length - 1 : length;
  if (b < 0) { b += length; if (b < 0) b = st < 0 ? -1 : 0; }
  else if (b >= length) b = st < 0 ? length - 1 : length;
  let n = 0;
  if (st < 0) { if (b < a) n = Math.floor((a - b - 1) / -st) + 1; }
  else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return { start: a, stop: b, step: st, length: n };
}

/** slice.indices(length) (_PySlice_GetLongIndices), exact for any int sizes. */
export function sliceIndices(start: Idx, stop: Idx, step: Idx, length: number | bigint): [bigint, bigint, bigint] {
  const len = BigInt(length);
  if (len < 0n) raise('ValueError', 'length should not be negative');
  const st = step === null || step === undefined ? 1n : BigInt(step);
  if (st === 0n) raise('ValueError', 'slice step cannot be zero');
  const neg = st < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const fix = (v: Idx, dflt: bigint): bigint => {
    if (v === null || v === undefined) return dflt;
    let x = BigInt(v);
    if (x < 0n) { x += len; if (x < lower) x = lower; }
    else if (x > upper) x = upper;
    return x;
  };
  return [fix(start, neg ? upper : lower), fix(stop, neg ? lower : upper), st];
}

/** Index for seq[i]: the normalised index, or -1 if out of range (the caller raises its own
 *  "list index out of range" etc.). */
export function normalizeIndex(i: number | bigint, length: number): number {
  if (typeof i === 'bigint') return -1; // never a valid index (a bigint is beyond 2**53)
  if (i < 0) i += length;
  return i >= 0 && i < length ? i : -1;
}

// ---------------------------------------------------------------- sort

/**
 * Stable in-place sort using only `lt(a, b)` (Python's `<`), like CPython's list.sort: natural
 * runs are found and extended with binary insertion sort to a minimum run length, then merged
 * (timsort's run stack, without galloping). Sorted or reverse-sorted input costs n - 1
 * comparisons. Written out rather than using Array.prototype.sort (also stable) because that
 * would need a three-way comparator, i.e. up to two `<` calls per comparison, which differs from
 * CPython in the number and order of __lt__ calls. An exception thrown by `lt` propagates; the
 * array then holds a permutation of its items, as in CPython.
 * `reverse` keeps stability the way CPython does: reverse, sort, reverse.
 */
export function stableSort<T>(a: T[], lt: (x: T, y: T) => boolean, reverse = false): void {
  if (reverse) a.reverse();
  try {
    timsort(a, lt);
  } finally {
    if (reverse) a.reverse();
  }
}

function minRunLength(n: number): number {
  let r = 0;
  while (n >= 64) { r |= n & 1; n >>= 1; }
  return n + r;
}

function binaryInsertion<T>(a: T[], lo: number, hi: number, start: number, lt: (x: T, y: T) => boolean): void {
  for (let i = start; i < hi; i++) {
    const pivot = a[i];
    let l = lo, r = i;
    while (l < r) {
      const mid = (l + r) >>> 1;
      if (lt(pivot, a[mid])) r = mid; else l = mid + 1;
    }
    for (let k = i; k > l; k--) a[k] = a[k - 1];
    a[l] = pivot;
  }
}

function countRun<T>(a: T[], lo: number, hi: number, lt: (x: T, y: T) => boolean): number {
  let i = lo + 1;
  if (i === hi) return 1;
  if (lt(a[i], a[lo])) { // strictly descending run: reverse it (strictness keeps stability)
    i++;
    while (i < hi && lt(a[i], a[i - 1])) i++;
    let l = lo, r = i - 1;
    while (l < r) { const t = a[l]; a[l] = a[r]; a[r] = t; l++; r--; }
  } else {
    i++;
    while (i < hi && !lt(a[i], a[i - 1])) i++;
  }
  return i - lo;
}

function merge<T>(a: T[], lo: number, mid: number, hi: number, lt: (x: T, y: T) => boolean): void {
  const left = a.slice(lo, mid);
  let i = 0, j = mid, k = lo;
  try {
    while (i < left.length && j < hi) {
      // take from the right only when strictly smaller: stability
      if (lt(a[j], left[i])) a[k++] = a[j++];
      else a[k++] = left[i++];
    }
  } finally {
    // on an exception too, put the remaining left items back so no item is lost
    while (i < left.length) a[k++] = left[i++];
  }
}

function timsort<T>(a: T[], lt: (x: T, y: T) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  const minRun = minRunLength(n);
  const runBase: number[] = [], runLen: number[] = [];
  const mergeAt = (i: number) => {
    const b1 = runBase[i], l1 = runLen[i], l2 = runLen[i + 1];
    merge(a, b1, b1 + l1, b1 + l1 + l2, lt);
    runLen[i] = l1 + l2;
    runBase.splice(i + 1, 1);
    runLen.splice(i + 1, 1);
  };
  let lo = 0;
  while (lo < n) {
    let len = countRun(a, lo, n, lt);
    if (len < minRun) {
      const force = Math.min(minRun, n - lo);
      binaryInsertion(a, lo, lo + force, lo + len, lt);
      len = force;
    }
    runBase.push(lo);
    runLen.push(len);
    // restore timsort's invariants on the run stack
    while (runLen.length > 1) {
      let k = runLen.length - 2;
      if ((k > 0 && runLen[k - 1] <= runLen[k] + runLen[k + 1]) || (k > 1 && runLen[k - 2] <= runLen[k - 1] + runLen[k])) {
        if (runLen[k - 1] < runLen[k + 1]) k--;
      } else if (runLen[k] > runLen[k + 1]) {
        break;
      }
      mergeAt(k);
    }
    lo += len;
  }
  while (runLen.length > 1) {
    let k = runLen.length - 2;
    if (k > 0 && runLen[k - 1] < runLen[k + 1]) k--;
    mergeAt(k);
  }
}
