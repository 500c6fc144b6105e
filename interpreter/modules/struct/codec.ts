// Packing and unpacking single struct fields with _struct.c's range checks and error messages.
// Integers go through bigint (struct is not a hot path); 'e' is IEEE half precision with
// round-half-even as PyFloat_Pack2.

import { PyObject } from '../../objects/object.js';
import { PyInt, newIntBig, newBool } from '../../objects/int.js';
import { PyFloat, newFloat } from '../../objects/float.js';
import { PyBytes, newBytes } from '../../objects/bytes.js';
import { E, pyError } from '../../objects/exceptions.js';
import { truthy, callSpecial } from '../../vm/ops/protocols.js';
import { intToFloat } from '../../lib/int.js';
import { frexp, ldexp } from '../../lib/mathfuncs.js';
import { Field, Layout } from './format.js';

/** Raised as struct.error by the module (it owns the exception class). */
export class StructError extends Error {}

const I64_MIN = -(1n << 63n), I64_MAX = (1n << 63n) - 1n, U64_MAX = (1n << 64n) - 1n;

const SMALL_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function intValue(o: PyObject): bigint {
  if (o instanceof PyInt) return BigInt(o.value);
  if (o.cls.lookup('__index__') !== null) {
    const r = callSpecial(o, '__index__', []);
    if (r instanceof PyInt) return BigInt(r.value);
  }
  throw new StructError('required argument is not an integer');
}

function rangeError(code: string, size: number, unsigned: boolean): StructError {
  const bits = BigInt(size * 8);
  const name = SMALL_NAMES[code];
  if (unsigned) {
    const hi = (1n << bits) - 1n;
    return new StructError(name ? `${name} format requires 0 <= number <= ${hi}` : `'${code}' format requires 0 <= number <= ${hi}`);
  }
  const hi = (1n << (bits - 1n)) - 1n;
  const text = `${-hi - 1n} <= number <= ${hi}`;
  return new StructError(name ? `${name} format requires ${text}` : `'${code}' format requires ${text}`);
}

/** The two's-complement bits of an int field, after CPython's checks for this code and size. */
function checkedInt(code: string, size: number, v: bigint, layout: Layout): bigint {
  const unsigned = code === code.toUpperCase() && code !== 'P';
  if (code === 'P') {
    if (v < I64_MIN || v > U64_MAX) throw new StructError('int too large to convert');
    return v;
  }
  if (size === 8) {
    const bad = unsigned ? v < 0n || v > U64_MAX : v < I64_MIN || v > I64_MAX;
    if (bad) throw new StructError(layout.bigStandard ? 'int too large to convert' : 'argument out of range');
    return v;
  }
  if (unsigned && size === 4) {
    if (v < 0n || v > U64_MAX) throw new StructError('argument out of range');
    if (v > 0xffffffffn) throw rangeError(code, size, true);
    return v;
  }
  if (v < I64_MIN || v > I64_MAX) throw new StructError('argument out of range');
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (v < lo || v > hi) throw rangeError(code, size, unsigned);
  return v;
}

function floatValue(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  const r = o.cls.lookup('__float__') !== null ? callSpecial(o, '__float__', []) : null;
  if (r instanceof PyFloat) return r.value;
  if (o.cls.lookup('__index__') !== null) return intToFloat(intValue(o));
  throw new StructError('required argument is not a float');
}

