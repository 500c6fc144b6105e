// Python's math module and float `**` semantics (CPython 3.11 mathmodule.c / floatobject.c) on
// top of libm: special cases for inf/nan, "math domain error" / "math range error", CPython's own
// gamma/lgamma/hypot/fsum algorithms, and the integer functions (factorial, comb, perm, gcd, ...).

import { raise } from './errors.js';
import { PyIntValue, bigBitLength, intFromFloat, normInt, roundBigToDouble } from './int.js';
import * as libm from './libm.js';

const PI = 3.141592653589793;
const domainError = (): never => raise('ValueError', 'math domain error');
const rangeError = (): never => raise('OverflowError', 'math range error');

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1; // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
}

// ---------------------------------------------------------------- float ** float

/** Returned by floatPow when CPython would delegate to complex pow (negative base, non-integral
 *  exponent): the object model computes the complex result. */
export const COMPLEX_RESULT: unique symbol = Symbol('complex pow');

/** float.__pow__ (the `**` operator on floats), as CPython's float_pow. */
export function floatPow(iv: number, iw: number): number | typeof COMPLEX_RESULT {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((iw > 0) === (av > 1.0)) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return COMPLEX_RESULT;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = libm.pow(iv, iw);
  if (ix === Infinity) {
    raise('OverflowError', "(34, 'Numerical result out of range')", [34, 'Numerical result out of range']);
  }
  return negate ? -ix : ix;
}

/** math.pow(x, y) */
export function pow(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const odd = isFinite(y) && isOddInteger(y);
      if (y > 0) return odd ? x : Math.abs(x);
      if (y === 0) return 1;
      return odd ? (x < 0 ? -0 : 0) : 0;
    }
    // y infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libm.pow(x, y);
  if (r !== r) domainError();
  if (r === Infinity || r === -Infinity) return x === 0 ? domainError() : rangeError();
  return r;
}

// ---------------------------------------------------------------- one-argument functions

/** math_1: NaN from non-NaN is a domain error; inf from finite is a range error (if the
 *  function can overflow) or a domain error (a singularity). */
function math1(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && isFinite(x)) return canOverflow ? rangeError() : domainError();
  return r;
}

export const acos = (x: number): number => math1(x, libm.acos(x), false);
export const acosh = (x: number): number => math1(x, libm.acosh(x), false);
export const asin = (x: number): number => math1(x, libm.asin(x), false);
export const asinh = (x: number): number => math1(x, libm.asinh(x), false);
export const atan = (x: number): number => math1(x, libm.atan(x), false);
export const atanh = (x: number): number => math1(x, libm.atanh(x), false);
export const cbrt = (x: number): number => math1(x, libm.cbrt(x), false);
export const cos = (x: number): number => math1(x, libm.cos(x), false);
export const cosh = (x: number): number => math1(x, libm.cosh(x), true);
export const exp = (x: number): number => math1(x, libm.exp(x), true);
export const exp2 = (x: number): number => math1(x, libm.exp2(x), true);
export const expm1 = (x: number): number => math1(x, libm.expm1(x), true);
export const fabs = (x: number): number => Math.abs(x);
export const log1p = (x: number): number => math1(x, x === 0 ? x : libm.log1p(x), false);
export const sin = (x: number): number => math1(x, libm.sin(x), false);
export const sinh = (x: number): number => math1(x, libm.sinh(x), true);
export const sqrt = (x: number): number => math1(x, Math.sqrt(x), false);
export const tan = (x: number): number => math1(x, libm.tan(x), false);
export const tanh = (x: number): number => math1(x, libm.tanh(x), false);
/** erf/erfc never raise (underflow is ignored by CPython's is_error). */
export const erf = (x: number): number => libm.erf(x);
export const erfc = (x: number): number => libm.erfc(x);

// m_log, m_log2, m_log10 then math_1(can_overflow=0): log(0) -> -inf -> domain error.
export const log = (x: number): number => math1(x, x > 0 && x !== Infinity ? libm.log(x) : logSpecial(x), false);
export const log2 = (x: number): number => math1(x, x > 0 && x !== Infinity ? libm.log2(x) : logSpecial(x), false);
export const log10 = (x: number): number => math1(x, x > 0 && x !== Infinity ? libm.log10(x) : logSpecial(x), false);
function logSpecial(x: number): number {
  if (x !== x || x === Infinity) return x;
  return x === 0 ? -Infinity : NaN;
}

/** math.log/log2/log10 of a Python int, which may be too large for a float (CPython's
 *  loghelper: log(x * 2**e) = log(x) + log(2) * e). */
