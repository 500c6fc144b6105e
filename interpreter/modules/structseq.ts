// Struct sequences (CPython's PyStructSequence): tuple subclasses whose items also have names,
// used by time.struct_time and os.stat_result. Fields past the visible ones are attributes only
// (e.g. struct_time.tm_zone, stat_result.st_atime as a float).

import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { repr, toArray } from '../vm/ops/protocols.js';
import { def0, defStatic, defGetter } from '../types/define.js';

export class PyStructSeq extends PyTuple {
  constructor(cls: PyType, items: readonly PyObject[], public readonly extra: readonly PyObject[]) { super(cls, items); }
}

export interface StructSeqType {
  type: PyType;
  make(values: readonly PyObject[]): PyStructSeq;
}

/**
 * A struct-sequence type `module.name` with `visible` tuple items out of `fields` (the rest are
 * attributes only, None unless given).
 */
export function makeStructSeqType(module: string, name: string, fields: readonly string[], visible: number): StructSeqType {
  const t = makeBuiltinType(name, tupleType, 0);
  t.module = module;
  t.ns.set('__module__', newStr(module));
  const make = (values: readonly PyObject[], cls: PyType = t) => {
    const all = [...values];
    while (all.length < fields.length) all.push(None);
    return new PyStructSeq(cls, all.slice(0, visible), all.slice(visible, fields.length));
  };
  fields.forEach((f, i) => defGetter(t, f, (self) => {
    const s = self as PyStructSeq;
    return i < visible ? s.items[i] : (s.extra[i - visible] ?? None);
  }));
  defStatic(t, '__new__', (args) => {
    const cls = args[0] as PyType;
    const seq = args.length > 1 ? toArray(args[1]) : [];
    if (args.length < 2) throw pyError(E.TypeError, `${name}() missing required argument 'sequence' (pos 1)`);
    if (seq.length < visible) {
      throw pyError(E.TypeError, `${module}.${name}() takes an at least ${visible}-sequence (${seq.length}-sequence given)`);
    }
    if (seq.length > fields.length) {
      const what = visible === fields.length ? `a ${visible}-sequence` : `an at most ${fields.length}-sequence`;
      throw pyError(E.TypeError, `${module}.${name}() takes ${what} (${seq.length}-sequence given)`);
    }
    return make(seq, cls);
  });
  def0(t, '__repr__', (self) => {
    const s = self as PyStructSeq;
    const parts = s.items.map((v, i) => `${fields[i]}=${repr(v)}`);
    return newStr(`${module}.${name}(${parts.join(', ')})`);
  });
  def0(t, '__reduce__', (self) => {
    const s = self as PyStructSeq;
    return new PyTuple(tupleType, [t, new PyTuple(tupleType, [new PyTuple(tupleType, s.items)])]);
  });
  t.ns.set('n_sequence_fields', newInt(visible));
  t.ns.set('n_fields', newInt(fields.length));
  t.ns.set('n_unnamed_fields', newInt(0));
  return { type: t, make: (values) => make(values) };
}
