// The format-spec mini-language of format() and str.format() for int, float and str, as
// CPython 3.11's Python/formatter_unicode.c: [[fill]align][sign][z][#][0][width][grouping]
// [.precision][type], padding and digit grouping (including zero-padding through separators).

import { raise } from './errors.js';
import { formatFloat, floatRepr, FloatFormatFlags } from './float.js';
import { PyIntValue, intToFloat, intToString } from './int.js';
import { decimalDigitValue } from './unicode.js';

export interface FormatSpec {
  fill: string;          // one code point
  align: string;         // '<' '>' '=' '^' (the type's default when unspecified)
  sign: string;          // '+' '-' ' ' or ''
  noNegZero: boolean;    // 'z'
  alternate: boolean;    // '#'
  width: number;         // -1 when absent
  thousands: string;     // ',' '_' or ''
  precision: number;     // -1 when absent
  type: string;          // presentation type, '' when absent
}

const ALIGN = '<>=^';

/**
 * parse_internal_render_format_spec. `typeName` is for the "Invalid format specifier" message;
 * `defaultType` is '' for int/float ('d' for int is applied by formatInt) and 's' for str.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = '', defaultAlign = '>'): FormatSpec {
  // Specs repeat (f-strings in loops), so parsed specs are cached; they are never mutated.
  const key = defaultType + defaultAlign + spec;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parseUncached(spec, typeName, defaultType, defaultAlign);
    if (specCache.size >= 2000) specCache.clear();
    specCache.set(key, f);
  }
  return f;
}

const specCache = new Map<string, Readonly<FormatSpec>>();

function parseUncached(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = /[\uD800-\uDFFF]/.test(spec) ? Array.from(spec) : spec; // index by code point
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false,
    width: -1, thousands: '', precision: -1, type: defaultType,
  };
  let fillSpecified = false, alignSpecified = false;
  if (end - pos >= 2 && ALIGN.includes(cps[pos + 1])) {
    f.align = cps[pos + 1]; f.fill = cps[pos]; fillSpecified = alignSpecified = true; pos += 2;
  } else if (end - pos >= 1 && ALIGN.includes(cps[pos])) {
    f.align = cps[pos]; alignSpecified = true; pos++;
  }
  if (end - pos >= 1 && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) f.sign = cps[pos++];
  if (end - pos >= 1 && cps[pos] === 'z') { f.noNegZero = true; pos++; }
  if (end - pos >= 1 && cps[pos] === '#') { f.alternate = true; pos++; }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0, count = 0;
    while (pos < end) {
      const d = decimalDigitValue(cps[pos].codePointAt(0)!);
      if (d < 0) break;
      n = n * 10 + d;
      if (n > 9223372036854775807) raise('ValueError', 'Too many decimal digits in format string'); // > PY_SSIZE_T_MAX
      pos++; count++;
    }
    return count === 0 ? -1 : n;
  };
  f.width = readInt();
  if (end - pos >= 1 && cps[pos] === ',') { f.thousands = ','; pos++; }
  if (end - pos >= 1 && cps[pos] === '_') {
    if (f.thousands !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = '_'; pos++;
  }
  if (end - pos >= 1 && cps[pos] === ',' && f.thousands === '_') raise('ValueError', "Cannot specify both ',' and '_'.");
  if (end - pos >= 1 && cps[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) raise('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cps[pos];
  if (f.thousands !== '') {
    // ',' and '_' go with d e f g E G % F and no type; '_' also with b o x X (every 4 digits)
    const ok = 'defgEG%F'.includes(f.type) || (f.thousands === '_' && 'boxX'.includes(f.type));
    if (!ok || f.type.length > 1) {
      const c = f.type.codePointAt(0)!;
      const shown = c > 32 && c < 128 ? f.type : '\\x' + c.toString(16);
      raise('ValueError', `Cannot specify '${f.thousands}' with '${shown}'.`);
    }
  }
  return f;
}

function unknownType(type: string, typeName: string): never {
  const c = type.codePointAt(0)!;
  if (c > 32 && c < 128) raise('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  return raise('ValueError', `Unknown format code '\\x${c.toString(16)}' for object of type '${typeName}'`);
}

function cpLen(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped from the right, left-padded with zeros
 *  (through the separators) up to minWidth. groupSize 0 means no grouping. */
