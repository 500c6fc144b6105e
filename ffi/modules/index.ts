// The Python built-in modules over ffi/: `_rawffi` (raw memory, shapes, libraries, function
// pointers, callbacks) and `_ffi` (typed function pointers with fixed signatures), both created
// on first import. The lead calls registerFfiModules() from interpreter/modules/index.ts.

import { PyType } from '../../interpreter/objects/object.js';
import { PyModule } from '../../interpreter/objects/module.js';
import { newInt } from '../../interpreter/objects/int.js';
import { newStr } from '../../interpreter/objects/str.js';
import { builtinFunction } from '../../interpreter/types/define.js';
import { registerBuiltinModule } from '../../interpreter/vm/import.js';
import { RTLD_GLOBAL, RTLD_LAZY, RTLD_LOCAL, RTLD_NOW } from '../library.js';
import { segfaultExceptionType } from './cdata.js';
import { FUNCFLAG_USE_ERRNO, ffiFuncPtrType, installFfiFuncPtr } from './ffi_funcptr.js';
import { ffiTypeType, installFfiTypes, makeTypesNamespace } from './ffi_types.js';
import { CDLL, ffiCDLLType, installLibraries, openLibrary, rawCDLLType } from './library.js';
import { arrayInstanceType, arrayShapeType, installArray } from './rawffi_array.js';
import { callbackPtrType, installCallbackErrorHook, installCallbackPtr, writeUnraisableBuiltin } from './rawffi_callback.js';
import { installRawFuncPtr, rawFuncPtrType } from './rawffi_funcptr.js';
import { memoryBuiltins } from './rawffi_memory.js';
import { bufferBuiltins } from './rawffi_buffer.js';
import { parseCdeclBuiltin } from './cdecl.js';
import { installStructure, structureInstanceType, structureShapeType } from './rawffi_structure.js';

let installed = false;

/** Give the FFI types their Python methods (once). */
function installTypes(): void {
  if (installed) return;
  installed = true;
  installArray();
  installStructure();
  installRawFuncPtr();
  installFfiFuncPtr();
  installCallbackPtr();
  installLibraries();
  installFfiTypes();
  installCallbackErrorHook();
}

const FLAGS: [string, number][] = [
  ['FUNCFLAG_CDECL', 0x1], ['FUNCFLAG_STDCALL', 0x0], ['FUNCFLAG_HRESULT', 0x2], ['FUNCFLAG_PYTHONAPI', 0x4],
  ['FUNCFLAG_USE_ERRNO', FUNCFLAG_USE_ERRNO], ['FUNCFLAG_USE_LASTERROR', 0x10],
  ['RTLD_LOCAL', RTLD_LOCAL], ['RTLD_GLOBAL', RTLD_GLOBAL], ['RTLD_LAZY', RTLD_LAZY], ['RTLD_NOW', RTLD_NOW],
];

function setType(m: PyModule, name: string, t: PyType): void {
  m.ns.setStr(name, t);
}

/** get_libc(): the C library, loaded once per module. */
function libcGetter(cls: PyType) {
  let libc: CDLL | null = null;
  return builtinFunction('get_libc', () => (libc ??= openLibrary(cls, newStr('libc.so.6'), null)));
}

export function makeRawffiModule(): PyModule {
  installTypes();
  const m = new PyModule('_rawffi');
  setType(m, 'CDLL', rawCDLLType);
  setType(m, 'FuncPtr', rawFuncPtrType);
  setType(m, 'CallbackPtr', callbackPtrType);
  setType(m, 'Array', arrayShapeType);
  setType(m, 'ArrayInstance', arrayInstanceType);
  setType(m, 'Structure', structureShapeType);
  setType(m, 'StructureInstance', structureInstanceType);
  setType(m, 'SegfaultException', segfaultExceptionType);
  for (const [name, fn] of memoryBuiltins()) m.ns.setStr(name, fn);
  for (const [name, fn] of bufferBuiltins()) m.ns.setStr(name, fn);
  m.ns.setStr('get_libc', libcGetter(rawCDLLType));
  m.ns.setStr('write_unraisable', writeUnraisableBuiltin());
  for (const [name, v] of FLAGS) m.ns.setStr(name, newInt(v));
  return m;
}

export function makeFfiModule(): PyModule {
  installTypes();
  const m = new PyModule('_ffi');
  setType(m, 'CDLL', ffiCDLLType);
  setType(m, 'FuncPtr', ffiFuncPtrType);
  setType(m, 'FFIType', ffiTypeType);
  m.ns.setStr('types', makeTypesNamespace());
  m.ns.setStr('get_libc', libcGetter(ffiCDLLType));
  m.ns.setStr('parse_cdecl', parseCdeclBuiltin());
  for (const [name, v] of FLAGS) m.ns.setStr(name, newInt(v));
  return m;
}

export function registerFfiModules(): void {
  registerBuiltinModule('_rawffi', makeRawffiModule);
  registerBuiltinModule('_ffi', makeFfiModule);
}
