// format(int/float, spec): adapters from the format-spec mini-language (lib/formatspec) to the
// int and float types. An empty spec is str() of the number, as in CPython.

import { PyObject } from '../objects/object.js';
import { intToString, PyIntValue } from '../lib/int.js';
import { floatRepr } from '../lib/float.js';
import * as FS from '../lib/formatspec.js';

export function formatIntSpec(v: PyIntValue, spec: string, self: PyObject): string {
  if (spec === '') return self.cls.name === 'bool' ? (v ? 'True' : 'False') : intToString(v);
  return FS.formatInt(v, spec);
}

export function formatFloatSpec(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return FS.formatFloatWithSpec(x, spec);
}
