// Python int arithmetic on plain JS values with CPython 3.11 semantics. A Python int is a JS
// number while it is a safe integer and a bigint beyond — never a bigint holding a safe value and
// never -0 — so every operation has a branch-light number fast path and a bigint slow path.

import { raise } from './errors.js';
import { strRepr } from './strrepr.js';
import { decimalDigitValue, isPySpace } from './unicode.js';

export type PyIntValue = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_N = 9007199254740991n;
const MIN_SAFE_N = -9007199254740991n;

/** The canonical representation of an int held in a bigint: a number when it is safe. */
export function normInt(b: bigint): PyIntValue {
  return b >= MIN_SAFE_N && b <= MAX_SAFE_N ? Number(b) : b;
}

function big(a: PyIntValue): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

// ---------------------------------------------------------------- add, sub, mul, neg, abs

// The float result of + - * on two safe integers is a safe integer exactly when the true result
// is one (a true result >= 2**53 rounds to >= 2**53), so one range check after the float op is
// both the overflow test and the exactness test.

export function intAdd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r; // -3 * 0 is -0 in JS
  }
  return normInt(big(a) * big(b));
}

export function intNeg(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return a === 0 ? 0 : -a; // safe range is symmetric
  return normInt(-a);
}

export function intAbs(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

export function intSign(a: PyIntValue): -1 | 0 | 1 {
  if (typeof a === 'number') return a > 0 ? 1 : a < 0 ? -1 : 0;
  return a > 0n ? 1 : -1; // a bigint is never 0
}

// ---------------------------------------------------------------- division

const ZERO_DIV = 'integer division or modulo by zero';

// For safe a and b, Math.floor(a / b) is exact: a non-integral quotient is at least 1/|b| away
// from an integer, more than the rounding error |a/b| * 2**-53 < 1/|b|.

export function intFloorDiv(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', ZERO_DIV);
    return Math.floor(a / b) + 0; // + 0 turns -0 into 0
  }
  const x = big(a), y = big(b);
  if (y === 0n) raise('ZeroDivisionError', ZERO_DIV);
  return normInt(bigFloorDiv(x, y));
}

function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  // BigInt division truncates; step down when the signs differ and there is a remainder
  return (x < 0n) !== (y < 0n) && q * y !== x ? q - 1n : q;
}

function bigMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

export function intMod(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer modulo by zero');
    const r = a % b; // exact (fmod)
    if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
    return r + 0;
  }
  const x = big(a), y = big(b);
  if (y === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  return normInt(bigMod(x, y));
}

export function intDivmod(a: PyIntValue, b: PyIntValue): [PyIntValue, PyIntValue] {
  if (b === 0) raise('ZeroDivisionError', ZERO_DIV);
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** int / int: the correctly rounded float quotient, as CPython's long_true_divide. */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'division by zero');
    return a / b; // both exact as doubles, so IEEE division is correctly rounded
  }
  let x = big(a), y = big(b);
  if (y === 0n) raise('ZeroDivisionError', 'division by zero');
  const negative = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  // Scale so the integer quotient has 55 or 56 bits, keep a sticky bit for the remainder, then
  // round once to double precision.
  const s = 55 - (bigBitLength(x) - bigBitLength(y));
  let q: bigint, r: bigint;
  if (s >= 0) { const xs = x << BigInt(s); q = xs / y; r = xs - q * y; }
  else { const ys = y << BigInt(-s); q = x / ys; r = x - q * ys; }
  const v = roundBigToDouble((q << 1n) | (r !== 0n ? 1n : 0n), -s - 1);
  if (v === Infinity) raise('OverflowError', 'integer division result too large for a float');
  return negative ? -v : v;
}

/** m * 2**e for a non-negative bigint m, correctly rounded (half-even) to a double; Infinity on
 *  overflow. Handles subnormal results. */
