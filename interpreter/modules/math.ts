// The math module: Python-level argument handling over lib/mathfuncs (libm through koffi, with
// CPython's domain and range errors).

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyInt, newIntBig, newBool } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import * as M from '../lib/mathfuncs.js';
import { intToFloat, PyIntValue } from '../lib/int.js';
import { callSpecial, typeName, toArray, indexValue } from '../vm/ops/protocols.js';
import { binaryOp } from '../vm/ops/arith.js';
import { BinaryOp } from '../compiler/opcodes.js';
import { toFloatValue } from '../types/float.js';
import { builtinFunction, parseArgs } from '../types/define.js';

/** A float argument as math functions take it (ints converted, __float__/__index__ honoured). */
function num(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  if (o.cls.lookup('__float__') !== null || o.cls.lookup('__index__') !== null) return toFloatValue(o);
  throw pyError(E.TypeError, `must be real number, not ${typeName(o)}`);
}

function intArg(o: PyObject, fname: string): PyIntValue {
  if (o instanceof PyFloat) throw pyError(E.TypeError, `'float' object cannot be interpreted as an integer`);
  return indexValue(o);
}

/**
 * The one-argument float functions of math (the builtin -> its number -> number core, which
 * raises as the builtin does): compiled code calls the core on an unboxed float.
 */
export const floatFunctions = new WeakMap<PyObject, (x: number) => number>();