export function logOfInt(n: PyIntValue, which: 'log' | 'log2' | 'log10'): number {
  const f = which === 'log' ? log : which === 'log2' ? log2 : log10;
  if (n <= 0) domainError();
  if (typeof n === 'number') return f(n);
  const x = Number(n);
  if (isFinite(x)) return f(x);
  const e = bigBitLength(n);
  let m = roundBigToDouble(n, -e); // in [0.5, 1], rounded to 53 bits
  let ee = e;
  if (m === 1) { m = 0.5; ee++; }
  return f(m) + f(2.0) * ee;
}

/** math.log(x, base) given the two logs: CPython divides them as floats. */
export function logBase(num: number, den: number): number {
  if (den === 0) raise('ZeroDivisionError', 'float division by zero');
  return num / den;
}

// ---------------------------------------------------------------- two-argument functions

/** math_2: NaN from non-NaN inputs -> domain error; inf from finite inputs -> range error. */
function math2(x: number, y: number, r: number): number {
  if (r !== r) { if (x === x && y === y) domainError(); }
  else if ((r === Infinity || r === -Infinity) && isFinite(x) && isFinite(y)) rangeError();
  return r;
}

export function atan2(y: number, x: number): number {
  let r: number;
  if (x !== x || y !== y) r = NaN;
  else if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) r = libm.copysign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
    else r = libm.copysign(0.5 * PI, y);
  } else if (x === Infinity || x === -Infinity || y === 0) {
    r = (x > 0 || (x === 0 && 1 / x > 0)) ? libm.copysign(0, y) : libm.copysign(PI, y);
  } else r = libm.atan2(y, x);
  return math2(y, x, r);
}

export function copysign(x: number, y: number): number { return math2(x, y, libm.copysign(x, y)); }

export function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && isFinite(x)) return x;
  const r = x % y; // exact, identical to C fmod
  if (r !== r && x === x && y === y) domainError();
  return r;
}

/** math.remainder: IEEE remainder (exact; CPython's m_remainder equals C remainder). */
export function remainder(x: number, y: number): number {
  let r: number;
  if (isFinite(x) && isFinite(y)) r = y === 0 ? NaN : libm.remainder(x, y);
  else if (x !== x) r = x;
  else if (y !== y) r = y;
  else if (!isFinite(x)) r = NaN;
  else r = x;
  return math2(x, y, r);
}

export function ldexp(x: number, e: PyIntValue): number {
  let r: number;
  if (x === 0 || !isFinite(x)) return x;
  if (e > 2147483647) r = x > 0 ? Infinity : -Infinity;
  else if (e < -2147483648) return x > 0 ? 0 : -0;
  else r = libm.ldexp(x, Number(e));
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

/** math.frexp: [m, e] with 0.5 <= |m| < 1; specials give [x, 0]. */
export function frexp(x: number): [number, number] {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return [x, 0];
  return libm.frexp(x);
}

/** math.modf: [fractional, integral]. */
export function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x > 0 ? 0 : -0, x];
  if (x !== x) return [x, x];
  return libm.modf(x);
}

export function nextafter(x: number, y: number): number { return libm.nextafter(x, y); }

export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = libm.nextafter(x, Infinity);
  if (x2 === Infinity) return x - libm.nextafter(x, -Infinity);
  return x2 - x;
}

export const degrees = (x: number): number => x * (180.0 / PI);
export const radians = (x: number): number => x * (PI / 180.0);

export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0 || absTol < 0) raise('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** math.floor/ceil/trunc of a float (ints are returned unchanged by the object model). */
export const floor = (x: number): PyIntValue => intFromFloat(Math.floor(x));
export const ceil = (x: number): PyIntValue => intFromFloat(Math.ceil(x));
export const trunc = (x: number): PyIntValue => intFromFloat(x);

// ---------------------------------------------------------------- gamma, lgamma (CPython's own)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 13; --i >= 0;) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round: halves away from zero; y >= 0 so Math.round agrees
  let r: number;
  switch (n) {
    case 0: r = libm.sin(PI * y); break;
    case 1: r = libm.cos(PI * (y - 0.5)); break;
    case 2: r = libm.sin(PI * (1.0 - y)); break;
    case 3: r = -libm.cos(PI * (y - 1.5)); break;
    default: r = libm.sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || (x === 0 && 1 / x < 0) ? -1.0 : 1.0) * r;
}

