// _ffi.parse_cdecl(source, known=(), typedefs=()): cffi's cdef() parser (ffi/cdecl/) as a
// Python function. Returns the declarations as nested tuples (see ffi/cdecl/parse.ts for their
// shapes); `known` is a sequence of (name, int) constants and `typedefs` the typedef names from
// earlier cdef() calls (a typedef name changes how `int (T)` parses). A malformed declaration
// raises ValueError with cffi's CDefError message (cffi re-raises it as CDefError).

import { PyObject } from '../../interpreter/objects/object.js';
import { PyInt, newInt, newBool } from '../../interpreter/objects/int.js';
import { PyStr, newStr } from '../../interpreter/objects/str.js';
import { PyTuple, newTuple } from '../../interpreter/objects/tuple.js';
import { None } from '../../interpreter/objects/singletons.js';
import { toArray, typeName } from '../../interpreter/vm/ops/protocols.js';
import { builtinFunction, parseArgs } from '../../interpreter/types/define.js';
import { CDeclError, CNode, parseCDecl } from '../cdecl/parse.js';
import { FFIError } from '../errors.js';

function toPy(v: CNode[number]): PyObject {
  if (v === null) return None;
  if (typeof v === 'string') return newStr(v);
  if (typeof v === 'boolean') return newBool(v);
  if (typeof v === 'number') return newInt(v);
  return newTuple(v.map(toPy));
}

export function parseCdeclBuiltin(): PyObject {
  return builtinFunction('parse_cdecl', (args, kw) => {
    const [src, knownArg, typedefsArg] = parseArgs('parse_cdecl', args, kw, ['source', 'known', 'typedefs'], 1);
    if (!(src instanceof PyStr)) throw new FFIError('TypeError', `cdef() source must be str, not ${typeName(src!)}`);
    const known = new Map<string, number>();
    if (knownArg !== null && knownArg !== None) {
      for (const item of toArray(knownArg)) {
        const [k, v] = item instanceof PyTuple ? item.items : [];
        if (k instanceof PyStr && v instanceof PyInt && typeof v.value === 'number') known.set(k.value, v.value);
      }
    }
    const typedefs: string[] = [];
    if (typedefsArg !== null && typedefsArg !== None) {
      for (const item of toArray(typedefsArg)) if (item instanceof PyStr) typedefs.push(item.value);
    }
    try {
      return newTuple(parseCDecl(src.value, known, typedefs).map(toPy));
    } catch (e) {
      if (e instanceof CDeclError) throw new FFIError('ValueError', e.message);
      throw e;
    }
  });
}
