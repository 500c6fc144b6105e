// Python float semantics that are not libm: repr (shortest round trip), correctly rounded
// decimal conversion at any precision (CPython's PyOS_double_to_string), float() parsing,
// //, %, divmod with Python's signs, round(), hex()/fromhex(), as_integer_ratio and hash.

import { raise } from './errors.js';
import {
  PyIntValue, intFromFloat, intHash, normInt, roundBigToDouble, transformDecimalAndSpaceToASCII,
} from './int.js';
import { strRepr } from './strrepr.js';

// ---------------------------------------------------------------- bits

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] is the high word

/** Number of trailing zero bits of a non-zero uint32. */
function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** |x| = m * 2**e with m an odd integer (x finite and non-zero). */
function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const bexp = (u32[1] >>> 20) & 0x7ff;
  const hi = (u32[1] & 0xfffff) | (bexp !== 0 ? 0x100000 : 0), lo = u32[0]; // with the implicit bit
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(hi);
  return { m: (hi * 4294967296 + lo) / Math.pow(2, tz), e: (bexp === 0 ? -1074 : bexp - 1075) + tz };
}

/** The number of fractional binary (= decimal) digits of a finite non-zero x: -e of decompose,
 *  or 0 for integers. Allocation-free, for the hot tie checks. */
function fracDigits(x: number): number {
  f64[0] = x;
  const bexp = (u32[1] >>> 20) & 0x7ff;
  const hi = (u32[1] & 0xfffff) | (bexp !== 0 ? 0x100000 : 0), lo = u32[0];
  const e = (bexp === 0 ? -1074 : bexp - 1075) + (lo !== 0 ? ctz32(lo) : 32 + ctz32(hi));
  return e < 0 ? -e : 0;
}

// ---------------------------------------------------------------- repr

/** repr(x) / str(x): CPython's 'r' format — shortest round-tripping digits, exponent form when
 *  the decimal exponent is < -4 or >= 16, '.0' added to integral values. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints this range in fixed notation with the same shortest digits
    const s = '' + x;
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  const s = x.toExponential(); // shortest digits, e.g. '1.5e+16', '-1e-7'
  const i = s.indexOf('e');
  const esign = s[i + 1];
  const edigits = s.slice(i + 2);
  return s.slice(0, i) + 'e' + esign + (edigits.length < 2 ? '0' + edigits : edigits);
}

// ---------------------------------------------------------------- decimal digits (dtoa)

/** Digits of a non-negative finite double as David Gay's _Py_dg_dtoa returns them: `digits`
 *  without leading or trailing zeros, value = 0.digits * 10**decpt. Zero gives '0', decpt 1. A
 *  mode-3 result that rounds to zero gives '' and decpt = -ndigits. */
export interface Digits { digits: string; decpt: number }

const pow5cache: bigint[] = [1n];
function pow5(k: number): bigint {
  let v = pow5cache[k];
  if (v === undefined) { v = 5n ** BigInt(k); pow5cache[k] = v; }
  return v;
}

/** The exact decimal expansion of a non-negative finite double. */
export function exactDecimal(ax: number): Digits {
  if (ax === 0) return { digits: '0', decpt: 1 };
  const { m, e } = decompose(ax);
  let s: string, decpt: number;
  if (e >= 0) {
    s = e === 0 ? String(m) : (BigInt(m) << BigInt(e)).toString();
    decpt = s.length;
  } else {
    s = (BigInt(m) * pow5(-e)).toString(); // m * 2**e = m * 5**-e / 10**-e
    decpt = s.length + e;
  }
  return { digits: stripTrailingZeros(s), decpt };
}

