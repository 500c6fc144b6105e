// The C math library (glibc libm) bound through koffi, loaded on first use. CPython's float `**`
// and math functions return libm's bits, which differ from V8's Math.* in the last place on many
// inputs, so everything transcendental goes through here. sqrt/floor/ceil/trunc/fabs are exact in
// IEEE arithmetic, so Math's versions are exported (no FFI call).

import koffi from 'koffi';

type F1 = (x: number) => number;
type F2 = (x: number, y: number) => number;

interface Libm {
  pow: F2; exp: F1; exp2: F1; expm1: F1; log: F1; log2: F1; log10: F1; log1p: F1;
  sin: F1; cos: F1; tan: F1; asin: F1; acos: F1; atan: F1; atan2: F2;
  sinh: F1; cosh: F1; tanh: F1; asinh: F1; acosh: F1; atanh: F1;
  fmod: F2; hypot: F2; cbrt: F1; erf: F1; erfc: F1; tgamma: F1; lgamma_r: (x: number, sign: number[]) => number;
  ldexp: (x: number, e: number) => number; frexp: (x: number, e: number[]) => number;
  modf: (x: number, ip: number[]) => number; copysign: F2; nextafter: F2; remainder: F2;
}

let L: Libm | null = null;

function load(): Libm {
  const lib = koffi.load('libm.so.6');
  const d1 = (name: string) => lib.func(`double ${name}(double)`) as F1;
  const d2 = (name: string) => lib.func(`double ${name}(double, double)`) as F2;
  L = {
    pow: d2('pow'), exp: d1('exp'), exp2: d1('exp2'), expm1: d1('expm1'), log: d1('log'),
    log2: d1('log2'), log10: d1('log10'), log1p: d1('log1p'),
    sin: d1('sin'), cos: d1('cos'), tan: d1('tan'), asin: d1('asin'), acos: d1('acos'),
    atan: d1('atan'), atan2: d2('atan2'), sinh: d1('sinh'), cosh: d1('cosh'), tanh: d1('tanh'),
    asinh: d1('asinh'), acosh: d1('acosh'), atanh: d1('atanh'), fmod: d2('fmod'), hypot: d2('hypot'),
    cbrt: d1('cbrt'), erf: d1('erf'), erfc: d1('erfc'), tgamma: d1('tgamma'),
    lgamma_r: lib.func('double lgamma_r(double, _Out_ int *)'),
    ldexp: lib.func('double ldexp(double, int)'),
    frexp: lib.func('double frexp(double, _Out_ int *)'),
    modf: lib.func('double modf(double, _Out_ double *)'),
    copysign: d2('copysign'), nextafter: d2('nextafter'), remainder: d2('remainder'),
  };
  return L;
}

function m(): Libm { return L ?? load(); }

export function pow(x: number, y: number): number { return m().pow(x, y); }
export function exp(x: number): number { return m().exp(x); }
export function exp2(x: number): number { return m().exp2(x); }
export function expm1(x: number): number { return m().expm1(x); }
export function log(x: number): number { return m().log(x); }
export function log2(x: number): number { return m().log2(x); }
export function log10(x: number): number { return m().log10(x); }
export function log1p(x: number): number { return m().log1p(x); }
export function sin(x: number): number { return m().sin(x); }
export function cos(x: number): number { return m().cos(x); }
export function tan(x: number): number { return m().tan(x); }
export function asin(x: number): number { return m().asin(x); }
export function acos(x: number): number { return m().acos(x); }
export function atan(x: number): number { return m().atan(x); }
export function atan2(y: number, x: number): number { return m().atan2(y, x); }
export function sinh(x: number): number { return m().sinh(x); }
export function cosh(x: number): number { return m().cosh(x); }
export function tanh(x: number): number { return m().tanh(x); }
export function asinh(x: number): number { return m().asinh(x); }
export function acosh(x: number): number { return m().acosh(x); }
export function atanh(x: number): number { return m().atanh(x); }
/** C fmod; JS's % operator computes the same exact result without an FFI call. */
export function fmod(x: number, y: number): number { return m().fmod(x, y); }
/** C hypot (Python's math.hypot is NOT this: see mathfuncs.hypot). */
export function hypot(x: number, y: number): number { return m().hypot(x, y); }
export function cbrt(x: number): number { return m().cbrt(x); }
export function erf(x: number): number { return m().erf(x); }
export function erfc(x: number): number { return m().erfc(x); }
/** C tgamma/lgamma (Python's math.gamma/lgamma use CPython's own Lanczos code instead). */
export function tgamma(x: number): number { return m().tgamma(x); }
export function lgamma(x: number): number { return m().lgamma_r(x, [0]); }
export function ldexp(x: number, e: number): number { return m().ldexp(x, e); }
/** C frexp: [mantissa, exponent] */
export function frexp(x: number): [number, number] {
  const e = [0];
  const r = m().frexp(x, e);
  return [r, e[0]];
}
/** C modf: [fractional part, integral part] */
export function modf(x: number): [number, number] {
  const ip = [0];
  const r = m().modf(x, ip);
  return [r, ip[0]];
}
export function copysign(x: number, y: number): number { return m().copysign(x, y); }
export function nextafter(x: number, y: number): number { return m().nextafter(x, y); }
export function remainder(x: number, y: number): number { return m().remainder(x, y); }
export const sqrt = Math.sqrt;
export const floor = Math.floor;
export const ceil = Math.ceil;
export const trunc = Math.trunc;
export const fabs = Math.abs;
