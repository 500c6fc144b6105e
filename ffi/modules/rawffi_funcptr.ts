// _rawffi.FuncPtr: a foreign function with a signature in ctypes letters or shapes, made by
// CDLL.ptr(name, argtypes, restype, flags) or FuncPtr(address, argtypes, restype, flags). Called
// with plain Python values (ints wrap as in ctypes), it returns a plain Python value; structures
// by value are `(Shape, 1)` and come back as autofree structure instances. (PyPy's _rawffi boxes
// every argument and result in a one-item array; tspy passes values, as its _ffi does.)

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { toArray } from '../../interpreter/vm/ops/protocols.js';
import { def0, defStatic, parseArgs } from '../../interpreter/types/define.js';
import * as mem from '../memory.js';
import { ffiType } from './cdata.js';
import { FuncPtr, addressArg, flagsArg, installFuncPtrCommon, makeFuncPtr } from './ffi_funcptr.js';
import { arrayShapeFor } from './rawffi_array.js';
import { primitive } from '../ctype.js';

export const rawFuncPtrType: PyType = ffiType('FuncPtr', '_rawffi');

export function makeRawFuncPtr(name: string, address: number, argtypes: PyObject, restype: PyObject, flags: number): FuncPtr {
  return makeFuncPtr({ cls: rawFuncPtrType, name, address, argSpecs: toArray(argtypes), resSpec: restype, flags, intMode: 'wrap' });
}

export function installRawFuncPtr(): void {
  const t = rawFuncPtrType;
  installFuncPtrCommon(t);
  defStatic(t, '__new__', (args, kw) => {
    const [, addr, argtypes, restype, flags] = parseArgs('FuncPtr', args, kw, ['cls', 'address', 'argtypes', 'restype', 'flags'], 4);
    const address = addressArg(addr!);
    return makeRawFuncPtr(`<cfunction at 0x${address.toString(16)}>`, address, argtypes!, restype!, flagsArg(flags));
  });
  def0(t, 'byptr', (self) => {
    const p = arrayShapeFor(primitive('void *')).allocate(1, false);
    mem.writePtr(p.itemAddress(0), (self as FuncPtr).cfunc.address);
    return p;
  });
}
