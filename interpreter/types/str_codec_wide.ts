// The UTF-16 and UTF-32 codecs (with and without BOM, little and big endian), which
// lib/codecs.ts does not provide: encode/decode with CPython's error positions, reasons and the
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace and surrogatepass.

import { raise } from '../lib/errors.js';

export type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

export function lookupWideCodec(name: string): WideCodec | null {
  switch (name.toLowerCase().replace(/[-_ ]/g, '')) {
    case 'utf16': case 'u16': return 'utf-16';
    case 'utf16le': case 'unicodelittleunmarked': return 'utf-16-le';
    case 'utf16be': case 'unicodebigunmarked': return 'utf-16-be';
    case 'utf32': case 'u32': return 'utf-32';
    case 'utf32le': return 'utf-32-le';
    case 'utf32be': return 'utf-32-be';
    default: return null;
  }
}

function hexEsc(c: number): string {
  return c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0')
    : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}

export function encodeWide(s: string, codec: WideCodec, errors: string): Uint8Array {
  const wide32 = codec.startsWith('utf-32');
  const big = codec.endsWith('-be');
  const out: number[] = [];
  const unit16 = (u: number) => { if (big) out.push(u >> 8, u & 255); else out.push(u & 255, u >> 8); };
  const unit32 = (c: number) => {
    const b = [(c >>> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255];
    out.push(...(big ? b : b.reverse()));
  };
  const put = (c: number) => {
    if (wide32) unit32(c);
    else if (c >= 0x10000) { c -= 0x10000; unit16(0xd800 + (c >> 10)); unit16(0xdc00 + (c & 0x3ff)); }
    else unit16(c);
  };
  if (codec === 'utf-16' || codec === 'utf-32') put(0xfeff);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c < 0xd800 || c > 0xdfff) { put(c); continue; }
    switch (errors) {
      case 'strict':
        raise('UnicodeEncodeError', `'${codec}' codec can't encode character '${hexEsc(c)}' in position ${i}: surrogates not allowed`,
          [codec, s, i, i + 1, 'surrogates not allowed']);
        break;
      case 'ignore': break;
      case 'replace': put(63); break;
      case 'surrogatepass': if (wide32) unit32(c); else unit16(c); break;
      case 'backslashreplace': for (const ch of hexEsc(c)) put(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (const ch of `&#${c};`) put(ch.charCodeAt(0)); break;
      default: raise('LookupError', `unknown error handler name '${errors}'`);
    }
  }
  return Uint8Array.from(out);
}

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case 'strict': case 'surrogatepass': { // surrogatepass only repairs surrogates
      const msg = end - start === 1
        ? `'${codec}' codec can't decode byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`
        : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
      return raise('UnicodeDecodeError', msg, [codec, b, start, end, reason]);
    }
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + b[i].toString(16).padStart(2, '0');
      return s;
    }
    default: return raise('LookupError', `unknown error handler name '${errors}'`);
  }
}

export function decodeWide(b: Uint8Array, codec: WideCodec, errors: string): string {
  const wide32 = codec.startsWith('utf-32');
  let big = codec.endsWith('-be');
  let pos = 0;
  let name: string = codec;
  if (codec === 'utf-16' || codec === 'utf-32') {
    // a BOM picks the byte order; otherwise this machine's (little endian), as CPython on x86
    if (wide32 && b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) pos = 4;
    else if (wide32 && b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { pos = 4; big = true; }
    else if (!wide32 && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) pos = 2;
    else if (!wide32 && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { pos = 2; big = true; }
    name = codec + (big ? '-be' : '-le');
  }
  const n = b.length;
  let out = '';
  if (wide32) {
    while (pos < n) {
      if (pos + 4 > n) { out += decodeError(name, b, pos, n, 'truncated data', errors); break; }
      const c = big ? ((b[pos] << 24) | (b[pos + 1] << 16) | (b[pos + 2] << 8) | b[pos + 3]) >>> 0
        : ((b[pos + 3] << 24) | (b[pos + 2] << 16) | (b[pos + 1] << 8) | b[pos]) >>> 0;
      if (c > 0x10ffff) out += decodeError(name, b, pos, pos + 4, 'code point not in range(0x110000)', errors);
      else if (c >= 0xd800 && c < 0xe000 && errors !== 'surrogatepass') {
        out += decodeError(name, b, pos, pos + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors);
      } else out += String.fromCodePoint(c);
      pos += 4;
    }
    return out;
  }
  const unit = (i: number) => (big ? (b[i] << 8) | b[i + 1] : (b[i + 1] << 8) | b[i]);
  while (pos < n) {
    if (pos + 2 > n) { out += decodeError(name, b, pos, n, 'truncated data', errors); break; }
    const u = unit(pos);
    if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); pos += 2; continue; }
    if (errors === 'surrogatepass') { out += String.fromCharCode(u); pos += 2; continue; }
    if (u >= 0xdc00) { out += decodeError(name, b, pos, pos + 2, 'illegal encoding', errors); pos += 2; continue; }
    if (pos + 4 > n) {
      out += decodeError(name, b, pos, n, 'unexpected end of data', errors);
      break;
    }
    const v = unit(pos + 2);
    if (v < 0xdc00 || v > 0xdfff) { out += decodeError(name, b, pos, pos + 2, 'illegal UTF-16 surrogate', errors); pos += 2; continue; }
    out += String.fromCharCode(u, v);
    pos += 4;
  }
  return out;
}
