// Python str methods on JS strings with CPython 3.11 semantics. Python indexes code points and JS
// strings are UTF-16, so every index is a code point index. Each function takes an optional
// `astral` hint (the object model caches it per str: PyStr.hasAstral); when it is omitted the
// string is scanned once with a regex (O(n), no allocation). With astral === false all index
// arithmetic is plain UTF-16 arithmetic. start/end arguments are code point indices, undefined
// for None. Limitation of the JS representation: two lone surrogates D800-DBFF + DC00-DFFF
// side by side are indistinguishable from the astral character they encode.

import { raise } from './errors.js';
import {
  casefoldCp, isAlnumCp, isAlphaCp, isCasedCp, isDecimalCp, isDigitCp, isLowerCp, isNumericCp,
  isPrintableCp, isPySpace, isTitleCp, isUpperCp, isXidContinueCp, isXidStartCp, lowerWithSigma,
  titleCp, upperCp,
} from './unicode.js';

export { strRepr, strAscii } from './strrepr.js';
export { strUpper, strLower } from './unicode.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether s has any surrogate code unit (then code point != code unit indexing). */
export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

function astralOf(s: string, astral: boolean | undefined): boolean {
  return astral === undefined ? SURROGATE.test(s) : astral;
}

// ---------------------------------------------------------------- code point indexing

