// String and bytes literals: splitting a literal token into prefix and body, and decoding the
// body's escape sequences as CPython does (invalid escapes keep their backslash).

import { UNICODE_NAMES } from './unicode-names.js';

export interface LiteralParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index in the token text where the body (after the opening quotes) starts. */
  bodyStart: number;
  body: string;
}

/** Splits a string token such as rb'''abc''' into its prefix flags and body. */
export function splitLiteral(token: string): LiteralParts {
  let i = 0;
  while (token[i] !== '"' && token[i] !== "'") i++;
  const prefix = token.slice(0, i).toLowerCase();
  const q = token[i];
  const quoteLen = token[i + 1] === q && token[i + 2] === q && token.length >= i + 6 ? 3 : 1;
  const bodyStart = i + quoteLen;
  return {
    bytes: prefix.includes('b'),
    raw: prefix.includes('r'),
    fstring: prefix.includes('f'),
    bodyStart,
    body: token.slice(bodyStart, token.length - quoteLen),
  };
}

/** A problem in a literal body, at `index` in it; the caller turns it into a SyntaxError. */
export class LiteralError extends Error {
  constructor(message: string, readonly index: number) {
    super(message);
  }
}

let names: Map<string, number> | null = null;

/** The code point named `name` (\N{...}), or undefined when tspy does not know the name. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk) return parseInt(cjk[1], 16);
  if (!names) {
    names = new Map();
    for (const entry of UNICODE_NAMES.split(';')) {
      const colon = entry.lastIndexOf(':');
      names.set(entry.slice(0, colon), parseInt(entry.slice(colon + 1), 16));
    }
  }
  return names.get(upper);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
const isOctal = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Decodes the escapes of a non-raw body. For bytes the result holds one char per byte
 * (code points 0-255). Throws LiteralError for malformed \x, \u, \U and \N escapes.
 */
export function decodeEscapes(body: string, bytes: boolean): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    i += 2;
    if (e === undefined) { out += '\\'; break; }
    if (e in SIMPLE_ESCAPES) { out += SIMPLE_ESCAPES[e]; continue; }
    if (isOctal(e)) {
      let v = parseInt(e, 8);
      for (let k = 0; k < 2 && isOctal(body[i]); k++) v = v * 8 + parseInt(body[i++], 8);
      out += String.fromCharCode(bytes ? v & 0xff : v);
      continue;
    }
    const codec = bytes ? 'unicodeescape' : 'unicodeescape';
    const fixed = (len: number, what: string): void => {
      const digits = body.slice(i, i + len);
      if (digits.length < len || ![...digits].every(isHex)) {
        let end = i;
        while (end < n && end < i + len && isHex(body[end])) end++;
        throw new LiteralError(
          `(${bytes ? 'value error' : 'unicode error'}) '${codec}' codec can't decode bytes in position ${start}-${end - 1}: truncated ${what} escape`,
          start,
        );
      }
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff) {
        throw new LiteralError(`(unicode error) '${codec}' codec can't decode bytes in position ${start}-${i + len - 1}: illegal Unicode character`, start);
      }
      out += String.fromCodePoint(cp);
      i += len;
    };
    if (e === 'x') {
      if (bytes) {
        if (!isHex(body[i]) || !isHex(body[i + 1])) {
          throw new LiteralError(`(value error) invalid \\x escape at position ${start}`, start);
        }
        out += String.fromCharCode(parseInt(body.slice(i, i + 2), 16));
        i += 2;
      } else {
        fixed(2, '\\xXX');
      }
      continue;
    }
    if (!bytes && e === 'u') { fixed(4, '\\uXXXX'); continue; }
    if (!bytes && e === 'U') { fixed(8, '\\UXXXXXXXX'); continue; }
    if (!bytes && e === 'N') {
      const close = body[i] === '{' ? body.indexOf('}', i) : -1;
      const cp = close > i + 1 ? lookupUnicodeName(body.slice(i + 1, close)) : undefined;
      if (cp === undefined) {
        const end = close > 0 ? close : i;
        const why = close > i + 1 ? 'unknown Unicode character name' : 'malformed \\N character escape';
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${why}`, start);
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // Not an escape: CPython keeps the backslash (with a DeprecationWarning).
    out += '\\' + e;
  }
  return out;
}

/** The bytes of a decoded bytes body (one char per byte). */
export function toBytes(decoded: string): Uint8Array {
  const b = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) b[k] = decoded.charCodeAt(k);
  return b;
}
