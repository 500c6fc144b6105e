// str.encode / bytes.decode for utf-8, latin-1 and ascii with CPython's error ranges and
// messages and the error handlers strict, ignore, replace, surrogateescape, backslashreplace
// (and surrogatepass for utf-8). The strict utf-8 paths use TextEncoder/TextDecoder.

import { raise } from './errors.js';

export type Codec = 'utf-8' | 'latin-1' | 'ascii';

/** The canonical codec for an encoding name (as Python's normalisation), or null if unknown. */
export function lookupCodec(name: string): Codec | null {
  const n = name.toLowerCase().replace(/[-_ ]/g, '');
  switch (n) {
    case 'utf8': case 'u8': case 'utf': case 'cp65001': return 'utf-8';
    case 'latin1': case 'latin': case 'l1': case 'iso88591': case 'iso885911987': case '8859': case 'cp819': return 'latin-1';
    case 'ascii': case 'usascii': case '646': case 'us': return 'ascii';
    default: return null;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

function hex2(b: number): string { return b.toString(16).padStart(2, '0'); }

function decodeError(codec: string, bytes: Uint8Array, start: number, end: number, reason: string): never {
  const msg = end - start === 1
    ? `'${codec}' codec can't decode byte 0x${hex2(bytes[start])} in position ${start}: ${reason}`
    : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return raise('UnicodeDecodeError', msg, [codec, bytes, start, end, reason]);
}

function encodeError(codec: string, s: string, cps: readonly number[], start: number, end: number, reason: string): never {
  let msg: string;
  if (end - start === 1) {
    const c = cps[start];
    const shown = c <= 0xff ? '\\x' + hex2(c) : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    msg = `'${codec}' codec can't encode character '${shown}' in position ${start}: ${reason}`;
  } else {
    msg = `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  return raise('UnicodeEncodeError', msg, [codec, s, start, end, reason]);
}

function unknownHandler(errors: string): never {
  return raise('LookupError', `unknown error handler name '${errors}'`);
}

/** Replacement text for undecodable bytes [start, end), or throws for strict. */
function decodeReplacement(codec: string, bytes: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case 'strict': return decodeError(codec, bytes, start, end, reason);
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) {
        if (bytes[i] < 128) return decodeError(codec, bytes, start, end, reason);
        s += String.fromCharCode(0xdc00 + bytes[i]);
      }
      return s;
    }
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + hex2(bytes[i]);
      return s;
    }
    default: return unknownHandler(errors);
  }
}

/** bytes.decode(codec, errors) */
export function decode(bytes: Uint8Array, codec: Codec, errors = 'strict'): string {
  if (codec === 'utf-8') return decodeUtf8(bytes, errors);
  let out = '';
  const CHUNK = 8192;
  if (codec === 'latin-1') {
    for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
    return out;
  }
  let start = 0;
  if (bytes.every((b) => b < 128)) return decode(bytes, 'latin-1');
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 128) {
      out += asciiRun(bytes, start, i);
      out += decodeReplacement('ascii', bytes, i, i + 1, 'ordinal not in range(128)', errors);
      start = i + 1;
    }
  }
  return out + asciiRun(bytes, start, bytes.length);
}

function asciiRun(b: Uint8Array, a: number, e: number): string {
  let s = '';
  for (let i = a; i < e; i++) s += String.fromCharCode(b[i]);
  return s;
}

function decodeUtf8(bytes: Uint8Array, errors: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // fall through to the exact decoder for CPython's error positions
  }
  let out = '';
  const n = bytes.length;
  let i = 0, runStart = 0;
  const flush = (e: number) => { if (e > runStart) out += decoder.decode(bytes.subarray(runStart, e)); };
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f; }
    else {
      flush(i);
      out += decodeReplacement('utf-8', bytes, i, i + 1, 'invalid start byte', errors);
      runStart = ++i;
      continue;
    }
    let k = 1, bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const c = bytes[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) { bad = true; break; }
    }
    if (!bad && k > need) { i += need + 1; continue; } // a valid sequence
    flush(i);
    if (bad) out += decodeReplacement('utf-8', bytes, i, i + k, 'invalid continuation byte', errors);
    else out += decodeReplacement('utf-8', bytes, i, n, 'unexpected end of data', errors);
    i = bad ? i + k : n;
    runStart = i;
  }
  flush(n);
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** str.encode(codec, errors) */
export function encode(s: string, codec: Codec, errors = 'strict'): Uint8Array {
  if (codec === 'utf-8' && !LONE_SURROGATE.test(s)) return encoder.encode(s);
  const limit = codec === 'ascii' ? 128 : codec === 'latin-1' ? 256 : 0x110000;
  if (codec !== 'utf-8' && !(limit === 128 ? /[^\x00-\x7f]/ : /[^\x00-\xff]/).test(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const bad = (c: number) => codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out: number[] = [];
  const pushUtf8 = (c: number) => {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  };
  const pushChar = codec === 'utf-8' ? pushUtf8 : (c: number) => { out.push(c); };
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!bad(c)) { pushChar(c); i++; continue; }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    switch (errors) {
      case 'strict': encodeError(codec, s, cps, i, j, reason); break;
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) out.push(63); break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          const d = cps[k];
          // CPython escapes what it can and reports the rest of the run
          if (d < 0xdc80 || d > 0xdcff) encodeError(codec, s, cps, k, j, reason);
          out.push(d - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (codec !== 'utf-8') encodeError(codec, s, cps, i, j, reason);
        for (let k = i; k < j; k++) pushUtf8(cps[k]);
        break;
      case 'backslashreplace':
        for (let k = i; k < j; k++) {
          const d = cps[k];
          const esc = d <= 0xff ? '\\x' + hex2(d) : d <= 0xffff ? '\\u' + d.toString(16).padStart(4, '0') : '\\U' + d.toString(16).padStart(8, '0');
          for (let q = 0; q < esc.length; q++) out.push(esc.charCodeAt(q));
        }
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < j; k++) {
          const esc = '&#' + cps[k] + ';';
          for (let q = 0; q < esc.length; q++) out.push(esc.charCodeAt(q));
        }
        break;
      default: unknownHandler(errors);
    }
    i = j;
  }
  return Uint8Array.from(out);
}
