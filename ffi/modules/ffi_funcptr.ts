// Foreign function pointers as Python objects (_ffi.FuncPtr, and _rawffi.FuncPtr which is the
// same class with another Python type): a C function whose signature is fixed when the object is
// made. Each FuncPtr owns exactly one ffi/ CFunction (one koffi function object, created once).
//
// Shape, for the JIT (and anyone wanting the fast path):
//   fp.cfunc            CFunction: .native is the koffi function taking koffi values;
//                       .sig.argToC[i] (JS value → koffi value, wrap/check int policy),
//                       .sig.resultFromC (koffi value → JS value), .sig.usesArena (bytes/str
//                       arguments are copied to the call arena: mark/release around the call).
//   fp.argTypes[i]      the C type of argument i (CType: kind 'int' | 'float' | 'pointer' | ...,
//                       size, signed), fp.resType the result type.
//   fp.unboxers[i]      PyObject → JS value accepted by argToC[i] (for an int argument:
//                       PyInt → its value; for a float: PyFloat/PyInt → number).
//   fp.boxer            JS result → PyObject.
// A traced call `fp(a, b)` can guard on `fp` (the object is immutable: its signature and
// CFunction never change), guard each argument's class, take the unboxed values, apply argToC[i]
// (for int/float arguments a pure numeric function: `v | 0` for a wrapping C int, identity for a
// double), call `fp.cfunc.native(x0, x1)` directly, and keep the result unboxed (resultFromC is
// the identity for ints narrower than 64 bits and for floats), boxing only where it escapes.
// Variadic FuncPtrs (cfunc.sig.variadic) type their extra arguments per call: no direct path.
// The interpreter path (buildCaller) does the same steps through the boxed objects. FuncPtr
// extends PyBuiltinFunction so that the VM's call() reaches `fn` with no __call__ lookup.

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { PyBuiltinFunction } from '../../interpreter/objects/function.js';
import { newInt } from '../../interpreter/objects/int.js';
import { newStr } from '../../interpreter/objects/str.js';
import { newList } from '../../interpreter/objects/list.js';
import { None } from '../../interpreter/objects/singletons.js';
import { indexValue, toArray, truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { strName } from '../../interpreter/vm/ops/attr.js';
import { def0, defGetter, defMethod, defStatic, parseArgs } from '../../interpreter/types/define.js';
import { CFunction, cfunction } from '../call.js';
import { CType, StructType } from '../ctype.js';
import { FFIError } from '../errors.js';
import type { IntMode } from '../intconv.js';
import { Block } from '../memory.js';
import { Signature, signature } from '../signature.js';
import { ADDRESS, HasAddress, ffiType, registerAutofree } from './cdata.js';
import { buildCaller, buildVariadicCaller } from './caller.js';
import { Boxer, Unboxer, boxer, unboxer } from './pyconv.js';
import { structureShapeOf } from './rawffi_structure.js';
import { parseTypeSpec } from './typecodes.js';

/** ctypes' FUNCFLAG_USE_ERRNO: swap ctypes' private errno copy around the call. */
export const FUNCFLAG_USE_ERRNO = 0x8;

export class FuncPtr extends PyBuiltinFunction implements HasAddress {
  constructor(cls: PyType, name: string,
    readonly cfunc: CFunction,
    readonly argTypes: readonly CType[],
    readonly resType: CType,
    readonly unboxers: readonly Unboxer[],
    readonly boxer: Boxer,
    /** The Python objects the types were given as (for the argtypes/restype attributes). */
    readonly argSpecs: readonly PyObject[],
    readonly resSpec: PyObject) {
    super(name, (cfunc.sig.variadic ? buildVariadicCaller : buildCaller)(cfunc, unboxers, boxer), null, null, cls);
  }

  [ADDRESS](): number {
    return this.cfunc.address;
  }
}

/** The boxer of a call result or a callback argument: structures by value become autofree
 *  _rawffi structure instances owning the copy ffi/ made. */
export function resultBoxer(t: CType): Boxer {
  if (t instanceof StructType) {
    const shape = structureShapeOf(t);
    return (v) => {
      const inst = shape.allocateFrom(new Block(v as number, t.size, true));
      registerAutofree(inst, inst.block);
      inst.autofree = true;
      return inst;
    };
  }
  return boxer(t, 'result');
}

export interface FuncPtrSpec {
  cls: PyType;
  name: string;
  address: number;
  argSpecs: readonly PyObject[];
  resSpec: PyObject;
  flags: number;
  intMode: IntMode;
  /** Extra arguments after argSpecs, typed per call from their Python values (printf). */
  variadic?: boolean;
}

export interface ResolvedSignature {
  argTypes: CType[];
  resType: CType;
  sig: Signature;
}

/** Resolve the type specs and intern the signature (same types + flags → same Signature). */
export function resolveSignature(argSpecs: readonly PyObject[], resSpec: PyObject, flags: number, intMode: IntMode, variadic = false): ResolvedSignature {
  const argTypes = argSpecs.map((o) => parseTypeSpec(o, 'arg'));
  const resType = parseTypeSpec(resSpec, 'result');
  const sig = signature({ args: argTypes, result: resType, useErrno: (flags & FUNCFLAG_USE_ERRNO) !== 0, intMode, variadic });
  return { argTypes, resType, sig };
}

/** Build a FuncPtr around the (cached) CFunction for address + signature. */
export function makeFuncPtr(spec: FuncPtrSpec, resolved?: ResolvedSignature): FuncPtr {
  const { argTypes, resType, sig } = resolved ?? resolveSignature(spec.argSpecs, spec.resSpec, spec.flags, spec.intMode, spec.variadic);
  const cf = cfunction(spec.address, sig, spec.name);
  return new FuncPtr(spec.cls, spec.name, cf, argTypes, resType, argTypes.map((t) => unboxer(t, 'arg')), resultBoxer(resType), spec.argSpecs, spec.resSpec);
}

export function intModeOf(o: PyObject | null): IntMode {
  if (o === null || o === None) return 'wrap';
  const s = strName(o, 'intmode');
  if (s !== 'wrap' && s !== 'check') throw new FFIError('ValueError', `intmode must be 'wrap' or 'check', not '${s}'`);
  return s;
}

export function addressArg(o: PyObject): number {
  const v = indexValue(o, () => `address must be an integer, not ${typeName(o)}`);
  if (typeof v !== 'number' || v < 0) throw new FFIError('ValueError', `invalid address ${v}`);
  return v;
}

export function flagsArg(o: PyObject | null): number {
  if (o === null) return 0;
  const v = indexValue(o);
  return typeof v === 'number' ? v : 0;
}

function asFP(o: PyObject): FuncPtr {
  return o as FuncPtr;
}

/** The Python methods both FuncPtr types share. */
export function installFuncPtrCommon(t: PyType): void {
  defMethod(t, '__call__', (args, kw) => asFP(args[0]).fn(args.slice(1), kw));
  defGetter(t, 'name', (self) => newStr(asFP(self).name));
  defGetter(t, 'argtypes', (self) => newList([...asFP(self).argSpecs]));
  defGetter(t, 'restype', (self) => asFP(self).resSpec);
  defGetter(t, 'buffer', (self) => newInt(asFP(self).cfunc.address));
  def0(t, '__repr__', (self) => {
    const f = asFP(self);
    return newStr(`<${t.module}.FuncPtr '${f.name}' at 0x${f.cfunc.address.toString(16)}>`);
  });
}

// ---------------------------------------------------------------------------------------------
// _ffi.FuncPtr

export const ffiFuncPtrType: PyType = ffiType('FuncPtr', '_ffi');

export function installFfiFuncPtr(): void {
  const t = ffiFuncPtrType;
  installFuncPtrCommon(t);
  def0(t, 'getaddr', (self) => newInt(asFP(self).cfunc.address));
  // Arguments copied for the call (bytes → char *) live in the call arena and are released when
  // the call returns; nothing to free afterwards (PyPy API kept for ctypes).
  def0(t, 'free_temp_buffers', () => None);
  // call_variadic(args, types, values): a variadic function with its extra arguments typed by
  // the caller (type specs), rather than guessed from their Python values (cffi types them
  // from the cdata given).
  defMethod(t, 'call_variadic', (args, kw) => {
    const [fixedArg, typesArg, valuesArg] = parseArgs('call_variadic', args, kw, ['args', 'types', 'values'], 3, { skip: 1 });
    const f = asFP(args[0]);
    if (!f.cfunc.sig.variadic) throw new FFIError('TypeError', `${f.name} is not variadic`);
    const fixedPy = toArray(fixedArg!);
    const specs = toArray(typesArg!);
    const valuesPy = toArray(valuesArg!);
    if (specs.length !== valuesPy.length) throw new FFIError('TypeError', 'one type per variadic argument is required');
    if (fixedPy.length !== f.unboxers.length) throw new FFIError('TypeError', `${f.name}() takes at least ${f.unboxers.length} arguments (${fixedPy.length} given)`);
    const fixed = fixedPy.map((o, i) => f.unboxers[i](o));
    const types = specs.map((o) => parseTypeSpec(o, 'arg'));
    const values = valuesPy.map((o, i) => unboxer(types[i], 'arg')(o));
    return f.boxer(f.cfunc.callVariadic(fixed, types, values));
  });
  defStatic(t, 'fromaddr', (args, kw) => {
    const [addr, name, argtypes, restype, flags, intmode, variadic] = parseArgs('fromaddr', args, kw,
      ['addr', 'name', 'argtypes', 'restype', 'flags', 'intmode', 'variadic'], 4);
    return makeFuncPtr({
      cls: t, name: strName(name!, 'name'), address: addressArg(addr!), argSpecs: toArray(argtypes!), resSpec: restype!,
      flags: flagsArg(flags), intMode: intModeOf(intmode), variadic: variadic !== null && truthy(variadic),
    });
  });
}
