// _rawffi's functions on raw memory, addresses as Python ints: alloc/free, C strings to bytes and
// str (charp2string & co.), rawstring_at (ctypes.string_at), memmove/memset, sizeof/alignment of
// a type spec, and ctypes' private errno copy. NULL (or an address below 4096) raises ValueError
// 'NULL pointer access' instead of crashing; a wild pointer cannot be guarded, as in ctypes.

import { PyObject } from '../../interpreter/objects/object.js';
import { newInt, newIntBig } from '../../interpreter/objects/int.js';
import { newStr } from '../../interpreter/objects/str.js';
import { newBytes } from '../../interpreter/objects/bytes.js';
import { None } from '../../interpreter/objects/singletons.js';
import { indexValue, typeName } from '../../interpreter/vm/ops/protocols.js';
import { builtinFunction, parseArgs } from '../../interpreter/types/define.js';
import { getErrno, setErrno } from '../call.js';
import { FFIError } from '../errors.js';
import * as mem from '../memory.js';
import { parseTypeSpec } from './typecodes.js';
import { addressOfObject } from './pyconv.js';

function num(o: PyObject, what: string): number {
  const v = indexValue(o, () => `${what} must be an integer, not ${typeName(o)}`);
  if (typeof v !== 'number') throw new FFIError('OverflowError', `${what} too large`);
  return v;
}

/** An address argument: an int, or an object with an address (instances, callbacks). */
function addr(o: PyObject): number {
  const a = addressOfObject(o);
  if (a !== null) return a;
  const v = num(o, 'address');
  if (v < 0) throw new FFIError('ValueError', `invalid address ${v}`);
  return v;
}

type Fn = (args: PyObject[], kw: readonly string[] | null) => PyObject;

/** The functions, by Python name, for the module to install. */
export function memoryFunctions(): Record<string, Fn> {
  return {
    alloc(args, kw) {
      const [size, align] = parseArgs('alloc', args, kw, ['size', 'align'], 1);
      return newInt(mem.alloc(num(size!, 'size'), align === null ? 16 : num(align, 'align')));
    },
    free(args, kw) {
      // Blocks from alloc() are checked against double frees; other addresses go to libc free().
      const [a] = parseArgs('free', args, kw, ['address'], 1);
      mem.free(addr(a!));
      return None;
    },
    charp2string(args, kw) {
      const [a, maxlen] = parseArgs('charp2string', args, kw, ['address', 'maxlen'], 1);
      const p = addr(a!);
      if (p === 0) return None;
      const max = maxlen === null ? -1 : num(maxlen, 'maxlen');
      if (max < 0) return newBytes(mem.readCString(p));
      // strnlen: stop at a NUL without reading a byte past it (or past maxlen).
      let n = 0;
      while (n < max && mem.readU8(p + n) !== 0) n++;
      return newBytes(mem.readBytes(p, n));
    },
    charp2rawstring(args, kw) {
      const [a, len] = parseArgs('charp2rawstring', args, kw, ['address', 'length'], 1);
      const p = addr(a!);
      const n = len === null ? -1 : num(len, 'length');
      if (p === 0 && n < 0) return None;
      return newBytes(n < 0 ? mem.readCString(p) : mem.readBytes(p, n));
    },
    wcharp2unicode(args, kw) {
      const [a, maxlen] = parseArgs('wcharp2unicode', args, kw, ['address', 'maxlen'], 1);
      const p = addr(a!);
      if (p === 0) return None;
      const max = maxlen === null ? -1 : num(maxlen, 'maxlen');
      if (max < 0) return newStr(mem.readWString(p));
      let n = 0;
      while (n < max && mem.readU32(p + 4 * n) !== 0) n++;
      return newStr(mem.readWString(p, n));
    },
    wcharp2rawunicode(args, kw) {
      const [a, len] = parseArgs('wcharp2rawunicode', args, kw, ['address', 'length'], 1);
      const n = len === null ? -1 : num(len, 'length');
      return newStr(mem.readWString(addr(a!), n));
    },
    rawstring_at(args, kw) {
      const [a, size] = parseArgs('rawstring_at', args, kw, ['address', 'size'], 1);
      const p = addr(a!);
      const n = size === null ? -1 : num(size, 'size');
      return newBytes(n < 0 ? mem.readCString(p) : mem.readBytes(p, n));
    },
    memmove(args, kw) {
      const [dst, src, n] = parseArgs('memmove', args, kw, ['dst', 'src', 'count'], 3);
      mem.memmove(addr(dst!), addr(src!), num(n!, 'count'));
      return None;
    },
    memset(args, kw) {
      const [dst, byte, n] = parseArgs('memset', args, kw, ['dst', 'c', 'count'], 3);
      mem.memset(addr(dst!), num(byte!, 'c'), num(n!, 'count'));
      return None;
    },
    sizeof(args, kw) {
      const [t] = parseArgs('sizeof', args, kw, ['tp'], 1);
      return newInt(parseTypeSpec(t!, 'field').size);
    },
    alignment(args, kw) {
      const [t] = parseArgs('alignment', args, kw, ['tp'], 1);
      return newInt(parseTypeSpec(t!, 'field').align);
    },
    get_errno(args, kw) {
      parseArgs('get_errno', args, kw, [], 0);
      return newInt(getErrno());
    },
    set_errno(args, kw) {
      const [v] = parseArgs('set_errno', args, kw, ['value'], 1);
      return newInt(setErrno(num(v!, 'errno')));
    },
    _num_of_allocated_objects(args, kw) {
      parseArgs('_num_of_allocated_objects', args, kw, [], 0);
      return newIntBig(mem.liveBlockCount());
    },
  };
}

export function memoryBuiltins(): [string, PyObject][] {
  return Object.entries(memoryFunctions()).map(([name, fn]) => [name, builtinFunction(name, fn)]);
}
