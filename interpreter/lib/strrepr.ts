// repr() and ascii() of a Python str, exactly as CPython's unicode_repr: quote choice, escapes
// for quotes, backslash, \t \n \r, control characters, and non-printable code points.

import { isPrintableCp } from './unicode.js';

// Anything that is not a plain printable ASCII character other than quote and backslash
const NEEDS_WORK = /[^\x20-\x26\x28-\x5b\x5d-\x7e]/;

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

function escapeCp(c: number): string {
  if (c <= 0xff) return '\\x' + hex(c, 2);
  if (c <= 0xffff) return '\\u' + hex(c, 4);
  return '\\U' + hex(c, 8);
}

function reprImpl(s: string, asciiOnly: boolean): string {
  if (!NEEDS_WORK.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // for..of iterates code points; a lone surrogate comes out as itself (not printable)
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x7f) {
      if (ch === quote || ch === '\\') out += '\\' + ch;
      else if (c >= 0x20) out += ch;
      else if (c === 9) out += '\\t';
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else out += '\\x' + hex(c, 2);
    } else if (c === 0x7f) {
      out += '\\x7f';
    } else if (!asciiOnly && isPrintableCp(c)) {
      out += ch;
    } else {
      out += escapeCp(c);
    }
  }
  return out + quote;
}

/** repr(s) */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/** ascii(s): repr with every non-ASCII code point escaped */
export function strAscii(s: string): string {
  return reprImpl(s, true);
}

/** The backslashreplace escape of non-ASCII code points in s, as ascii() does for any repr. */
export function asciiEscape(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : escapeCp(c);
  }
  return out;
}
