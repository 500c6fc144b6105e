// Python's int and float arithmetic on JS numbers, for the trace's unboxed values: ints are safe
// integers (never -0), results outside the safe range are reported, not wrapped. Shared by the
// constant folder and (through the constants array) by compiled traces.

export const MAX_SAFE = 9007199254740991;
export const MIN_SAFE = -9007199254740991;

export function isSafeInt(r: number): boolean { return r <= MAX_SAFE && r >= MIN_SAFE; }

const TWO52 = 4503599627370496;

/** x // y for safe ints, y != 0. Exact even near 2**53, where Math.floor(x / y) can round wrongly. */
export function pyFloorDiv(x: number, y: number): number {
  let r = x % y; // exact
  if (r !== 0 && (r < 0) !== (y < 0)) r += y;
  // below 2**52, x - r is exact, and so is its division by y (an integer multiple)
  if (x <= TWO52 && x >= -TWO52 && y <= TWO52 && y >= -TWO52) return (x - r) / y + 0;
  const X = BigInt(x), Y = BigInt(y);
  const q = X / Y;
  return Number(X % Y !== 0n && (X < 0n) !== (Y < 0n) ? q - 1n : q) + 0;
}

/** x % y for safe ints, y != 0: the result has the sign of y. */
export function pyMod(x: number, y: number): number {
  let r = x % y;
  if (r !== 0 && (r < 0) !== (y < 0)) r += y;
  return r + 0;
}

const TWO32 = 4294967296;

/** Bitwise ops on 54-bit two's complement (safe ints); JS's own operators are 32-bit. */
export function int53And(x: number, y: number): number {
  if ((x | 0) === x && (y | 0) === y) return x & y;
  const hx = Math.floor(x / TWO32), hy = Math.floor(y / TWO32);
  return (hx & hy) * TWO32 + (((x - hx * TWO32) & (y - hy * TWO32)) >>> 0);
}
export function int53Or(x: number, y: number): number {
  if ((x | 0) === x && (y | 0) === y) return x | y;
  const hx = Math.floor(x / TWO32), hy = Math.floor(y / TWO32);
  return (hx | hy) * TWO32 + (((x - hx * TWO32) | (y - hy * TWO32)) >>> 0);
}
/** May return -2**53 (e.g. -1 ^ (2**53-1)): int_xor_ovf checks the range. */
export function int53Xor(x: number, y: number): number {
  if ((x | 0) === x && (y | 0) === y) return x ^ y;
  const hx = Math.floor(x / TWO32), hy = Math.floor(y / TWO32);
  return (hx ^ hy) * TWO32 + (((x - hx * TWO32) ^ (y - hy * TWO32)) >>> 0);
}

/** x << n for n >= 0; the result may leave the safe range (int_lshift_ovf checks). */
export function pyLshift(x: number, n: number): number {
  if (x === 0) return 0;
  if (n > 60) return x > 0 ? Infinity : -Infinity;
  return x * 2 ** n;
}

/** x >> n for n >= 0 (arithmetic shift, floor). */
export function pyRshift(x: number, n: number): number {
  if (n >= 53) return x < 0 ? -1 : 0;
  return Math.floor(x / 2 ** n) + 0;
}

/** Python's float % (CPython float_rem), y != 0. */
export function floatMod(x: number, y: number): number {
  let m = x % y;
  if (m) { if ((y < 0) !== (m < 0)) m += y; } else m = y < 0 ? -0 : 0;
  return m;
}

/** Python's float // (CPython float_floor_div), y != 0. */
export function floatFloorDiv(x: number, y: number): number {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) { if ((y < 0) !== (mod < 0)) { mod += y; div -= 1.0; } }
  if (div) {
    let fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1.0;
    return fd;
  }
  return (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
}