function stripTrailingZeros(s: string): string {
  let n = s.length;
  while (n > 1 && s.charCodeAt(n - 1) === 48) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** Rounds exact digits to `keep` leading digits, half-even on exact ties. */
function roundDigits(d: Digits, keep: number): Digits {
  const s = d.digits;
  if (keep >= s.length) return d;
  if (keep < 0) return { digits: '', decpt: d.decpt };
  const next = s.charCodeAt(keep);
  let up: boolean;
  if (next > 53) up = true;
  else if (next < 53) up = false;
  else if (keep + 1 < s.length) up = true; // digits are stripped, so anything after is nonzero
  else up = keep > 0 && (s.charCodeAt(keep - 1) & 1) === 1; // exact tie: to even
  let head = s.slice(0, keep);
  let decpt = d.decpt;
  if (up) {
    let i = keep - 1;
    while (i >= 0 && head.charCodeAt(i) === 57) i--;
    if (i < 0) { head = '1'; decpt++; }
    else head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  }
  let n = head.length;
  while (n > 0 && head.charCodeAt(n - 1) === 48) n--;
  return { digits: head.slice(0, n), decpt };
}

function parseFixed(s: string, ndigits: number): Digits {
  // s = '123.4560' or '0.0012' or '5' from toFixed
  const dot = s.indexOf('.');
  const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  const intLen = dot < 0 ? s.length : dot;
  let i = 0;
  while (i < all.length && all.charCodeAt(i) === 48) i++;
  if (i === all.length) return { digits: '', decpt: -ndigits };
  let n = all.length;
  while (all.charCodeAt(n - 1) === 48) n--;
  return { digits: all.slice(i, n), decpt: intLen - i };
}

function parseExponential(s: string): Digits {
  // s = '1.2340e+5' from toExponential
  const ei = s.indexOf('e');
  const mant = s[1] === '.' ? s[0] + s.slice(2, ei) : s.slice(0, ei);
  return { digits: stripTrailingZeros(mant), decpt: +s.slice(ei + 1) + 1 };
}

/**
 * _Py_dg_dtoa for a non-negative finite double. mode 0: shortest round-trip digits; mode 2:
 * max(ndigits, 1) significant digits; mode 3: ndigits digits after the decimal point (ndigits may
 * be negative). Correctly rounded, half-even on exact ties. V8's toFixed/toExponential are
 * correctly rounded but resolve exact ties upward, so they are used only when no tie is possible
 * (a tie needs the exact expansion to end right after the rounding position, which the number of
 * fractional bits tells cheaply); otherwise the exact BigInt expansion is rounded.
 */
export function dtoa(ax: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (ax === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) return parseExponential(ax.toExponential());
  if (mode === 2) {
    const k = ndigits < 1 ? 1 : ndigits;
    if (k <= 100 && !Number.isInteger(ax)) {
      const f = fracDigits(ax); // fractional binary digits = fractional decimal digits
      // the exact expansion has at least floor(f * log10(5)) + 1 significant digits
      if (Math.floor(f * 0.69897) + 1 > k + 1) return parseExponential(ax.toExponential(k - 1));
    }
    const d = exactDecimal(ax);
    return roundDigits(d, k);
  }
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21) {
    if (Number.isInteger(ax)) return parseFixed(ax.toFixed(0), ndigits);
    if (fracDigits(ax) !== ndigits + 1) return parseFixed(ax.toFixed(ndigits), ndigits);
  }
  const d = exactDecimal(ax);
  const r = roundDigits(d, d.decpt + ndigits);
  return r.digits === '' ? { digits: '', decpt: -ndigits } : r;
}

// ---------------------------------------------------------------- PyOS_double_to_string

export interface FloatFormatFlags {
  /** always emit a sign ('+' for non-negative) */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results get '.0' (repr; format with no type) */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' — keep the decimal point and trailing zeros of 'g' */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' — a result that rounds to zero loses its '-' */
  noNegZero?: boolean;
}

const NO_FLAGS: FloatFormatFlags = {};

/**
 * PyOS_double_to_string: format x with code 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr; precision
 * ignored). 'inf'/'nan' (upper case for E F G). Shared by format(), %-formatting and repr.
 */
