// Unicode character properties and case mappings as CPython 3.11 (Unicode 14) defines them for
// str methods. V8's regex properties do most of the work; unicodetables.ts (generated from
// CPython) lists where CPython differs from them and holds the tables JS lacks (digit, numeric).
// Cased and Case_Ignorable (title(), final sigma) come from V8 unchanged, so they may differ from
// CPython for characters assigned after Unicode 14 only.

import {
  ALPHA_EXCEPTIONS, CASEFOLD_MAP_EXCEPTIONS, DECIMAL_EXCEPTIONS, DIGIT_RANGES, LOWER_EXCEPTIONS,
  LOWER_MAP_EXCEPTIONS, NUMERIC_RANGES, PRINTABLE_EXCEPTIONS, SPACE_RANGES, TITLE_MAP_EXCEPTIONS,
  UPPER_EXCEPTIONS, UPPER_MAP_EXCEPTIONS, XID_CONTINUE_EXCEPTIONS, XID_START_EXCEPTIONS,
} from './unicodetables.js';

/** Binary search in flat [first, last, first, last, ...] sorted ranges. */
export function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0, hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A regex character class matching the code points of flat ranges (never matches if empty). */
function rangesClass(r: readonly number[]): RegExp {
  if (r.length === 0) return /(?!)/u;
  let cls = '';
  const hex = (c: number) => '\\u{' + c.toString(16) + '}';
  for (let i = 0; i < r.length; i += 2) cls += r[i] === r[i + 1] ? hex(r[i]) : hex(r[i]) + '-' + hex(r[i + 1]);
  return new RegExp('[' + cls + ']', 'u');
}

/** A property: a JS regex class XOR CPython's exception ranges. */
class Prop {
  private readonly one: RegExp;
  private readonly exc: RegExp;
  constructor(jsClass: string, private readonly exceptions: readonly number[]) {
    this.one = new RegExp('^' + jsClass + '$', 'u');
    this.exc = rangesClass(exceptions);
  }
  has(cp: number): boolean {
    return this.one.test(String.fromCodePoint(cp)) !== inRanges(this.exceptions, cp);
  }
  /** Whether any code point of s is an exception (then per-code-point tests are needed). */
  anyException(s: string): boolean { return this.exc.test(s); }
}

const printable = new Prop('[^\\p{C}\\p{Z}]', PRINTABLE_EXCEPTIONS);
const alpha = new Prop('\\p{L}', ALPHA_EXCEPTIONS);
const decimal = new Prop('\\p{Nd}', DECIMAL_EXCEPTIONS);
const upper = new Prop('\\p{Uppercase}', UPPER_EXCEPTIONS);
const lower = new Prop('\\p{Lowercase}', LOWER_EXCEPTIONS);
const title = new Prop('\\p{Lt}', []);
const xidStart = new Prop('\\p{XID_Start}', XID_START_EXCEPTIONS);
const xidContinue = new Prop('\\p{XID_Continue}', XID_CONTINUE_EXCEPTIONS);
const cased = new Prop('\\p{Cased}', []);
const caseIgnorable = new Prop('\\p{Case_Ignorable}', []);

/** Py_UNICODE_ISSPACE */
export function isPySpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return inRanges(SPACE_RANGES, cp);
}
/** Py_UNICODE_ISPRINTABLE (what repr() leaves unescaped) */
export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return printable.has(cp);
}
export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return alpha.has(cp);
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return decimal.has(cp);
}
export function isDigitCp(cp: number): boolean { return inRanges(DIGIT_RANGES, cp); }
export function isNumericCp(cp: number): boolean { return inRanges(NUMERIC_RANGES, cp); }
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}
export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return upper.has(cp);
}
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return lower.has(cp);
}
export function isTitleCp(cp: number): boolean { return cp >= 128 && title.has(cp); }
export function isCasedCp(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return cased.has(cp);
}
export function isCaseIgnorableCp(cp: number): boolean { return caseIgnorable.has(cp); }
export function isXidStartCp(cp: number): boolean {
  if (cp < 128) return isAlphaCp(cp);
  return xidStart.has(cp);
}
export function isXidContinueCp(cp: number): boolean {
  if (cp < 128) return isAlphaCp(cp) || (cp >= 48 && cp <= 57) || cp === 95;
  return xidContinue.has(cp);
}

const digitCache = new Map<number, number>();
/** The decimal value of a Unicode decimal digit (Nd), or -1. Unicode guarantees Nd characters
 *  come in runs of ten starting at digit zero, so the value is the distance from the run start
 *  modulo 10 (runs may be adjacent, e.g. the mathematical digits). */
export function decimalDigitValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if (!decimal.has(cp)) return -1;
  let v = digitCache.get(cp);
  if (v === undefined) {
    let start = cp;
    while (decimal.has(start - 1)) start--;
    v = (cp - start) % 10;
    digitCache.set(cp, v);
  }
  return v;
}

// ---------------------------------------------------------------- case mappings (full)

const UPPER_MAP_RE = mapClass(UPPER_MAP_EXCEPTIONS);
const LOWER_MAP_RE = mapClass(LOWER_MAP_EXCEPTIONS);
function mapClass(m: ReadonlyMap<number, string>): RegExp {
  const flat: number[] = [];
  for (const k of [...m.keys()].sort((a, b) => a - b)) flat.push(k, k);
  return rangesClass(flat);
}

/** Full uppercase mapping of one code point (may be several characters: 'ß' -> 'SS'). */
export function upperCp(cp: number): string {
  const e = UPPER_MAP_EXCEPTIONS.get(cp);
  return e !== undefined ? e : String.fromCodePoint(cp).toUpperCase();
}
/** Full lowercase mapping of one code point, without the final-sigma rule. */
export function lowerCp(cp: number): string {
  const e = LOWER_MAP_EXCEPTIONS.get(cp);
  return e !== undefined ? e : String.fromCodePoint(cp).toLowerCase();
}
export function titleCp(cp: number): string {
  const e = TITLE_MAP_EXCEPTIONS.get(cp);
  return e !== undefined ? e : upperCp(cp);
}
export function casefoldCp(cp: number): string {
  const e = CASEFOLD_MAP_EXCEPTIONS.get(cp);
  return e !== undefined ? e : lowerCp(cp);
}

/** str.upper(): JS's full mapping unless s holds a character where CPython's tables differ. */
export function strUpper(s: string): string {
  if (!UPPER_MAP_RE.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += upperCp(ch.codePointAt(0)!);
  return out;
}

/** str.lower(), including the final sigma rule (which JS's toLowerCase applies identically). */
export function strLower(s: string): string {
  if (!LOWER_MAP_RE.test(s)) return s.toLowerCase();
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerWithSigma(cps, i);
  return out;
}

/** CPython's lower_ucs4: the lowercase of cps[i], with Σ -> ς at the end of a word. */
export function lowerWithSigma(cps: readonly number[], i: number): string {
  const c = cps[i];
  if (c === 0x3a3) return finalSigma(cps, i) ? '\u03c2' : '\u03c3';
  return lowerCp(c);
}

function finalSigma(cps: readonly number[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  const before = j >= 0 && isCasedCp(cps[j]);
  if (!before) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
  return j === cps.length || !isCasedCp(cps[j]);
}
