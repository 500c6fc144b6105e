// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD: per instruction, the (type, type
// version, instance map) seen last and where the attribute lives, so a repeated access to an
// instance attribute is a map identity check and a slot read. A miss falls back to the generic
// protocol in attr.ts (same semantics: the cache only records what that protocol decided).

import { PyObject, PyType, AttrMap, TF_HAS_DICT } from '../../objects/object.js';
import { PyFunction } from '../../objects/function.js';
import { PyModule } from '../../objects/module.js';
import type { CodeObject } from '../../compiler/code.js';
import { getAttr, setAttr, lookupMethod, isDataDescriptor, isDefaultGetattribute, isDefaultSetattr } from './attr.js';

interface SlotCache { cls: PyType; version: number; map: AttrMap; index: number; mapAfter: AttrMap | null }
interface MethodCache { cls: PyType; version: number; map: AttrMap | null; func: PyObject }

function caches(code: CodeObject): (SlotCache | MethodCache | undefined)[] {
  return (code.attrCaches ??= new Array(code.instructionCount)) as (SlotCache | MethodCache | undefined)[];
}

/** An instance whose attributes the caches may describe (not a type or module, no __dict__ taken). */
function cacheable(obj: PyObject): boolean {
  return obj.dict === null && !(obj instanceof PyType) && !(obj instanceof PyModule);
}

export function loadAttrCached(code: CodeObject, pc: number, obj: PyObject, name: string): PyObject {
  const c = code.attrCaches?.[pc] as SlotCache | undefined;
  if (c !== undefined && obj.map === c.map && obj.cls === c.cls && c.cls.version === c.version) {
    return obj.slots![c.index];
  }
  const v = getAttr(obj, name);
  const map = obj.map;
  if (map !== null && cacheable(obj)) {
    const index = map.index.get(name);
    const cls = obj.cls;
    if (index !== undefined && isDefaultGetattribute(cls)) {
      const d = cls.lookup(name);
      if (d === null || !isDataDescriptor(d)) caches(code)[pc] = { cls, version: cls.version, map, index, mapAfter: null };
    }
  }
  return v;
}

export function storeAttrCached(code: CodeObject, pc: number, obj: PyObject, name: string, value: PyObject): void {
  const c = code.attrCaches?.[pc] as SlotCache | undefined;
  if (c !== undefined && obj.cls === c.cls && c.cls.version === c.version && obj.dict === null &&
      (obj.map ?? AttrMap.ROOT) === c.map) {
    if (c.mapAfter === null) { obj.slots![c.index] = value; return; }
    obj.map = c.mapAfter;
    (obj.slots ??= []).push(value);
    return;
  }
  const before = obj.map ?? AttrMap.ROOT;
  setAttr(obj, name, value);
  const cls = obj.cls;
  if (!cacheable(obj) || (cls.flags & TF_HAS_DICT) === 0 || !isDefaultSetattr(cls)) return;
  const d = cls.lookup(name);
  if (d !== null && isDataDescriptor(d)) return;
  const after = obj.map;
  if (after === null) return;
  const existing = before.index.get(name);
  if (existing !== undefined && after === before) {
    caches(code)[pc] = { cls, version: cls.version, map: before, index: existing, mapAfter: null };
  } else if (existing === undefined && after.parent === before && after.names[after.size - 1] === name) {
    caches(code)[pc] = { cls, version: cls.version, map: before, index: after.size - 1, mapAfter: after };
  }
}

/**
 * LOAD_METHOD: the unbound function when obj.name is a method found on the type (see
 * attr.lookupMethod), else null; cached on (type, version, instance map).
 */
export function loadMethodCached(code: CodeObject, pc: number, obj: PyObject, name: string): PyObject | null {
  const c = code.attrCaches?.[pc] as MethodCache | undefined;
  if (c !== undefined && obj.cls === c.cls && c.cls.version === c.version && obj.map === c.map && obj.dict === null) {
    return c.func;
  }
  const m = lookupMethod(obj, name);
  if (m instanceof PyFunction && cacheable(obj)) {
    const cls = obj.cls;
    caches(code)[pc] = { cls, version: cls.version, map: obj.map, func: m };
  }
  return m;
}
