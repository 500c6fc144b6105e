// _ffi.types: the C types of _ffi signatures as Python objects (PyPy's W_FFIType): sint, uint,
// slong, ..., double, pointer (void_p), char_p, wchar_p (unichar_p), void, the fixed-width
// sint8..uint64, size_t, ssize_t, bool, plus Pointer(t) for a typed pointer (a `void *` that
// remembers what it points to). Each object wraps one ffi/ CType.

import { PyObject, PyType } from '../../interpreter/objects/object.js';
import { newInt } from '../../interpreter/objects/int.js';
import { newStr } from '../../interpreter/objects/str.js';
import { None } from '../../interpreter/objects/singletons.js';
import { PyModule } from '../../interpreter/objects/module.js';
import { typeName } from '../../interpreter/vm/ops/protocols.js';
import { builtinFunction, def0, defGetter } from '../../interpreter/types/define.js';
import { CType, primitive } from '../ctype.js';
import { FFIError } from '../errors.js';
import { ffiType } from './cdata.js';
import { CTYPE, TypeSource } from './typecodes.js';

export const ffiTypeType: PyType = ffiType('FFIType', '_ffi');

export class FFIType extends PyObject implements TypeSource {
  constructor(readonly name: string, readonly ctype: CType, readonly deref: FFIType | null = null) {
    super(ffiTypeType);
  }

  [CTYPE]() {
    return { ctype: this.ctype, standalone: true };
  }
}

/** Python name → C type name in ffi/ctype.ts. Aliases share one object (types.void_p is types.pointer). */
const TYPES: [string[], string][] = [
  [['void'], 'void'],
  [['sint', 'sint32_t'], 'int'], [['uint'], 'unsigned int'],
  [['slong'], 'long'], [['ulong'], 'unsigned long'],
  [['slonglong'], 'long long'], [['ulonglong'], 'unsigned long long'],
  [['sshort'], 'short'], [['ushort'], 'unsigned short'],
  [['schar', 'sbyte'], 'signed char'], [['uchar', 'ubyte'], 'unsigned char'],
  [['char'], 'char'], [['unichar', 'wchar'], 'wchar_t'],
  [['double'], 'double'], [['float'], 'float'],
  [['pointer', 'void_p'], 'void *'], [['char_p'], 'char *'], [['unichar_p', 'wchar_p'], 'wchar_t *'],
  [['sint8'], 'int8_t'], [['uint8'], 'uint8_t'], [['sint16'], 'int16_t'], [['uint16'], 'uint16_t'],
  [['sint32'], 'int32_t'], [['uint32'], 'uint32_t'], [['sint64'], 'int64_t'], [['uint64'], 'uint64_t'],
  [['size_t'], 'size_t'], [['ssize_t'], 'ssize_t'], [['bool'], 'bool'],
];

const pointers = new WeakMap<FFIType, FFIType>();

/** types.Pointer(t): `void *` as far as calls go, remembering t (deref_pointer()). */
function pointerTo(t: FFIType): FFIType {
  let p = pointers.get(t);
  if (!p) pointers.set(t, (p = new FFIType(`(pointer to ${t.name})`, primitive('void *'), t)));
  return p;
}

function asType(o: PyObject): FFIType {
  return o as FFIType;
}

export function installFfiTypes(): void {
  const t = ffiTypeType;
  defGetter(t, 'name', (self) => newStr(asType(self).name));
  def0(t, 'sizeof', (self) => newInt(asType(self).ctype.size));
  def0(t, 'deref_pointer', (self) => asType(self).deref ?? None);
  def0(t, '__repr__', (self) => newStr(`<ffi type ${asType(self).name}>`));
}

/** The `_ffi.types` namespace (a module object: `types.sint`, `types.Pointer(types.sint)`). */
export function makeTypesNamespace(): PyModule {
  const m = new PyModule('_ffi.types');
  for (const [names, cname] of TYPES) {
    const obj = new FFIType(names[0], primitive(cname));
    for (const n of names) m.ns.setStr(n, obj);
  }
  m.ns.setStr('Pointer', builtinFunction('Pointer', (args) => {
    if (args.length !== 1) throw new FFIError('TypeError', `Pointer() takes exactly one argument (${args.length} given)`);
    const target = args[0];
    if (!(target instanceof FFIType)) throw new FFIError('TypeError', `expected an ffi type, got ${typeName(target)}`);
    return pointerTo(target);
  }));
  return m;
}