/** len(s) */
export function cpLength(s: string, astral?: boolean): number {
  if (!astralOf(s, astral)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** UTF-16 offset of code point index cp (cp may equal the length). */
export function cpToUnit(s: string, cp: number, astral?: boolean): number {
  if (!astralOf(s, astral)) return cp;
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset u. */
export function unitToCp(s: string, u: number, astral?: boolean): number {
  if (!astralOf(s, astral)) return u;
  return cpLength(s.slice(0, u), true);
}

/** s[i] for a normalised index 0 <= i < len(s). */
export function cpAt(s: string, i: number, astral?: boolean): string {
  if (!astralOf(s, astral)) return s[i];
  const u = cpToUnit(s, i, true);
  const c = s.codePointAt(u)!;
  return String.fromCodePoint(c);
}

/** s[start:stop:step] for indices already normalised by sequence.adjustSliceIndices. */
export function cpSlice(s: string, start: number, stop: number, step: number, sliceLength: number, astral?: boolean): string {
  if (sliceLength <= 0) return '';
  if (!astralOf(s, astral)) {
    if (step === 1) return s.slice(start, stop);
    let out = '';
    for (let i = 0, k = start; i < sliceLength; i++, k += step) out += s[k];
    return out;
  }
  const cps = Array.from(s);
  if (step === 1) return cps.slice(start, stop).join('');
  let out = '';
  for (let i = 0, k = start; i < sliceLength; i++, k += step) out += cps[k];
  return out;
}

/** CPython's ADJUST_INDICES for find/count/startswith ranges: [start, end] in code points. */
export function adjustIndices(start: number | undefined, end: number | undefined, len: number): [number, number] {
  let s = start ?? 0, e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  return [s, e];
}

// ---------------------------------------------------------------- searching

/** str.find(sub, start, end) */
export function strFind(s: string, sub: string, start?: number, end?: number, astral?: boolean): number {
  if (start === undefined && end === undefined) { // the common call: no index translation unless found
    const i = s.indexOf(sub);
    return i <= 0 || !astralOf(s, astral) ? i : unitToCp(s, i, true);
  }
  const a = astralOf(s, astral) || SURROGATE.test(sub);
  const len = a ? cpLength(s, true) : s.length;
  const [b, e] = adjustIndices(start, end, len);
  const subLen = a ? cpLength(sub, true) : sub.length;
  if (e - b < subLen) return -1;
  if (!a) {
    const i = s.indexOf(sub, b);
    return i >= 0 && i + subLen <= e ? i : -1;
  }
  const ub = cpToUnit(s, b, true), ue = cpToUnit(s, e, true);
  const i = s.slice(0, ue).indexOf(sub, ub);
  return i < 0 ? -1 : unitToCp(s, i, true);
}

/** str.rfind(sub, start, end) */
export function strRfind(s: string, sub: string, start?: number, end?: number, astral?: boolean): number {
  const a = astralOf(s, astral) || SURROGATE.test(sub);
  const len = a ? cpLength(s, true) : s.length;
  const [b, e] = adjustIndices(start, end, len);
  const subLen = a ? cpLength(sub, true) : sub.length;
  if (e - b < subLen) return -1;
  if (!a) {
    const i = s.lastIndexOf(sub, e - subLen);
    return i >= b ? i : -1;
  }
  const ub = cpToUnit(s, b, true), ue = cpToUnit(s, e, true);
  const i = s.slice(0, ue).lastIndexOf(sub);
  return i >= ub ? unitToCp(s, i, true) : -1;
}

export function strIndex(s: string, sub: string, start?: number, end?: number, astral?: boolean): number {
  const i = strFind(s, sub, start, end, astral);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start?: number, end?: number, astral?: boolean): number {
  const i = strRfind(s, sub, start, end, astral);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

/** str.count(sub, start, end): non-overlapping occurrences */
export function strCount(s: string, sub: string, start?: number, end?: number, astral?: boolean): number {
  const a = astralOf(s, astral) || SURROGATE.test(sub);
  const len = a ? cpLength(s, true) : s.length;
  const [b, e] = adjustIndices(start, end, len);
  if (e < b) return 0;
  const subLen = a ? cpLength(sub, true) : sub.length;
  if (subLen === 0) return e - b + 1 > 0 ? e - b + 1 : 0;
  if (e - b < subLen) return 0;
  const hay = a ? s.slice(cpToUnit(s, b, true), cpToUnit(s, e, true)) : s.slice(b, e);
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, sub: string, start: number | undefined, end: number | undefined, fromEnd: boolean, a: boolean): boolean {
  const len = a ? cpLength(s, true) : s.length;
  let [b, e] = adjustIndices(start, end, len);
  const subLen = a ? cpLength(sub, true) : sub.length;
  e -= subLen;
  if (e < b) return false;
  if (subLen === 0) return true;
  if (!a) return fromEnd ? s.startsWith(sub, e) : s.startsWith(sub, b);
  const u = cpToUnit(s, fromEnd ? e : b, true);
  return s.startsWith(sub, u);
}

/** str.startswith(prefix or tuple of prefixes, start, end) */
export function strStartswith(s: string, prefix: string | readonly string[], start?: number, end?: number, astral?: boolean): boolean {
  const a = astralOf(s, astral);
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false, a || SURROGATE.test(prefix));
  for (const p of prefix) if (tailMatch(s, p, start, end, false, a || SURROGATE.test(p))) return true;
  return false;
}

/** str.endswith(suffix or tuple of suffixes, start, end) */
export function strEndswith(s: string, suffix: string | readonly string[], start?: number, end?: number, astral?: boolean): boolean {
  const a = astralOf(s, astral);
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true, a || SURROGATE.test(suffix));
  for (const p of suffix) if (tailMatch(s, p, start, end, true, a || SURROGATE.test(p))) return true;
  return false;
}

// ---------------------------------------------------------------- replace, split, partition

/** str.replace(old, new, count); count < 0 means all */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  if (count === 0) return s;
  if (old === '') {
    // insert rep before every code point and at the end, up to count times
    const cps = Array.from(s);
    let out = '', n = 0;
    for (const c of cps) {
      if (count < 0 || n < count) { out += rep; n++; }
      out += c;
    }
    if (count < 0 || n < count) out += rep;
    return out;
  }
  if (count < 0) return s.split(old).join(rep);
  let out = '', pos = 0, n = 0;
  while (n < count) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
    n++;
  }
  return out + s.slice(pos);
}

function isSpaceUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) : isPySpace(c); // no space is astral
}

/** str.split(sep, maxsplit); sep null splits on runs of whitespace */
// A run of non-whitespace in Python's sense (Py_UNICODE_ISSPACE; no whitespace is astral)
const NON_SPACE_RUN = /[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (sep === null && maxsplit < 0) return s.match(NON_SPACE_RUN) ?? [];
  const out: string[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  if (sep === null) {
    let i = 0;
    const n = s.length;
    while (maxsplit-- > 0) {
      while (i < n && isSpaceUnit(s, i)) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isSpaceUnit(s, i)) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && isSpaceUnit(s, i)) i++;
    if (i !== n) out.push(s.slice(i));
    return out;
  }
  if (sep === '') raise('ValueError', 'empty separator');
  let pos = 0;
  while (maxsplit-- > 0) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep, maxsplit) */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const out: string[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  if (sep === null) {
    let i = s.length - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && isSpaceUnit(s, i)) i--;
      if (i < 0) break;
      const j = i;
      while (i >= 0 && !isSpaceUnit(s, i)) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    while (i >= 0 && isSpaceUnit(s, i)) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
    return out.reverse();
  }
  if (sep === '') raise('ValueError', 'empty separator');
  let end = s.length;
  while (maxsplit-- > 0) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/** str.splitlines(keepends) with all of Python's line boundaries */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let pos = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    const end = m.index + m[0].length;
    out.push(s.slice(pos, keepends ? end : m.index));
    pos = end;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') raise('ValueError', 'empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') raise('ValueError', 'empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ---------------------------------------------------------------- strip