export function formatFloat(x: number, code: string, precision: number, flags: FloatFormatFlags = NO_FLAGS): string {
  let upper = false;
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'E': case 'e': upper = code === 'E'; mode = 2; precision++; code = 'e'; break;
    case 'F': case 'f': upper = code === 'F'; mode = 3; code = 'f'; break;
    case 'G': case 'g': upper = code === 'G'; mode = 2; if (precision === 0) precision = 1; code = 'g'; break;
    case 'r': mode = 0; precision = 0; break;
    default: throw new Error('formatFloat: bad format code ' + code);
  }
  // Fast path for 'f': V8's toFixed is correctly rounded and formats exactly like CPython except
  // on exact ties (half-even vs half-up), for -0.0, and beyond 1e21.
  if (mode === 3 && !flags.alt && !flags.noNegZero && precision <= 100 && x !== 0 && x < 1e21 && x > -1e21 &&
      (Number.isInteger(x) || fracDigits(x) !== precision + 1)) {
    const t = x.toFixed(precision);
    return flags.sign && x > 0 ? '+' + t : t;
  }
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (!isFinite(x)) {
    if (x !== x) negative = false;
    const body = x !== x ? 'nan' : 'inf';
    return (negative ? '-' : flags.sign ? '+' : '') + (upper ? body.toUpperCase() : body);
  }
  const { digits, decpt: decpt0 } = dtoa(negative ? -x : x, mode, precision);
  let decpt = decpt0;
  const digitsLen = digits.length;
  if (flags.noNegZero && negative && (digitsLen === 0 || digits === '0')) negative = false;

  let useExp = false;
  let vdigitsEnd = digitsLen;
  const addDot0 = !!flags.addDot0, alt = !!flags.alt;
  switch (code) {
    case 'e': useExp = true; vdigitsEnd = precision; break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(vdigitsEnd - digitsLen);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : a);
  }
  return out;
}

// ---------------------------------------------------------------- arithmetic

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** a % b with the sign of b (JS % is C's fmod, exact). */
export function floatMod(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  if (mod !== 0) { // C truthiness: NaN counts as nonzero
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0; // copysign(0, b)
  }
  return mod;
}

function divmodCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // C truthiness: NaN counts as nonzero
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0; // snap to the nearest integral value
  } else {
    const q = vx / wx;
    floordiv = q < 0 || (q === 0 && 1 / q < 0) ? -0 : 0; // copysign(0, vx/wx)
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return divmodCore(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raise('ZeroDivisionError', 'float divmod()');
  return divmodCore(a, b);
}

// ---------------------------------------------------------------- float(str)

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** float(s) for a str: Unicode digits/spaces allowed, single underscores between digits. The
 *  error repr is repr(s) unless `errRepr` is given (for bytes arguments). */
export function floatFromString(s: string, errRepr?: () => string): number {
  const r = parseFloatAscii(transformDecimalAndSpaceToASCII(s));
  if (r === null) raise('ValueError', `could not convert string to float: ${errRepr ? errRepr() : strRepr(s)}`);
  return r;
}

function parseFloatAscii(t: string): number | null {
  let a = 0, b = t.length;
  while (a < b && isCSpace(t.charCodeAt(a))) a++;
  while (b > a && isCSpace(t.charCodeAt(b - 1))) b--;
  let s = t.slice(a, b);
  if (s.includes('_')) {
    let prev = 0, out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) return null; // only after a digit
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) return null; // only before a digit
        out += s[i];
      }
      prev = c;
    }
    if (prev === 95) return null;
    s = out;
  }
  if (!FLOAT_RE.test(s)) return null;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 121 || last === 102) return s[0] === '-' ? -Infinity : Infinity; // 'infinity', 'inf'
  if (last === 110 && (s.charCodeAt(s.length - 2) | 32) === 97) return NaN; // 'nan'
  return +s; // ECMAScript's string-to-number is correctly rounded
}

// ---------------------------------------------------------------- round

/** round(x) with no ndigits: the nearest int, ties to even. */
export function floatRoundToInt(x: number): PyIntValue {
  const f = Math.floor(x);
  const diff = x - f; // exact: for |x| >= 2**52 x is integral and diff is 0
  let r: number;
  if (diff > 0.5) r = f + 1;
  else if (diff < 0.5) r = f;
  else r = f % 2 === 0 ? f : f + 1;
  return intFromFloat(r);
}