export function roundBigToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const len = bigBitLength(m);
  const top = len - 1 + e; // value is in [2**top, 2**(top+1))
  if (top > 1023) return Infinity;
  const keep = top >= -1022 ? 53 : top + 1075; // bits available for this magnitude
  const drop = len - keep;
  if (drop <= 0) return exactLdexp(Number(m), e);
  const dropN = BigInt(drop);
  let q = m >> dropN;
  const rem = m - (q << dropN);
  const half = 1n << (dropN - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return exactLdexp(Number(q), e + drop);
}

/** x * 2**n for an integral x when the result is exactly representable (or overflows). */
export function exactLdexp(x: number, n: number): number {
  while (n > 1023) { x *= 8.98846567431158e307; n -= 1023; } // 2**1023
  while (n < -1022) { x *= 2.2250738585072014e-308; n += 1022; } // 2**-1022
  return x * Math.pow(2, n); // Math.pow(2, integer n) is exact
}

// ---------------------------------------------------------------- pow

/** a ** b for b >= 0 (exact). Negative exponents are float_pow's business: the object model
 *  converts both operands with intToFloat and calls mathfuncs.floatPow, as CPython does. */
export function intPow(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let result = 1, base = a, e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result === 0 ? 0 : result;
      base *= base;
      if (base > MAX_SAFE) break;
    }
  }
  const x = big(a), y = big(b);
  if (x === 0n || x === 1n) return y === 0n ? 1 : Number(x);
  if (x === -1n) return (y & 1n) === 1n ? -1 : 1;
  if (y > 0x40000000n) raise('MemoryError', ''); // beyond V8's 2**30-bit BigInt limit
  try {
    return normInt(x ** y);
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', '');
    throw e;
  }
}

/** pow(a, b, m) with CPython's rules: result has the sign of m; negative b uses the modular
 *  inverse of a. */
