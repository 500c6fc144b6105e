// printf-style formatting: `str % args` (CPython's PyUnicode_Format) and `bytes % args`
// (_PyBytes_FormatEx). The object model supplies a PercentHost that converts its objects
// (str/repr/ascii, __index__, __int__, __float__, tuple and mapping access).

import { raise } from './errors.js';
import { formatFloat } from './float.js';
import { PyIntValue, intToString } from './int.js';

/** What the object model provides about its objects of type T. */
export interface PercentHost<T> {
  str(o: T): string;
  repr(o: T): string;
  ascii(o: T): string;
  typeName(o: T): string;
  /** The items if o is a tuple (exactly: PyTuple_Check), else null. */
  tupleItems(o: T): readonly T[] | null;
  /** PyMapping_Check(o) && !tuple && !str (for bytes %: && !bytes). */
  isMapping(o: T): boolean;
  /** o[key]; may throw the host's KeyError. */
  getItem(mapping: T, key: string): T;
  /** The value if o is a str, else null. */
  asStr(o: T): string | null;
  /** o.__index__() for an int-like o, else null (TypeError from __index__ may propagate). */
  index(o: T): PyIntValue | null;
  /** int(o) when o is a number (PyNumber_Check), else null. */
  toInt(o: T): PyIntValue | null;
  /** float(o) (PyFloat_AsDouble), or null if o has no __float__/__index__. */
  toFloat(o: T): number | null;
  /** For bytes %: the bytes of a bytes-like object or of o.__bytes__(), else null. */
  toBytes?(o: T): Uint8Array | null;
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

interface Ctx<T> {
  args: T;
  items: readonly T[] | null;  // tuple items, or null for a single non-tuple argument
  argidx: number;
  arglen: number;              // -1 for a single non-tuple argument
  dict: T | null;
}

// As CPython: a tuple's items are args[0..arglen); a single argument has arglen -1 and argidx
// -2, so it is available exactly once and "unused" while argidx < arglen.
function nextArg<T>(c: Ctx<T>): T {
  const i = c.argidx;
  if (i < c.arglen) {
    c.argidx++;
    return c.arglen < 0 ? c.args : c.items![i];
  }
  return raise('TypeError', 'not enough arguments for format string');
}

/** Formats an int for %d %i %u %o %x %X: sign, optional 0x/0o prefix, precision zero-padding
 *  (CPython's _PyUnicode_FormatLong). */
function formatLong(v: PyIntValue, alt: boolean, prec: number, type: string): string {
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = intToString(v, base);
  const negative = digits[0] === '-';
  if (negative) digits = digits.slice(1);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = '';
  if (alt && base !== 10) prefix = type === 'o' ? '0o' : '0' + type;
  if (type === 'X') digits = digits.toUpperCase();
  return (negative ? '-' : '') + prefix + digits;
}

/** unicode_format_arg_output: sign, prefix, zero or space padding, left justification. */
function output(s: string, flags: number, width: number, numeric: boolean, ch: string): string {
  const fill = numeric && (flags & F_ZERO) ? '0' : ' ';
  let sign = '';
  let i = 0;
  let len = [...s].length;
  if (numeric) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+' || c0 === ' ') { sign = c0; i = 1; len--; }
    else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += sign;
    if (width > len) width--;
  }
  let prefix = '';
  if ((flags & F_ALT) && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = s.slice(i, i + 2);
    if (fill !== ' ') out += prefix;
    i += 2;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') out += sign + prefix;
  out += s.slice(i);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** `fmt % args` for a str format. */
export function percentFormat<T>(fmt: string, args: T, host: PercentHost<T>): string {
  return percentCore(fmt, args, host, false);
}

/** `fmt % args` for bytes: fmt and the result are latin-1 strings (one char per byte). */
export function percentFormatBytes<T>(fmt: Uint8Array, args: T, host: PercentHost<T>): Uint8Array {
  let s = '';
  for (let i = 0; i < fmt.length; i++) s += String.fromCharCode(fmt[i]);
  const r = percentCore(s, args, host, true);
  const out = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r.charCodeAt(i);
  return out;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function percentCore<T>(fmtIn: string, args: T, host: PercentHost<T>, isBytes: boolean): string {
  // index by code point (error messages report code point indices)
  const fmt = /[\uD800-\uDFFF]/.test(fmtIn) ? Array.from(fmtIn) : fmtIn;
  const n = fmt.length;
  const items = host.tupleItems(args);
  const c: Ctx<T> = {
    args, items, argidx: items ? 0 : -2, arglen: items ? items.length : -1,
    dict: !items && host.isMapping(args) && host.asStr(args) === null ? args : null,
  };
  let out = '';
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) { out += sliceJoin(fmt, pos, n); break; }
    out += sliceJoin(fmt, pos, pct);
    pos = pct + 1;
    if (pos < n && fmt[pos] === '%') { out += '%'; pos++; continue; }
    // mapping key
    if (pos < n && fmt[pos] === '(') {
      if (c.dict === null) raise('TypeError', 'format requires a mapping');
      pos++;
      let depth = 1;
      const keyStart = pos;
      while (depth > 0 && pos < n) {
        if (fmt[pos] === ')') depth--;
        else if (fmt[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = sliceJoin(fmt, keyStart, pos - 1);
      c.args = host.getItem(c.dict!, key); // the value becomes the single argument
      c.arglen = -1;
      c.argidx = -2;
    }
    let flags = 0;
    for (; pos < n; pos++) {
      const ch = fmt[pos];
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (pos < n && fmt[pos] === '*') {
      const w = host.index(nextArg(c));
      if (w === null || typeof w !== 'number') {
        if (w === null) raise('TypeError', '* wants int');
        raise('ValueError', 'width too big');
      }
      width = w as number;
      if (width < 0) { flags |= F_LJUST; width = -width; }
      pos++;
    } else {
      while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (fmt[pos].charCodeAt(0) - 48);
        if (width > 2147483647) raise('ValueError', 'width too big');
        pos++;
      }
    }
    let prec = -1;
    if (pos < n && fmt[pos] === '.') {
      pos++;
      prec = 0;
      if (pos < n && fmt[pos] === '*') {
        const p = host.index(nextArg(c));
        if (p === null) raise('TypeError', '* wants int');
        if (typeof p !== 'number') raise('ValueError', 'precision too big');
        prec = (p as number) < 0 ? 0 : p as number;
        pos++;
      } else {
        while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9') {
          prec = prec * 10 + (fmt[pos].charCodeAt(0) - 48);
          if (prec > 2147483647) raise('ValueError', 'precision too big');
          pos++;
        }
      }
    }
    // length modifiers are accepted and ignored
    while (pos < n && (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L')) pos++;
    if (pos >= n) raise('ValueError', 'incomplete format');
    const ch = fmt[pos++];
    const arg = nextArg(c);
    let s: string;
    let numeric = false;
    switch (ch) {
      case 's': case 'r': case 'a': {
        if (isBytes) {
          if (ch === 's') {
            const b = host.toBytes ? host.toBytes(arg) : null;
            if (b === null) raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${host.typeName(arg)}'`);
            s = latin1(b!);
          } else s = host.ascii(arg);
        } else {
          s = ch === 's' ? host.str(arg) : ch === 'r' ? host.repr(arg) : host.ascii(arg);
        }
        if (prec >= 0) s = [...s].slice(0, prec).join('');
        break;
      }
      case 'b':
        if (!isBytes) return unsupported(ch, pos - 1);
        {
          const b = host.toBytes ? host.toBytes(arg) : null;
          if (b === null) raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${host.typeName(arg)}'`);
          s = latin1(b!);
          if (prec >= 0) s = s.slice(0, prec);
        }
        break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        numeric = true;
        let v: PyIntValue | null;
        if (ch === 'o' || ch === 'x' || ch === 'X') {
          v = host.toInt(arg) === null ? null : host.index(arg);
          if (v === null) raise('TypeError', `%${ch} format: an integer is required, not ${host.typeName(arg)}`);
        } else {
          v = host.toInt(arg);
          if (v === null) raise('TypeError', `%${ch} format: a real number is required, not ${host.typeName(arg)}`);
        }
        s = formatLong(v!, (flags & F_ALT) !== 0, prec, ch === 'i' || ch === 'u' ? 'd' : ch);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        numeric = true;
        const x = host.toFloat(arg);
        if (x === null) raise('TypeError', `must be real number, not ${host.typeName(arg)}`);
        s = formatFloat(x!, ch, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        break;
      }
      case 'c': {
        if (isBytes) {
          const b = host.toBytes ? host.toBytes(arg) : null;
          if (b !== null && b.length === 1) { s = String.fromCharCode(b[0]); break; }
          const v = b === null ? host.index(arg) : null;
          if (v === null) raise('TypeError', '%c requires an integer in range(256) or a single byte');
          if (v! < 0 || v! > 255) raise('OverflowError', '%c arg not in range(256)');
          s = String.fromCharCode(Number(v));
          break;
        }
        const str = host.asStr(arg);
        if (str !== null) {
          if ([...str].length !== 1) raise('TypeError', '%c requires int or char');
          s = str;
          break;
        }
        const v = host.index(arg);
        if (v === null) raise('TypeError', '%c requires int or char');
        if (v! < 0 || v! > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
        s = String.fromCodePoint(Number(v));
        break;
      }
      default:
        return unsupported(ch, pos - 1);
    }
    out += output(s, flags, width, numeric, ch);
  }
  if (c.argidx < c.arglen && c.dict === null) {
    raise('TypeError', `not all arguments converted during ${isBytes ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function sliceJoin(fmt: string | string[], a: number, b: number): string {
  return typeof fmt === 'string' ? fmt.slice(a, b) : fmt.slice(a, b).join('');
}

function unsupported(ch: string, index: number): never {
  const c = ch.codePointAt(0)!;
  const shown = c >= 32 && c <= 126 ? ch : '?';
  return raise('ValueError', `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
}