function stripImpl(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceUnit(s, i)) i++;
    if (right) while (j > i && isSpaceUnit(s, j - 1)) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (!SURROGATE.test(s) && !SURROGATE.test(chars)) {
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0, b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

export function strStrip(s: string, chars: string | null = null): string { return stripImpl(s, chars, true, true); }
export function strLstrip(s: string, chars: string | null = null): string { return stripImpl(s, chars, true, false); }
export function strRstrip(s: string, chars: string | null = null): string { return stripImpl(s, chars, false, true); }

// ---------------------------------------------------------------- case

/** str.casefold() */
export function strCasefold(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += casefoldCp(ch.codePointAt(0)!);
  return out;
}

/** str.swapcase() */
export function strSwapcase(s: string): string {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpperCp(c)) out += lowerWithSigma(cps, i);
    else if (isLowerCp(c)) out += upperCp(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

/** str.title(): title-case after uncased characters, lowercase after cased ones */
export function strTitle(s: string): string {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerWithSigma(cps, i) : titleCp(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

/** str.capitalize(): first character title-cased, the rest lowercased */
export function strCapitalize(s: string): string {
  if (s === '') return s;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let out = titleCp(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerWithSigma(cps, i);
  return out;
}

// ---------------------------------------------------------------- predicates

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s === '') return false;
  for (const ch of s) if (!pred(ch.codePointAt(0)!)) return false;
  return true;
}

export function strIsalpha(s: string): boolean {
  if (/^[A-Za-z]+$/.test(s)) return true;
  return /[^\x00-\x7f]/.test(s) && all(s, isAlphaCp);
}
export function strIsdecimal(s: string): boolean {
  if (/^[0-9]+$/.test(s)) return true;
  return /[^\x00-\x7f]/.test(s) && all(s, isDecimalCp);
}
export function strIsdigit(s: string): boolean {
  if (/^[0-9]+$/.test(s)) return true;
  return /[^\x00-\x7f]/.test(s) && all(s, isDigitCp);
}
export function strIsnumeric(s: string): boolean {
  if (/^[0-9]+$/.test(s)) return true;
  return /[^\x00-\x7f]/.test(s) && all(s, isNumericCp);
}
export function strIsalnum(s: string): boolean {
  if (/^[A-Za-z0-9]+$/.test(s)) return true;
  return /[^\x00-\x7f]/.test(s) && all(s, isAlnumCp);
}
export function strIsspace(s: string): boolean {
  return all(s, isPySpace);
}
export function strIsascii(s: string): boolean {
  return !/[^\x00-\x7f]/.test(s);
}
export function strIsprintable(s: string): boolean {
  if (/^[\x20-\x7e]*$/.test(s)) return true;
  for (const ch of s) if (!isPrintableCp(ch.codePointAt(0)!)) return false;
  return true;
}
export function strIsidentifier(s: string): boolean {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return true;
  if (s === '' || !/[^\x00-\x7f]/.test(s)) return false;
  let first = true;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (first ? !(c === 95 || isXidStartCp(c)) : !isXidContinueCp(c)) return false;
    first = false;
  }
  return true;
}
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}
export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}
export function strIstitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

// ---------------------------------------------------------------- padding

function checkFill(fill: string): void {
  if (cpLength(fill) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
}

/** str.center(width, fillchar) with CPython's left/right split */
export function strCenter(s: string, width: number, fill = ' ', astral?: boolean): string {
  checkFill(fill);
  const len = cpLength(s, astral);
  if (len >= width) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}
export function strLjust(s: string, width: number, fill = ' ', astral?: boolean): string {
  checkFill(fill);
  const len = cpLength(s, astral);
  return len >= width ? s : s + fill.repeat(width - len);
}
export function strRjust(s: string, width: number, fill = ' ', astral?: boolean): string {
  checkFill(fill);
  const len = cpLength(s, astral);
  return len >= width ? s : fill.repeat(width - len) + s;
}
export function strZfill(s: string, width: number, astral?: boolean): string {
  const len = cpLength(s, astral);
  if (len >= width) return s;
  const fill = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
  return fill + s;
}

/** str.expandtabs(tabsize): columns count code points and restart after \n and \r */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}