function groupDigits(digits: string, minWidth: number, sep: string, groupSize: number): string {
  let remaining = digits.length, pos = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  if (groupSize > 0) {
    for (;;) {
      const len = Math.min(groupSize, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
  }
  return out;
}

/** calc_number_widths + fill_number. `digits` are the ones to group (may be ''), `rest` is the
 *  decimal point and everything after it (or the character of 'c'). */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string,
                      groupSize: number, upper: boolean): string {
  const sign = f.sign === '+' ? (negative ? '-' : '+') : f.sign === ' ' ? (negative ? '-' : ' ') : negative ? '-' : '';
  const nonDigit = sign.length + prefix.length + cpLen(rest);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, f.thousands, f.thousands ? groupSize : 0);
  if (upper) { grouped = grouped.toUpperCase(); prefix = prefix.toUpperCase(); }
  const padding = f.width - (nonDigit + grouped.length);
  let left = '', mid = '', right = '';
  if (padding > 0) {
    switch (f.align) {
      case '<': right = f.fill.repeat(padding); break;
      case '^': { const l = padding >> 1; left = f.fill.repeat(l); right = f.fill.repeat(padding - l); break; }
      case '=': mid = f.fill.repeat(padding); break;
      default: left = f.fill.repeat(padding); break;
    }
  }
  return left + sign + prefix + mid + grouped + rest + right;
}

// ---------------------------------------------------------------- str

/** format(s, spec) for a str */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') unknownType(f.type, typeName);
  return formatStrParsed(s, f);
}

export function formatStrParsed(s: string, f: FormatSpec): string {
  if (f.sign !== '') {
    raise('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLen(s);
  if (f.precision >= 0 && len > f.precision) {
    s = len === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  switch (f.align) {
    case '>': return f.fill.repeat(pad) + s;
    case '^': { const l = pad >> 1; return f.fill.repeat(l) + s + f.fill.repeat(pad - l); }
    default: return s + f.fill.repeat(pad);
  }
}

// ---------------------------------------------------------------- int

/** format(i, spec) for an int (bool formats like int except with an empty spec). */
export function formatInt(v: PyIntValue, spec: string, typeName = 'int'): string {
  if (spec === '') return intToString(v);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntParsed(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatParsed(intToFloat(v), f);
    default:
      return unknownType(f.type, typeName);
  }
}

export function formatIntParsed(v: PyIntValue, f: FormatSpec): string {
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -9223372036854775808n || v > 9223372036854775807n) raise('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(v)), 3, false);
  }
  let base: 2 | 8 | 10 | 16 = 10, prefix = '';
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': case 'X': base = 16; prefix = '0x'; break;
  }
  const negative = v < 0;
  let digits = intToString(v, base);
  if (negative) digits = digits.slice(1);
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, '',
    base === 10 ? (f.type === 'n' ? 0 : 3) : 4, f.type === 'X');
}

// ---------------------------------------------------------------- float

/** format(x, spec) for a float */
export function formatFloatSpec(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatParsed(x, f);
    default:
      return unknownType(f.type, typeName);
  }
}

/** Alias used by the object model. */
export const formatFloatWithSpec = formatFloatSpec;

export function formatFloatParsed(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) raise('ValueError', 'precision too big');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  const flags: FloatFormatFlags = { alt: f.alternate, noNegZero: f.noNegZero };
  if (type === '') { flags.addDot0 = true; type = 'r'; defaultPrecision = 0; }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') { type = 'f'; x *= 100; pct = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = formatFloat(x, type, precision, flags);
  if (pct) s += '%';
  if (f.width < 0 && f.sign === '' && f.thousands === '') return s; // nothing to lay out
  let negative = false;
  if (s.charCodeAt(0) === 45) { negative = true; s = s.slice(1); }
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return layoutNumber(f, negative, '', s.slice(0, i), s.slice(i), f.type === 'n' ? 0 : 3, false);
}
