// Shared helpers of the str and bytes types: the per-object code-point offset cache (Python
// indexes code points, JS strings are UTF-16), code-point comparison, str hashing, and argument
// conversion/registration with CPython's messages (str args, sizes, slice indices, arity).

import { PyObject, PyType } from '../objects/object.js';
import { PyStr } from '../objects/str.js';
import { PyInt } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { indexValue, typeName } from '../vm/ops/protocols.js';
import { defMethod } from './define.js';

// ---- code points ----

/**
 * For strings holding surrogate pairs: offsets[i] is the code-unit offset of code point i
 * (offsets[len] = s.length). Cached per object because scripts that index an astral string in a
 * loop would otherwise rescan it on every access.
 */
const offsetCache = new WeakMap<PyStr, Int32Array>();

export function cpOffsets(o: PyStr): Int32Array {
  let off = offsetCache.get(o);
  if (off === undefined) {
    off = buildOffsets(o.value);
    offsetCache.set(o, off);
  }
  return off;
}

function buildOffsets(s: string): Int32Array {
  const n = s.length;
  const tmp = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    tmp[k++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  tmp[k] = n;
  return tmp.slice(0, k + 1);
}

/** len() in code points. */
export function cpLen(o: PyStr): number {
  return o.hasAstral ? cpOffsets(o).length - 1 : o.value.length;
}

/** Code-point order (what Python compares), from JS's code-unit order: -1, 0 or 1. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  let x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    // Surrogates stand for code points above U+FFFF: move them above U+E000..U+FFFF.
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x < y ? -1 : 1;
}

// ---- hashing ----

/**
 * hash() of a str (CPython randomises str hashes, so any stable value will do). Two 32-bit FNV-1a
 * style mixes combined into a 52-bit value so collisions stay rare even in hashed dict buckets.
 */
export function strHash(s: string): number {
  if (s.length === 0) return 0; // as CPython: hash('') == hash(b'') == 0
  let h1 = 0x811c9dc5 | 0, h2 = 0x01000193 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const v = (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff) - 0x8000000000000;
  return v === -1 ? -2 : v;
}

// ---- arguments ----

/** A str argument or TypeError `${prefix}must be str, not T` (CPython's clinic wording). */
export function strArg(o: PyObject, prefix = ''): string {
  if (o instanceof PyStr) return o.value;
  throw pyError(E.TypeError, `${prefix}must be str, not ${typeName(o)}`);
}

/** An int argument (anything with __index__) clamped to a JS number, as Py_ssize_t. */
export function ssizeArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'number') return v;
  throw pyError(E.OverflowError, 'Python int too large to convert to C ssize_t');
}

/** A slice index (int, None or __index__) as _PyEval_SliceIndex: big values clamp. */
export function sliceIndexArg(o: PyObject | null | undefined, dflt: number): number {
  if (o === null || o === undefined || o === None) return dflt;
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else v = indexValue(o, () => 'slice indices must be integers or None or have an __index__ method');
  if (typeof v === 'number') return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** Keyword-capable argument parsing with the messages of CPython 3.11's argument clinic for
 *  methods whose parameters are all optional (split, splitlines, encode, expandtabs, str()). */
export function optionalArgs(fname: string, args: PyObject[], kw: readonly string[] | null,
  names: readonly string[], skip = 1): (PyObject | null)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw - skip;
  if (npos > names.length) {
    throw pyError(E.TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  }
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  for (let i = 0; i < npos; i++) out[i] = args[skip + i];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const i = names.indexOf(name);
    if (i < 0) throw pyError(E.TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== null) {
      throw pyError(E.TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    }
    out[i] = args[skip + npos + k];
  }
  return out;
}

/** Positional-only arity check with clinic's wording: "find() takes at least 1 argument (0 given)". */
export function checkArity(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw pyError(E.TypeError, `${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  }
  if (n > max) {
    throw pyError(E.TypeError, `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  }
}

/**
 * Registers a method with positional-only arguments, between min and max of them, reporting a
 * wrong count in one of CPython's two wordings: 'clinic' ("find() takes at least 1 argument (0
 * given)"), 'expected' ("center expected at least 1 argument, got 0"), or 'exact' for dunders
 * ("expected 1 argument, got 0").
 */
export function defPos(type: PyType, name: string, min: number, max: number,
  style: 'clinic' | 'expected' | 'exact', fn: (self: PyObject, args: PyObject[]) => PyObject): void {
  defMethod(type, name, (args, kw) => {
    if (kw !== null && kw.length) throw pyError(E.TypeError, `${type.name}.${name}() takes no keyword arguments`);
    const n = args.length - 1;
    if (n < min || n > max) {
      if (style === 'clinic') checkArity(name, n, min, max);
      const pl = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
      if (style === 'exact' || min === max) throw pyError(E.TypeError, `${style === 'exact' ? '' : name + ' '}expected ${pl(min)}, got ${n}`);
      throw pyError(E.TypeError, n < min ? `${name} expected at least ${pl(min)}, got ${n}` : `${name} expected at most ${pl(max)}, got ${n}`);
    }
    return fn(args[0], n === 0 ? EMPTY : args.slice(1));
  });
}
const EMPTY: PyObject[] = [];
