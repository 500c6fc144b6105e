// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h: literal text,
// replacement fields with attribute and index lookups, !r/!s/!a conversions, nested specs,
// automatic vs manual numbering), and the object-model side of `%` formatting (PercentHost).

import { PyObject, PyType } from '../objects/object.js';
import { PyStr, strType, newStr } from '../objects/str.js';
import { PyInt, intType, newInt } from '../objects/int.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyBytes } from '../objects/bytes.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import { callSpecial, repr, str, typeName, indexValue } from '../vm/ops/protocols.js';
import { getAttr } from '../vm/ops/attr.js';
import { getItem, keyError } from '../vm/ops/subscript.js';
import { formatValue, asciiOf } from '../vm/ops/format.js';
import { formatStr } from '../lib/formatspec.js';
import { percentFormat, PercentHost } from '../lib/percent.js';
import { intFromFloat, intToFloat, PyIntValue } from '../lib/int.js';
import { decimalDigitValue } from '../lib/unicode.js';
import { defMethod, def1 } from './define.js';

// ---- % ----

/** PyNumber_Long for %d: ints, floats (truncated), __index__, __int__; else null (a TypeError
 *  in lib/percent.ts). An object with only __float__ is not accepted, as in CPython. */
function numberToInt(o: PyObject): PyIntValue | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyFloat) return intFromFloat(o.value);
  const cls = o.cls;
  if (cls.lookup('__index__') !== null) return indexValue(o);
  if (cls.lookup('__int__') !== null) {
    const r = callSpecial(o, '__int__', [])!;
    if (!(r instanceof PyInt)) throw pyError(E.TypeError, `__int__ returned non-int (type ${typeName(r)})`);
    return r.value;
  }
  return null;
}

function numberToFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  const cls = o.cls;
  if (cls.lookup('__float__') !== null) {
    const r = callSpecial(o, '__float__', [])!;
    if (!(r instanceof PyFloat)) throw pyError(E.TypeError, `${typeName(o)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (cls.lookup('__index__') !== null) return intToFloat(indexValue(o));
  return null;
}

/** The object model as lib/percent.ts sees it (shared by str % and bytes %). */
export const percentHost: PercentHost<PyObject> = {
  str: (o) => str(o),
  repr: (o) => repr(o),
  ascii: (o) => asciiOf(o),
  typeName: (o) => typeName(o),
  tupleItems: (o) => (o instanceof PyTuple ? o.items : null),
  isMapping: (o) => !(o instanceof PyTuple) && !(o instanceof PyStr) && o.cls.lookup('__getitem__') !== null,
  getItem: (m, key) => getItem(m, newStr(key)),
  asStr: (o) => (o instanceof PyStr ? o.value : null),
  index: (o) => (o instanceof PyInt ? o.value : o.cls.lookup('__index__') !== null ? indexValue(o) : null),
  toInt: numberToInt,
  toFloat: numberToFloat,
  toBytes: (o) => {
    if (o instanceof PyBytes) return o.data;
    const m = o.cls.lookup('__bytes__');
    if (m === null) return null;
    const r = callSpecial(o, '__bytes__', [])!;
    if (!(r instanceof PyBytes)) throw pyError(E.TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.data;
  },
};

/** `s % args` */
export function strPercent(s: string, args: PyObject): string {
  return percentFormat(s, args, percentHost);
}

// ---- str.format ----

/** Automatic ({}) vs manual ({0}) field numbering, shared with nested specs. */
interface AutoNumber { state: 0 | 1 | 2; next: number } // 0 unset, 1 auto, 2 manual

interface Source {
  args: readonly PyObject[];
  kwargs: PyObject | null;  // a dict for format(), any mapping for format_map()
  isMap: boolean;
}

function valueError(msg: string): PyBaseException { return pyError(E.ValueError, msg); }

/** The integer value of an all-decimal-digit field name part, or -1 (CPython's get_integer). */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let n = 0;
  for (const ch of s) {
    const d = decimalDigitValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    n = n * 10 + d;
    if (n > 9223372036854775807) throw valueError('Too many decimal digits in format string');
  }
  return n;
}

function getFieldObject(name: string, src: Source, auto: AutoNumber): PyObject {
  // first part: up to '.' or '['
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let idx = getInteger(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2 && empty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === 1 && !empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) idx = auto.next++;
  }
  let obj: PyObject;
  if (idx === -1) {
    const key = newStr(first);
    if (src.kwargs === null) throw keyError(key);
    if (!src.isMap) {
      // format(**kw): the dict is our own, so no __getitem__ override or __missing__ applies
      const v = (src.kwargs as PyDict).getItem(key);
      if (v === undefined) throw keyError(key);
      obj = v;
    } else obj = getItem(src.kwargs, key);
  } else {
    if (idx >= src.args.length) {
      throw pyError(E.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    }
    obj = src.args[idx];
  }
  // the rest: .attr and [key] accessors
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const j = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(j, i);
      if (part.length === 0) throw valueError('Empty attribute in format string');
      obj = getAttr(obj, part);
    } else if (c === '[') {
      const j = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      part = name.slice(j, i);
      i++;
      if (part.length === 0) throw valueError('Empty attribute in format string');
      const k = getInteger(part);
      obj = getItem(obj, k === -1 ? newStr(part) : newInt(k));
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function convert(obj: PyObject, conv: string): PyObject {
  switch (conv) {
    case 'r': return newStr(repr(obj));
    case 's': return newStr(str(obj));
    case 'a': return newStr(asciiOf(obj));
  }
  const c = conv.codePointAt(0)!;
  throw valueError(c > 32 && c < 127 ? `Unknown conversion specifier ${conv}`
    : `Unknown conversion specifier \\x${c.toString(16)}`);
}

/** PyObject_Format with the exact-type fast paths of render_field. */
function renderField(obj: PyObject, spec: string): string {
  if (obj.cls === strType) return spec === '' ? (obj as PyStr).value : formatStr((obj as PyStr).value, spec);
  if (spec === '' && obj.cls === intType) return str(obj);
  return (formatValue(obj, spec) as PyStr).value;
}

/** build_string: expands `fmt` (a format string or a nested spec) with the fields of `src`. */
function buildString(fmt: string, src: Source, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // literal text up to the first '{' or '}'
    let j = pos;
    while (j < n) {
      const ch = fmt.charCodeAt(j);
      if (ch === 123 || ch === 125) break;
      j++;
    }
    out += fmt.slice(pos, j);
    if (j >= n) break;
    const c = fmt[j];
    pos = j + 1;
    const atEnd = pos >= n;
    if (c === '}') {
      if (atEnd || fmt[pos] !== '}') throw valueError("Single '}' encountered in format string");
      out += '}'; pos++; continue;
    }
    if (atEnd) throw valueError("Single '{' encountered in format string");
    if (fmt[pos] === '{') { out += '{'; pos++; continue; }
    // a replacement field: the name runs to '!', ':' or '}' (skipping over [...])
    const nameStart = pos;
    let ch = '';
    while (pos < n) {
      ch = fmt[pos++];
      if (ch === '{') throw valueError("unexpected '{' in field name");
      if (ch === '[') {
        while (pos < n && fmt[pos] !== ']') pos++;
        ch = '';
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') break;
      ch = '';
    }
    const name = fmt.slice(nameStart, ch === '' ? pos : pos - 1);
    let conv = '';
    let spec = '';
    let specNeedsExpanding = false;
    if (ch === '!' || ch === ':') {
      let done = false;
      if (ch === '!') {
        if (pos >= n) throw valueError('end of string while looking for conversion specifier');
        conv = String.fromCodePoint(fmt.codePointAt(pos)!);
        pos += conv.length;
        if (pos < n) {
          const c2 = fmt[pos++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const c3 = fmt[pos++];
          if (c3 === '{') { specNeedsExpanding = true; count++; }
          else if (c3 === '}') {
            if (--count === 0) { spec = fmt.slice(specStart, pos - 1); closed = true; break; }
          }
        }
        if (!closed) throw valueError("unmatched '{' in format spec");
      }
    } else if (ch !== '}') {
      throw valueError("expected '}' before end of string");
    }
    let obj = getFieldObject(name, src, auto);
    if (conv !== '') obj = convert(obj, conv);
    if (specNeedsExpanding) spec = buildString(spec, src, depth - 1, auto);
    out += renderField(obj, spec);
  }
  return out;
}

export function strFormat(fmt: string, args: readonly PyObject[], kwargs: PyObject | null, isMap = false): string {
  if (!fmt.includes('{') && !fmt.includes('}')) return fmt;
  return buildString(fmt, { args, kwargs, isMap }, 2, { state: 0, next: 0 });
}

export function installStrFormat(t: PyType): void {
  defMethod(t, 'format', (args, kw) => {
    const self = args[0] as PyStr;
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    let kwargs: PyDict | null = null;
    if (nkw > 0) {
      kwargs = newDict();
      for (let k = 0; k < nkw; k++) kwargs.setStr(kw![k], args[npos + k]);
    }
    return newStr(strFormat(self.value, args.slice(1, npos), kwargs));
  });
  def1(t, 'format_map', (self, mapping) => newStr(strFormat((self as PyStr).value, [], mapping, true)));
}
