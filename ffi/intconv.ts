// Integer conversion from JS values (number | bigint | boolean) to a C integer type of a given
// width, in the two policies Python FFIs use:
//   'wrap'  — CPython's ctypes: the value is reduced modulo 2**bits, silently, for EVERY integer
//             type (measured with CPython 3.11: c_uint8(300) == 44, c_int(2**40) == 0,
//             c_int8(2**100) == 0, c_long(-2**63-1) == 2**63-1, c_void_p(-1) == 2**64-1; an int
//             argument of an argtypes-typed function is masked the same way: abs(2**40) == 0).
//   'check' — cffi and the DESIGN's default: a value out of range raises
//             OverflowError("integer 300 does not fit 'uint8_t'") (cffi's exact message).
// Non-integers (floats, str, None, ...) raise TypeError in both policies.
// Results are normalised to tspy's int representation: a number when it is a safe integer,
// a bigint beyond.

import { FFIError, pyTypeName } from './errors.js';

export type IntMode = 'wrap' | 'check';
export type IntValue = number | bigint;

/** A converter from a JS value to the C integer value koffi receives. */
export type IntConverter = (v: unknown) => IntValue;

/** bigint → number when it is a safe integer, the tspy int convention. */
export function normalizeInt(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** The integer value of a JS value, or TypeError. Booleans are ints (Python's True == 1). */
export function integerValue(v: unknown): IntValue {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v;
  } else if (typeof v === 'bigint') {
    return v;
  } else if (typeof v === 'boolean') {
    return v ? 1 : 0;
  }
  throw new FFIError('TypeError', `'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

export function intRange(bits: number, signed: boolean): [bigint, bigint] {
  const b = BigInt(bits);
  return signed ? [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n] : [0n, (1n << b) - 1n];
}

/** Reduce an integer modulo 2**bits into the signed or unsigned range (ctypes semantics). */
export function wrapInt(v: IntValue, bits: number, signed: boolean): IntValue {
  if (typeof v === 'number' && bits <= 32) {
    // ToInt32/ToUint32 are exact modular reductions for every finite double.
    if (bits === 32) return signed ? v | 0 : v >>> 0;
    const shift = 32 - bits;
    return signed ? ((v << shift) >> shift) : (v & ((1 << bits) - 1)) >>> 0;
  }
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && (signed || v >= 0)) return v; // bits == 64 here
    v = BigInt(v);
  }
  return normalizeInt(signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
}

/** Raise OverflowError unless min <= v <= max (cffi semantics). */
export function checkInt(v: IntValue, bits: number, signed: boolean, cname: string): IntValue {
  if (typeof v === 'number') {
    if (bits < 64 || Number.isSafeInteger(v)) {
      const min = signed ? -(2 ** (bits - 1)) : 0;
      const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
      if (v >= min && v <= max) return v;
      throw overflow(v, cname);
    }
    v = BigInt(v);
  }
  const [min, max] = intRange(bits, signed);
  if (v < min || v > max) throw overflow(v, cname);
  return normalizeInt(v);
}

function overflow(v: IntValue, cname: string): FFIError {
  return new FFIError('OverflowError', `integer ${v} does not fit '${cname}'`);
}

/** Build the per-type converter used by calls, callbacks and memory writes. Small and
 *  monomorphic on purpose: the JIT can inline it or replace it by a guard + raw value. */
export function makeIntConverter(bits: number, signed: boolean, mode: IntMode, cname: string): IntConverter {
  if (mode === 'wrap') {
    if (bits === 32 && signed) {
      return (v) => (typeof v === 'number' && Number.isInteger(v) ? v | 0 : wrapInt(integerValue(v), 32, true));
    }
    return (v) => wrapInt(integerValue(v), bits, signed);
  }
  if (bits <= 32) {
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    return (v) => {
      if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
      return checkInt(integerValue(v), bits, signed, cname);
    };
  }
  return (v) => checkInt(integerValue(v), bits, signed, cname);
}
