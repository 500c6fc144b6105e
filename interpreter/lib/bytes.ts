// bytes helpers on Uint8Array: repr (b'...' with CPython's escaping), hex()/fromhex().

import { raise } from './errors.js';

const HEX = '0123456789abcdef';

/** repr(b) for bytes; `prefix` lets bytearray wrap it ("bytearray(b'...')" is the caller's). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** bytes.hex(sep='', bytes_per_sep=1) */
export function bytesHex(b: Uint8Array, sep = '', bytesPerSep = 1): string {
  if (sep === '') {
    let out = '';
    for (let i = 0; i < b.length; i++) out += HEX[b[i] >> 4] + HEX[b[i] & 15];
    return out;
  }
  if (sep.length !== 1) raise('ValueError', 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) raise('ValueError', 'sep must be ASCII.');
  const groups: string[] = [];
  const n = b.length;
  const per = Math.abs(bytesPerSep) || n || 1;
  if (bytesPerSep === 0) return bytesHex(b);
  // positive: groups counted from the right; negative: from the left
  if (bytesPerSep > 0) {
    let end = n;
    while (end > 0) { const start = Math.max(0, end - per); groups.unshift(bytesHex(b.subarray(start, end))); end = start; }
  } else {
    for (let start = 0; start < n; start += per) groups.push(bytesHex(b.subarray(start, Math.min(n, start + per))));
  }
  return groups.join(sep);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const hi = hexDigit(s.charCodeAt(i));
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hexDigit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