export function intPowMod(a: PyIntValue, b: PyIntValue, m: PyIntValue): PyIntValue {
  let mod = big(m);
  if (mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  let base = bigMod(big(a), mod);
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result: bigint;
  if (mod <= 67108864n) { // 2**26: products of residues stay below 2**52, so numbers are exact
    const md = Number(mod);
    let r = 1, x = Number(base);
    while (e > 0n) {
      if ((e & 1n) === 1n) r = (r * x) % md;
      x = (x * x) % md;
      e >>= 1n;
    }
    result = BigInt(r);
  } else {
    let r = 1n, x = base;
    while (e > 0n) {
      if ((e & 1n) === 1n) r = (r * x) % mod;
      x = (x * x) % mod;
      e >>= 1n;
    }
    result = r;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normInt(result);
}

function modInverse(a: bigint, n: bigint): bigint {
  // extended Euclid; a is already reduced into [0, n)
  let b = 1n, c = 0n, x = a, y = n;
  while (y !== 0n) {
    const q = x / y;
    [x, y] = [y, x - q * y];
    [b, c] = [c, b - q * c];
  }
  if (x !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return bigMod(b, n);
}

/** round(a, ndigits) for an int: a itself for ndigits >= 0, else the nearest multiple of
 *  10**-ndigits with ties to even (CPython's _PyLong_DivmodNear). */
export function intRound(a: PyIntValue, ndigits: PyIntValue): PyIntValue {
  if (ndigits >= 0) return a;
  // |a| < 10**(-ndigits) / 2 rounds to 0; this avoids building a huge power of ten
  if (-Number(ndigits) > intBitLength(a) * 0.30103 + 2) return 0;
  const p = 10n ** BigInt(-ndigits);
  const x = big(a);
  let q = bigFloorDiv(x, p);
  const r = x - q * p; // 0 <= r < p
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

// ---------------------------------------------------------------- shifts and bitwise ops

export function intLshift(a: PyIntValue, n: PyIntValue): PyIntValue {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (a === 0) return 0;
    if (typeof n === 'number' && n < 53) {
      const r = a * Math.pow(2, n);
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  if (n > 0x40000000) raise('MemoryError', '');
  return normInt(big(a) << big(n));
}

export function intRshift(a: PyIntValue, n: PyIntValue): PyIntValue {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / Math.pow(2, Number(n))) + 0; // division by 2**k is exact here
  }
  if (n > 0x40000000) return a < 0n ? -1 : 0;
  return normInt(a >> big(n));
}

// JS bitwise operators work on int32; BigInt bitwise operators have exactly Python's infinite
// two's complement semantics, so they are the slow path.

export function intAnd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return normInt(big(a) & big(b));
}

export function intOr(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return normInt(big(a) | big(b));
}

export function intXor(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normInt(big(a) ^ big(b));
}

export function intInvert(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return normInt(-big(a) - 1n);
}

// ---------------------------------------------------------------- comparisons

export function intCompare(a: PyIntValue, b: PyIntValue): -1 | 0 | 1 {
  // mixed number/bigint comparisons are exact in JS
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: PyIntValue, b: PyIntValue): boolean {
  return a === b; // canonical representation makes === exact
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when f is NaN. */
export function intFloatCompare(i: PyIntValue, f: number): number {
  if (f !== f) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0; // a safe int is an exact double
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return f === fl ? 0 : -1;
}

// ---------------------------------------------------------------- conversions to and from float

/** float(int): correctly rounded; OverflowError beyond the float range. */
export function intToFloat(a: PyIntValue): number {
  if (typeof a === 'number') return a;
  const f = Number(a); // ECMAScript rounds BigInt to Number half-even
  if (f === Infinity || f === -Infinity) raise('OverflowError', 'int too large to convert to float');
  return f;
}

/** int(float): truncation toward zero. */
export function intFromFloat(x: number): PyIntValue {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t <= MAX_SAFE && t >= -MAX_SAFE) return t + 0;
  return BigInt(t);
}

// ---------------------------------------------------------------- bits

export function bigBitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

export function intBitLength(a: PyIntValue): number {
  if (typeof a === 'bigint') return bigBitLength(a);
  const x = Math.abs(a);
  if (x < 4294967296) return 32 - Math.clz32(x);
  return 64 - Math.clz32(Math.floor(x / 4294967296));
}

export function intBitCount(a: PyIntValue): number {
  let x = big(a);
  if (x < 0n) x = -x;
  let n = 0;
  for (const ch of x.toString(16)) n += POPCOUNT_HEX[parseInt(ch, 16)];
  return n;
}
const POPCOUNT_HEX = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** int.to_bytes(length, byteorder, signed=signed) */
export function intToBytes(a: PyIntValue, length: number, byteorder: string, signed: boolean): Uint8Array {
  const little = byteorderIsLittle(byteorder);
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  let x = big(a);
  if (x < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    // CPython accepts -1 as well as 0 for length 0
    const lim = length === 0 ? 1n : 1n << (bits - 1n);
    if (x >= (length === 0 ? 1n : lim) || x < -lim) raise('OverflowError', 'int too big to convert');
    if (x < 0n) x += 1n << bits;
  } else if (x >= 1n << bits) {
    raise('OverflowError', 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=signed) */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed: boolean): PyIntValue {
  const little = byteorderIsLittle(byteorder);
  const n = bytes.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i];
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let x = BigInt('0x' + hex);
  if (signed && bytes[little ? n - 1 : 0] >= 0x80) x -= 1n << BigInt(n * 8);
  return normInt(x);
}

function byteorderIsLittle(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  return raise('ValueError', "byteorder must be either 'little' or 'big'");
}

// ---------------------------------------------------------------- hash

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's hash(int): sign * (|a| mod 2**61-1), with -1 mapped to -2. */
export function intHash(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return a === -1 ? -2 : a; // |a| < 2**53 < modulus
  const r = (a < 0n ? -a : a) % HASH_MODULUS;
  const h = a < 0n ? -r : r;
  return h === -1n ? -2 : normInt(h);
}

// ---------------------------------------------------------------- to and from strings

let maxStrDigits = 4300;

/** sys.set_int_max_str_digits (0 = no limit); the object model validates the argument. */
export function setIntMaxStrDigits(n: number): void { maxStrDigits = n; }
export function getIntMaxStrDigits(): number { return maxStrDigits; }

/** The digits of an int in base 2, 8, 10 or 16 (lowercase, '-' sign, no prefix). */
export function intToString(a: PyIntValue, base: 2 | 8 | 10 | 16 = 10): string {
  if (typeof a === 'number') return a.toString(base);
  const s = a.toString(base);
  if (base === 10 && maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** bin()/oct()/hex(): '-0x1f' style. */
export function intToPrefixedString(a: PyIntValue, base: 2 | 8 | 16): string {
  const s = intToString(a, base);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return s[0] === '-' ? '-' + prefix + s.slice(1) : prefix + s;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
 *  decimal digits become ASCII digits, anything else non-ASCII ends the string with '?'. */
export function transformDecimalAndSpaceToASCII(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isPySpace(c)) out += ' ';
    else {
      const d = decimalDigitValue(c);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * int(s, base) for a str s, as CPython's PyLong_FromUnicodeObject: base 0 infers the base from a
 * 0x/0o/0b prefix, single underscores may separate digits, surrounding whitespace is allowed.
 * `errRepr` gives the repr used in the error message (for bytes arguments); default repr(s).
 */
export function intFromString(s: string, base: number, errRepr?: () => string): PyIntValue {
  if ((base !== 0 && base < 2) || base > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const t = transformDecimalAndSpaceToASCII(s);
  const r = parseIntAscii(t, base);
  if (r !== null) return r;
  let rep = errRepr ? errRepr() : strRepr(s);
  if (!errRepr && [...rep].length > 200) rep = [...rep].slice(0, 200).join(''); // %.200R
  return raise('ValueError', `invalid literal for int() with base ${base}: ${rep}`);
}

function parseIntAscii(s: string, base: number): PyIntValue | null {
  const n = s.length;
  let i = 0;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (i < n && (s[i] === '+' || s[i] === '-')) { negative = s[i] === '-'; i++; }
  let errorIfNonzero = false;
  const c1 = i + 1 < n ? s[i + 1] : '';
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  if (s[i] === '0' && ((base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) || (base === 2 && (c1 === 'b' || c1 === 'B')))) {
    i += 2;
    if (s[i] === '_') i++; // one underscore allowed after the prefix
  }
  if (s[i] === '_') return null;
  const start = i;
  let prevUnderscore = false, digits = 0, hasUnderscore = false, nonzero = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      hasUnderscore = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) break;
    if (d !== 0) nonzero = true;
    prevUnderscore = false;
    digits++;
  }
  if (prevUnderscore || digits === 0) return null;
  const end = i;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (errorIfNonzero && nonzero) return null;
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let body = s.slice(start, end);
  if (hasUnderscore) body = body.replace(/_/g, '');
  let v: PyIntValue;
  if (base === 10 && digits <= 15) v = +body;
  else if (digits <= 10 && base <= 36) v = parseInt(body, base); // 36**10 < 2**53
  else if (base === 10) v = normInt(BigInt(body));
  else if (base === 16) v = normInt(BigInt('0x' + body));
  else if (base === 8) v = normInt(BigInt('0o' + body));
  else if (base === 2) v = normInt(BigInt('0b' + body));
  else v = normInt(parseBigInBase(body, base));
  return negative ? intNeg(v) : v;
}

function parseBigInBase(body: string, base: number): bigint {
  // chunks of 10 digits fit a double exactly (36**10 < 2**53)
  const b = BigInt(base);
  let r = 0n;
  for (let i = 0; i < body.length; i += 10) {
    const chunk = body.slice(i, i + 10);
    r = r * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return r;
}