/** round(x, ndigits): the exact decimal value rounded half-even, as CPython's double_round. */
export function floatRound(x: number, ndigits: number): number {
  if (!isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  // toFixed is correctly rounded (ties aside) and CPython converts the rounded digits back with
  // strtod too, so +toFixed is the answer when no exact tie is possible
  if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && x > -1e21 && fracDigits(x) !== ndigits + 1) {
    return +x.toFixed(ndigits);
  }
  const negative = x < 0;
  const d = dtoa(negative ? -x : x, 3, ndigits);
  if (d.digits === '') return negative ? -0 : 0;
  const r = +(d.digits + 'e' + (d.decpt - d.digits.length));
  if (r === Infinity) raise('OverflowError', 'rounded value too large to represent');
  return negative ? -r : r;
}

// ---------------------------------------------------------------- misc methods

export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [PyIntValue, PyIntValue] {
  if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { m, e } = decompose(x);
  const sm = x < 0 ? -m : m;
  if (e >= 0) return [e === 0 ? sm : normInt(BigInt(sm) << BigInt(e)), 1];
  return [sm, normInt(1n << BigInt(-e))];
}

/** int(x) for a float (truncation); NaN/inf raise as CPython. */
export const floatToInt = intFromFloat;

/** float.hex() */
export function floatHex(x: number): string {
  if (!isFinite(x)) return floatRepr(x);
  if (x === 0) return 1 / x < 0 ? '-0x0.0p+0' : '0x0.0p+0';
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0')) + lo.toString(16).padStart(8, '0');
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return (x < 0 ? '-' : '') + '0x' + (bexp === 0 ? '0.' : '1.') + frac + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** float.fromhex(s) */
export function floatFromHex(s: string): number {
  const bad = () => raise('ValueError', 'invalid hexadecimal floating-point string');
  const n = s.length;
  let i = 0;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isCSpace(s.charCodeAt(end - 1))) end--;
  const body = s.slice(i, end);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(body);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  let p = 0;
  let negative = false;
  if (body[p] === '-') { negative = true; p++; } else if (body[p] === '+') p++;
  if (body[p] === '0' && (body[p + 1] === 'x' || body[p + 1] === 'X')) p += 2;
  let intDigits = '', fracDigits = '';
  while (p < body.length && hexVal(body.charCodeAt(p)) >= 0) intDigits += body[p++];
  if (body[p] === '.') {
    p++;
    while (p < body.length && hexVal(body.charCodeAt(p)) >= 0) fracDigits += body[p++];
  }
  if (intDigits.length + fracDigits.length === 0) bad();
  let exp = 0;
  if (body[p] === 'p' || body[p] === 'P') {
    p++;
    const m = /^[+-]?\d+/.exec(body.slice(p));
    if (!m) bad();
    exp = Number(m![0]); // may be huge or Infinity; clamped below
    p += m![0].length;
  }
  if (p !== body.length) bad();
  const mant = BigInt('0x' + (intDigits + fracDigits));
  let v: number;
  if (mant === 0n) v = 0;
  else {
    const e2 = exp - 4 * fracDigits.length;
    const lim = 1e7; // far beyond any representable magnitude
    v = roundBigToDouble(mant, e2 > lim ? lim : e2 < -lim ? -lim : e2);
    if (v === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return negative ? -v : v;
}

// ---------------------------------------------------------------- hash

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

/** CPython's hash(float), equal to hash(int) for integral values. NaN hashes by object identity
 *  in CPython 3.10+, so for NaN this returns -1 (never a valid hash): the caller must use its
 *  identity hash. */
export function floatHash(x: number): PyIntValue {
  if (Number.isSafeInteger(x)) return intHash(x + 0);
  if (x !== x) return -1;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  const { m, e } = decompose(x);
  // x = m * 2**e; 2**61 = 1 (mod P), so 2**e = 2**(e mod 61)
  const k = ((e % 61) + 61) % 61;
  let h = (BigInt(m) << BigInt(k)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2 : normInt(h);
}
