// CDLL for _rawffi and _ffi: a loaded shared library (short names 'c', 'm', 'sqlite3' resolved as
// ctypes.util.find_library does; None is the main program) and its function pointers, cached per
// (name, signature, flags) so asking twice returns the same FuncPtr. A missing library is
// OSError with dlerror()'s text (which names it), a missing symbol AttributeError.

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { newInt } from '../../interpreter/objects/int.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { None } from '../../interpreter/objects/singletons.js';
import { indexValue, toArray, truthy, typeName } from '../../interpreter/vm/ops/protocols.js';
import { strName } from '../../interpreter/vm/ops/attr.js';
import { def0, defGetter, defMethod, defMethodN, defStatic, parseArgs } from '../../interpreter/types/define.js';
import { FFIError } from '../errors.js';
import { Library, RTLD_LOCAL, loadLibrary, loadLibraryByName } from '../library.js';
import { ffiType } from './cdata.js';
import { FuncPtr, flagsArg, intModeOf, makeFuncPtr, resolveSignature } from './ffi_funcptr.js';
import { rawFuncPtrType } from './rawffi_funcptr.js';
import { ffiFuncPtrType } from './ffi_funcptr.js';

export const rawCDLLType: PyType = ffiType('CDLL', '_rawffi');
export const ffiCDLLType: PyType = ffiType('CDLL', '_ffi');

export class CDLL extends PyObject {
  /** FuncPtrs by name + interned signature key (+ flags, which only matter through it). */
  private readonly funcs = new Map<string, FuncPtr>();
  constructor(cls: PyType, readonly lib: Library) {
    super(cls);
  }

  funcPtr(name: string, argtypes: PyObject, restype: PyObject, flags: number, intmode: PyObject | null, variadic: PyObject | null): FuncPtr {
    const argSpecs = toArray(argtypes);
    const intMode = intModeOf(intmode);
    const isVariadic = variadic !== null && truthy(variadic);
    const resolved = resolveSignature(argSpecs, restype, flags, intMode, isVariadic);
    const key = `${name}\0${resolved.sig.key}`;
    let f = this.funcs.get(key);
    if (f === undefined) {
      const cls = this.cls === rawCDLLType ? rawFuncPtrType : ffiFuncPtrType;
      f = makeFuncPtr({ cls, name, address: this.lib.symbol(name), argSpecs, resSpec: restype, flags, intMode, variadic: isVariadic }, resolved);
      this.funcs.set(key, f);
    }
    return f;
  }
}

/** dlopen by name (None: the main program), as ctypes.CDLL does. */
export function openLibrary(cls: PyType, name: PyObject, mode: PyObject | null): CDLL {
  let m = RTLD_LOCAL;
  if (mode !== null && mode !== None) {
    const v = indexValue(mode);
    m = typeof v === 'number' ? v : 0;
  }
  if (name === None) return new CDLL(cls, loadLibrary(null, m));
  if (!(name instanceof PyStr)) throw new FFIError('TypeError', `library name must be str or None, not ${typeName(name)}`);
  return new CDLL(cls, loadLibraryByName(name.value, m));
}

function asLib(o: PyObject): CDLL {
  return o as CDLL;
}

function installCommon(t: PyType): void {
  defStatic(t, '__new__', (args, kw) => {
    const [, name, mode] = parseArgs('CDLL', args, kw, ['cls', 'name', 'mode'], 2);
    return openLibrary(t, name!, mode);
  });
  defMethodN(t, 'getaddressindll', 1, 1, (self, [name]) => newInt(asLib(self).lib.symbol(strName(name, 'symbol name'))));
  defGetter(t, 'name', (self) => {
    const n = asLib(self).lib.name;
    return n === null ? None : newStr(n);
  });
  defGetter(t, 'handle', (self) => newInt(asLib(self).lib.handle));
  def0(t, '__repr__', (self) => {
    const n = asLib(self).lib.name;
    return newStr(`<${t.module}.CDLL ${n === null ? 'None' : `'${n}'`}>`);
  });
}

export function installLibraries(): void {
  installCommon(rawCDLLType);
  defMethod(rawCDLLType, 'ptr', (args, kw) => {
    const [name, argtypes, restype, flags, variadic] = parseArgs('ptr', args, kw, ['name', 'argtypes', 'restype', 'flags', 'variadic'], 3, { skip: 1 });
    return asLib(args[0]).funcPtr(strName(name!, 'function name'), argtypes!, restype!, flagsArg(flags), null, variadic);
  });
  installCommon(ffiCDLLType);
  defMethod(ffiCDLLType, 'getfunc', (args, kw) => {
    const [name, argtypes, restype, flags, intmode, variadic] = parseArgs('getfunc', args, kw,
      ['name', 'argtypes', 'restype', 'flags', 'intmode', 'variadic'], 3, { skip: 1 });
    return asLib(args[0]).funcPtr(strName(name!, 'function name'), argtypes!, restype!, flagsArg(flags), intmode, variadic);
  });
}