function writeUint(buf: Uint8Array, off: number, size: number, v: bigint, little: boolean): void {
  let u = BigInt.asUintN(size * 8, v);
  for (let k = 0; k < size; k++) {
    buf[off + (little ? k : size - 1 - k)] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function readUint(buf: Uint8Array, off: number, size: number, little: boolean): bigint {
  let u = 0n;
  for (let k = 0; k < size; k++) u = (u << 8n) | BigInt(buf[off + (little ? size - 1 - k : k)]);
  return u;
}

function packHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (x !== x) return 0x7e00 | (sign << 15);
  const ax = Math.abs(x);
  if (ax === Infinity) return 0x7c00 | (sign << 15);
  if (ax === 0) return sign << 15;
  let [f, e] = frexp(ax);
  f *= 2.0; e--;
  if (e >= 16) throw pyError(E.OverflowError, 'float too large to pack with e format');
  if (e < -25) { f = 0; e = 0; } // underflow to zero
  else if (e < -14) { f = ldexp(f, 14 + e); e = 0; } // subnormal
  else { e += 15; f -= 1.0; }
  f *= 1024.0;
  let bits = Math.trunc(f);
  f -= bits;
  if (f > 0.5 || (f === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0; e++;
      if (e === 31) throw pyError(E.OverflowError, 'float too large to pack with e format');
    }
  }
  return bits | (e << 10) | (sign << 15);
}

function unpackHalf(bits: number): number {
  const sign = (bits >> 15) & 1, e = (bits >> 10) & 0x1f, f = bits & 0x3ff;
  if (e === 0x1f) return f === 0 ? (sign ? -Infinity : Infinity) : NaN;
  let x = f / 1024.0;
  let exp = e;
  if (e === 0) exp = -14; else { x += 1.0; exp -= 15; }
  x = ldexp(x, exp);
  return sign ? -x : x;
}

const scratch = new DataView(new ArrayBuffer(8));

export function packField(buf: Uint8Array, base: number, f: Field, v: PyObject, layout: Layout): void {
  const off = base + f.offset, little = layout.littleEndian;
  switch (f.code) {
    case 'c':
      if (!(v instanceof PyBytes) || v.data.length !== 1) throw new StructError('char format requires a bytes object of length 1');
      buf[off] = v.data[0];
      return;
    case '?': buf[off] = truthy(v) ? 1 : 0; return;
    case 's': case 'p': {
      if (!(v instanceof PyBytes)) throw new StructError(`argument for '${f.code}' must be a bytes object`);
      if (f.code === 's') {
        const n = Math.min(v.data.length, f.count);
        buf.set(v.data.subarray(0, n), off);
      } else if (f.count > 0) {
        const n = Math.min(v.data.length, f.count - 1, 255);
        buf[off] = n;
        buf.set(v.data.subarray(0, n), off + 1);
      }
      return;
    }
    case 'e': writeUint(buf, off, 2, BigInt(packHalf(floatValue(v))), little); return;
    case 'f': {
      const x = floatValue(v);
      const y = Math.fround(x);
      if (!isFinite(y) && isFinite(x)) throw pyError(E.OverflowError, 'float too large to pack with f format');
      scratch.setFloat32(0, y, little);
      for (let k = 0; k < 4; k++) buf[off + k] = scratch.getUint8(k);
      return;
    }
    case 'd': {
      scratch.setFloat64(0, floatValue(v), little);
      for (let k = 0; k < 8; k++) buf[off + k] = scratch.getUint8(k);
      return;
    }
    default:
      writeUint(buf, off, f.size, checkedInt(f.code, f.size, intValue(v), layout), little);
  }
}

export function unpackField(buf: Uint8Array, base: number, f: Field, layout: Layout): PyObject {
  const off = base + f.offset, little = layout.littleEndian;
  switch (f.code) {
    case 'c': return newBytes(buf.slice(off, off + 1));
    case '?': return newBool(buf[off] !== 0);
    case 's': return newBytes(buf.slice(off, off + f.count));
    case 'p': {
      if (f.count === 0) return newBytes(new Uint8Array(0));
      const n = Math.min(buf[off], f.count - 1);
      return newBytes(buf.slice(off + 1, off + 1 + n));
    }
    case 'e': return newFloat(unpackHalf(Number(readUint(buf, off, 2, little))));
    case 'f': case 'd': {
      for (let k = 0; k < f.size; k++) scratch.setUint8(k, buf[off + k]);
      return newFloat(f.size === 4 ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little));
    }
    default: {
      const u = readUint(buf, off, f.size, little);
      const unsigned = f.code === f.code.toUpperCase();
      return newIntBig(unsigned ? u : BigInt.asIntN(f.size * 8, u));
    }
  }
}
