// dir(): the attribute names of an object, its class and the class's bases, as CPython lists them.

import { PyObject, PyType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyStr } from '../objects/str.js';

export function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  if (o instanceof PyModule) {
    for (const [k] of o.ns.table.entries()) names.add((k as PyStr).value);
    return [...names].sort();
  }
  if (o instanceof PyType) {
    for (const t of o.mro) for (const k of t.ns.keys()) names.add(k);
    return [...names].sort();
  }
  if (o.map !== null) for (const n of o.map.names) names.add(n);
  if (o.dict !== null) for (const [k] of o.dict.table.entries()) names.add((k as PyStr).value);
  for (const t of o.cls.mro) for (const k of t.ns.keys()) names.add(k);
  return [...names].sort();
}