/** math.gamma */
export function gamma(x: number): number {
  if (!isFinite(x)) {
    if (x !== x || x > 0) return x;
    return domainError();
  }
  if (x === 0) return domainError();
  if (x === Math.floor(x)) {
    if (x < 0) return domainError();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; }
  else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else { const sp = libm.pow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else { const sp = libm.pow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
  }
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

/** math.lgamma */
export function lgamma(x: number): number {
  if (!isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

// ---------------------------------------------------------------- hypot, dist (vector_norm)

/** CPython 3.11's vector_norm over absolute values `vec` with maximum `max`. */
function vectorNorm(vec: readonly number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = libm.frexp(max)[1];
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  if (maxE >= -1023) {
    const scale = libm.ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27; hi = t - (t - x); lo = x - hi;
      x = hi * hi;
      oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27; hi = t - (t - x); lo = x - hi;
    x = -hi * hi;
    oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum; csum += x; frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** math.hypot(*coordinates) */
export function hypot(...coords: number[]): number {
  let max = 0.0, foundNan = false;
  const v = new Array<number>(coords.length);
  for (let i = 0; i < coords.length; i++) {
    const x = Math.abs(coords[i]);
    v[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(v, max, foundNan);
}

/** math.dist(p, q) */
export function dist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) raise('ValueError', 'both points must have the same number of dimensions');
  let max = 0.0, foundNan = false;
  const v = new Array<number>(p.length);
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(p[i] - q[i]);
    v[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(v, max, foundNan);
}

// ---------------------------------------------------------------- fsum

/** math.fsum over floats: Shewchuk's exact partials, correctly rounded, as CPython. */
export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0, infSum = 0.0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- integer functions

function big(a: PyIntValue): bigint { return typeof a === 'bigint' ? a : BigInt(a); }

/** math.isqrt (n already converted with __index__) */
export function isqrt(n: PyIntValue): PyIntValue {
  if (n < 0) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let a = Math.floor(Math.sqrt(n));
    // sqrt of a double-rounded n can be off by one either way; fix up exactly
    while (a * a > n) a--;
    while ((a + 1) * (a + 1) <= n) a++;
    return a;
  }
  // CPython's adaptive-precision Newton iteration
  const c = (bigBitLength(n) - 1) >> 1;
  let a = 1n, d = 0;
  for (let s = 31 - Math.clz32(c); s >= 0; s--) {
    const e = d;
    d = c >> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  return normInt(a * a > n ? a - 1n : a);
}

/** math.factorial (n already an int) */
export function factorial(n: PyIntValue): PyIntValue {
  if (n < 0) raise('ValueError', 'factorial() not defined for negative values');
  const k = Number(n);
  if (k <= 18) { let r = 1; for (let i = 2; i <= k; i++) r *= i; return r; }
  return normInt(productRange(1n, BigInt(k)));
}

/** Product of lo..hi by binary splitting (balanced multiplications are much faster). */
function productRange(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 16n) { let r = 1n; for (let i = lo; i <= hi; i++) r *= i; return r; }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

/** math.perm(n, k); k undefined means k = n */
export function perm(n: PyIntValue, k?: PyIntValue): PyIntValue {
  if (k === undefined) return factorial(n);
  if (n < 0) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0) raise('ValueError', 'k must be a non-negative integer');
  const N = big(n), K = big(k);
  if (K > N) return 0;
  if (K === 0n) return 1;
  return normInt(productRange(N - K + 1n, N));
}

/** math.comb(n, k) */
export function comb(n: PyIntValue, k: PyIntValue): PyIntValue {
  if (n < 0) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0) raise('ValueError', 'k must be a non-negative integer');
  const N = big(n);
  let K = big(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  if (K === 0n) return 1;
  if (K === 1n) return normInt(N);
  if (K <= 32n) { // r * (N-K+i) is always divisible by i: i consecutive factors hold a multiple of i
    let r = 1n;
    for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
    return normInt(r);
  }
  return normInt(productRange(N - K + 1n, N) / productRange(1n, K));
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

/** math.gcd(*integers) */
export function gcd(...args: PyIntValue[]): PyIntValue {
  if (args.length === 0) return 0;
  let allNum = true;
  for (const a of args) if (typeof a !== 'number') { allNum = false; break; }
  if (allNum) {
    let g = Math.abs(args[0] as number);
    for (let i = 1; i < args.length; i++) {
      let b = Math.abs(args[i] as number);
      while (b !== 0) { const t = g % b; g = b; b = t; }
    }
    return g;
  }
  let g = big(args[0]);
  if (g < 0n) g = -g;
  for (let i = 1; i < args.length; i++) g = gcdBig(g, big(args[i]));
  return normInt(g);
}

/** math.lcm(*integers) */
export function lcm(...args: PyIntValue[]): PyIntValue {
  if (args.length === 0) return 1;
  let r = big(args[0]);
  if (r < 0n) r = -r;
  for (let i = 1; i < args.length; i++) {
    const b = big(args[i]);
    if (r === 0n || b === 0n) { r = 0n; continue; }
    r = (r / gcdBig(r, b)) * b;
    if (r < 0n) r = -r;
  }
  return normInt(r);
}
