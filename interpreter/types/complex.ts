// The methods of complex: construction, repr as CPython, arithmetic and equality. (cmath waits.)

import { PyObject, PyType } from '../objects/object.js';
import { PyComplex, complexType, newComplex } from '../objects/complex.js';
import { PyInt, newBool, newIntBig } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyStr, newStr } from '../objects/str.js';
import { NotImplemented } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { intToFloat } from '../lib/int.js';
import { floatRepr, formatFloat, floatHash } from '../lib/float.js';
import { hypot } from '../lib/libm.js';
import { def0, def1, defGetter, parseArgs, defStatic } from './define.js';
import { toFloatValue } from './float.js';
import { allocateInstance } from './object.js';

function asComplex(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  if (o instanceof PyInt) return [intToFloat(o.value), 0];
  return null;
}

function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  const imS = (x: number) => (Number.isInteger(x) && isFinite(x) && Math.abs(x) < 1e16 ? part(x) : formatFloat(x, 'r', 0));
  if (re === 0 && 1 / re > 0) return `${imS(im)}j`;
  const sign = im < 0 || (im === 0 && 1 / im < 0) || (im !== im && false) ? '-' : '+';
  return `(${imS(re)}${sign}${imS(Math.abs(im))}j)`;
}

export function installComplex(): void {
  const t = complexType;
  defStatic(t, '__new__', (args, kw) => {
    const [re, im] = parseArgs('complex', args, kw, ['real', 'imag'], 0, { skip: 1 });
    let r = 0, i = 0;
    if (re !== null) {
      if (re instanceof PyStr) throw pyError(E.ValueError, 'complex() arg is a malformed string');
      const c = asComplex(re); if (c === null) { r = toFloatValue(re); } else { [r, i] = c; }
    }
    if (im !== null) {
      const c = asComplex(im); if (c === null) throw pyError(E.TypeError, "complex() second arg must be a number");
      r -= c[1]; i += c[0];
    }
    const cls = args[0] as PyType;
    if (cls === complexType) return newComplex(r, i);
    const o = allocateInstance(cls) as PyComplex;
    Object.assign(o, { real: r, imag: i });
    return o;
  });
  const c = (o: PyObject) => o as PyComplex;
  def0(t, '__repr__', (self) => newStr(complexRepr(c(self).real, c(self).imag)));
  def0(t, '__abs__', (self) => newFloat(hypot(c(self).real, c(self).imag)));
  def0(t, '__neg__', (self) => newComplex(-c(self).real, -c(self).imag));
  def0(t, '__pos__', (self) => newComplex(c(self).real, c(self).imag));
  def0(t, '__bool__', (self) => newBool(c(self).real !== 0 || c(self).imag !== 0));
  def0(t, 'conjugate', (self) => newComplex(c(self).real, -c(self).imag));
  defGetter(t, 'real', (self) => newFloat(c(self).real));
  defGetter(t, 'imag', (self) => newFloat(c(self).imag));
  const ops: [string, (a: [number, number], b: [number, number]) => [number, number]][] = [
    ['add', (a, b) => [a[0] + b[0], a[1] + b[1]]],
    ['sub', (a, b) => [a[0] - b[0], a[1] - b[1]]],
    ['mul', (a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]],
    ['truediv', (a, b) => {
      const d = b[0] * b[0] + b[1] * b[1];
      if (d === 0) throw pyError(E.ZeroDivisionError, 'complex division by zero');
      return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
    }],
  ];
  for (const [n, f] of ops) {
    def1(t, `__${n}__`, (a, b) => { const y = asComplex(b); if (!y) return NotImplemented; const r = f(asComplex(a)!, y); return newComplex(r[0], r[1]); });
    def1(t, `__r${n}__`, (a, b) => { const y = asComplex(b); if (!y) return NotImplemented; const r = f(y, asComplex(a)!); return newComplex(r[0], r[1]); });
  }
  def1(t, '__eq__', (a, b) => { const y = asComplex(b); if (!y) return NotImplemented; const x = asComplex(a)!; return newBool(x[0] === y[0] && x[1] === y[1]); });
  def1(t, '__ne__', (a, b) => { const y = asComplex(b); if (!y) return NotImplemented; const x = asComplex(a)!; return newBool(x[0] !== y[0] || x[1] !== y[1]); });
  def0(t, '__hash__', (self) => {
    const h = BigInt.asIntN(64, BigInt(floatHash(c(self).real)) + 1000003n * BigInt(floatHash(c(self).imag)));
    return newIntBig(h === -1n ? -2n : h);
  });
}