export function makeMathModule(): PyModule {
  const m = new PyModule('math');
  const ns = m.ns;
  const fn = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) => ns.setStr(name, builtinFunction(name, f));
  const arity = (name: string, args: PyObject[], n: number) => {
    if (args.length !== n) {
      if (n === 1) throw pyError(E.TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
      throw pyError(E.TypeError, `${name} expected ${n} arguments, got ${args.length}`);
    }
  };
  const f1: [string, (x: number) => number][] = [
    ['acos', M.acos], ['acosh', M.acosh], ['asin', M.asin], ['asinh', M.asinh], ['atan', M.atan],
    ['atanh', M.atanh], ['cbrt', M.cbrt], ['cos', M.cos], ['cosh', M.cosh], ['exp', M.exp], ['exp2', M.exp2],
    ['expm1', M.expm1], ['fabs', M.fabs], ['log1p', M.log1p], ['sin', M.sin], ['sinh', M.sinh],
    ['sqrt', M.sqrt], ['tan', M.tan], ['tanh', M.tanh], ['erf', M.erf], ['erfc', M.erfc],
    ['gamma', M.gamma], ['lgamma', M.lgamma], ['degrees', M.degrees], ['radians', M.radians], ['ulp', M.ulp],
  ];
  for (const [name, f] of f1) {
    fn(name, (args) => { arity(name, args, 1); return newFloat(f(num(args[0]))); });
    floatFunctions.set(ns.getStr(name)!, f);
  }
  const f2: [string, (x: number, y: number) => number][] = [
    ['atan2', M.atan2], ['copysign', M.copysign], ['fmod', M.fmod], ['remainder', M.remainder],
    ['pow', M.pow], ['nextafter', M.nextafter],
  ];
  for (const [name, f] of f2) fn(name, (args) => { arity(name, args, 2); return newFloat(f(num(args[0]), num(args[1]))); });
  for (const which of ['log2', 'log10'] as const) {
    fn(which, (args) => {
      arity(which, args, 1);
      const x = args[0];
      return newFloat(x instanceof PyInt ? M.logOfInt(x.value, which) : M[which](num(x)));
    });
  }
  fn('log', (args) => {
    if (args.length < 1 || args.length > 2) throw pyError(E.TypeError, `log expected 1 or 2 arguments, got ${args.length}`);
    const ln = (o: PyObject) => (o instanceof PyInt ? M.logOfInt(o.value, 'log') : M.log(num(o)));
    if (args.length === 1) return newFloat(ln(args[0]));
    return newFloat(M.logBase(ln(args[0]), ln(args[1])));
  });
  const rounding = (name: string, dunder: string, f: (x: number) => PyIntValue) => fn(name, (args) => {
    arity(name, args, 1);
    const x = args[0];
    if (x instanceof PyInt) return newIntBig(x.value);
    if (!(x instanceof PyFloat)) {
      const r = callSpecial(x, dunder, []);
      if (r !== null) return r;
    }
    return newIntBig(f(num(x)));
  });
  rounding('floor', '__floor__', M.floor); rounding('ceil', '__ceil__', M.ceil); rounding('trunc', '__trunc__', M.trunc);
  fn('ldexp', (args) => { arity('ldexp', args, 2); return newFloat(M.ldexp(num(args[0]), intArg(args[1], 'ldexp'))); });
  fn('frexp', (args) => { arity('frexp', args, 1); const [mm, e] = M.frexp(num(args[0])); return newTuple([newFloat(mm), newIntBig(e)]); });
  fn('modf', (args) => { arity('modf', args, 1); const [f, i] = M.modf(num(args[0])); return newTuple([newFloat(f), newFloat(i)]); });
  fn('isfinite', (args) => { arity('isfinite', args, 1); return newBool(isFinite(num(args[0]))); });
  fn('isinf', (args) => { arity('isinf', args, 1); const x = num(args[0]); return newBool(x === Infinity || x === -Infinity); });
  fn('isnan', (args) => { arity('isnan', args, 1); const x = num(args[0]); return newBool(x !== x); });
  fn('isclose', (args, kw) => {
    const [a, b, rel, abs] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, { posOnly: 2, kwOnlyFrom: 2 });
    return newBool(M.isclose(num(a!), num(b!), rel ? num(rel) : 1e-9, abs ? num(abs) : 0));
  });
  fn('hypot', (args) => newFloat(M.hypot(...args.map(num))));
  fn('dist', (args) => { arity('dist', args, 2); return newFloat(M.dist(toArray(args[0]).map(num), toArray(args[1]).map(num))); });
  fn('fsum', (args) => { arity('fsum', args, 1); return newFloat(M.fsum(toArray(args[0]).map(num))); });
  fn('isqrt', (args) => { arity('isqrt', args, 1); return newIntBig(M.isqrt(intArg(args[0], 'isqrt'))); });
  fn('factorial', (args) => {
    arity('factorial', args, 1);
    if (args[0] instanceof PyFloat) throw pyError(E.TypeError, "'float' object cannot be interpreted as an integer");
    return newIntBig(M.factorial(intArg(args[0], 'factorial')));
  });
  fn('perm', (args) => newIntBig(args.length > 1 && args[1] !== None ? M.perm(intArg(args[0], 'perm'), intArg(args[1], 'perm')) : M.perm(intArg(args[0], 'perm'))));
  fn('comb', (args) => { arity('comb', args, 2); return newIntBig(M.comb(intArg(args[0], 'comb'), intArg(args[1], 'comb'))); });
  fn('gcd', (args) => newIntBig(M.gcd(...args.map((a) => intArg(a, 'gcd')))));
  fn('lcm', (args) => newIntBig(M.lcm(...args.map((a) => intArg(a, 'lcm')))));
  fn('prod', (args, kw) => {
    const [iterable, start] = parseArgs('prod', args, kw, ['iterable', 'start'], 1, { posOnly: 1, kwOnlyFrom: 1 });
    let acc: PyObject = start ?? newIntBig(1);
    for (const v of toArray(iterable!)) acc = binaryOp(acc, v, BinaryOp.MULTIPLY);
    return acc;
  });
  ns.setStr('pi', newFloat(Math.PI));
  ns.setStr('e', newFloat(Math.E));
  ns.setStr('tau', newFloat(2 * Math.PI));
  ns.setStr('inf', newFloat(Infinity));
  ns.setStr('nan', newFloat(NaN));
  return m;
}
