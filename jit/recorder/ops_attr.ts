// Recording of attribute access. Instances of user classes keep attributes in maps: a read or a
// write of an existing attribute becomes guard_class + guard_version (the class's namespace,
// so no descriptor or __getattribute__ appeared) + guard_map + a slot access by index. Module
// attributes become constants guarded on the module dict's version; methods found on the class
// become constants (LOAD_METHOD). Everything else calls getAttr/setAttr residually.

import { Op as Bc } from '../../interpreter/compiler/opcodes.js';
import { PyObject, PyType, AttrMap, objectType, TF_HEAPTYPE, TF_HAS_DICT } from '../../interpreter/objects/object.js';
import { PyFunction, PyBuiltinFunction } from '../../interpreter/objects/function.js';
import { PyModule } from '../../interpreter/objects/module.js';
import { intType } from '../../interpreter/objects/int.js';
import { floatType } from '../../interpreter/objects/float.js';
import { strType } from '../../interpreter/objects/str.js';
import { noneType } from '../../interpreter/objects/singletons.js';
import { lookupMethod, isDataDescriptor } from '../../interpreter/vm/ops/attr.js';
import { constInt, constRef, NULL_REF } from '../ir.js';
import { Box } from './frame.js';
import { TraceRecorder, StepResult } from './recorder.js';
import * as H from './helpers.js';

let defaultGetattribute: PyObject | null | undefined;
let defaultSetattr: PyObject | null | undefined;
const objGA = (): PyObject | null => (defaultGetattribute ??= objectType.lookup('__getattribute__'));
const objSA = (): PyObject | null => (defaultSetattr ??= objectType.lookup('__setattr__'));

/** Classes whose instances are immutable plain values (safe to read as trace constants). */
let plain: Set<PyType> | null = null;
const PLAIN = (): Set<PyType> => (plain ??= new Set<PyType>([intType, floatType, strType, noneType]));

export function stepAttr(r: TraceRecorder, op: Bc, arg: number): StepResult | null {
  const f = r.f;
  const next = f.pc + 1;
  const name = f.code.names[arg];
  switch (op) {
    case Bc.LOAD_ATTR: {
      const res = loadAttr(r, f.top(), name);
      f.pop(); f.push(res); f.pc = next; return 'next';
    }
    case Bc.LOAD_METHOD: {
      const b = f.top();
      const o = b.o!;
      const m = lookupMethod(o, name);
      if (m !== null && guardInstanceLayout(r, b, name)) {
        f.pop(); f.push(r.constBox(m)); f.push(b); f.pc = next; return 'next';
      }
      const res = loadAttr(r, b, name);
      f.pop(); f.push(res); f.push({ v: NULL_REF, o: null }); f.pc = next; return 'next';
    }
    case Bc.STORE_ATTR: {
      const obj = f.top(1), val = f.top(2);
      const o = obj.o!;
      const cls = o.cls;
      const idx = plainInstance(o) ? o.map?.index.get(name) : undefined;
      const d = idx !== undefined ? cls.lookup(name) : null;
      if (idx !== undefined && cls.lookup('__setattr__') === objSA() && (d === null || d instanceof PyFunction || !isDataDescriptor(d))) {
        guardInstanceLayout(r, obj, name);
        r.emit('setfield_map_slot', [obj.v, constInt(idx), r.ref(val)], 'void');
        H.setAttr(o, name, val.o!);
      } else if (idx === undefined && plainInstance(o) && obj.v.type === 'ref' && (cls.flags & TF_HAS_DICT) !== 0 && cls.slotNames === null &&
        cls.lookup('__setattr__') === objSA() && noDataDescriptor(cls.lookup(name))) {
        // a new attribute: the instance moves along its map transition
        const newMap = (o.map ?? AttrMap.ROOT).withAttr(name);
        guardInstanceLayout(r, obj, name);
        r.emit('setfield_map_add', [obj.v, constRef(newMap), r.ref(val)], 'void');
        H.setAttr(o, name, val.o!);
        if (o.map !== newMap) r.abort('attribute map transition differs');
      } else {
        r.residual(H.setAttr, [obj.v, constRef(name), r.ref(val)], [o, name, val.o], 'void');
      }
      f.stack.length -= 2; f.pc = next; return 'next';
    }
  }
  return null;
}

function noDataDescriptor(d: PyObject | null): boolean {
  return d === null || d instanceof PyFunction || !isDataDescriptor(d);
}

function plainInstance(o: PyObject): boolean {
  return (o.cls.flags & TF_HEAPTYPE) !== 0 && o.dict === null && !(o instanceof PyType) && !(o instanceof PyModule);
}

/**
 * Guards what makes a class lookup of `name` on this object repeatable: its class, the class's
 * namespace version, and (for instances of user classes) its map. False when that cannot be guarded.
 */
function guardInstanceLayout(r: TraceRecorder, b: Box, name: string): boolean {
  const o = b.o!;
  const cls = o.cls;
  if (o instanceof PyType || o instanceof PyModule) return false;
  if ((cls.flags & TF_HEAPTYPE) !== 0 && o.dict !== null) return false;
  void name;
  r.guardClass(b.v, cls);
  r.guard('guard_version', [constRef(cls), constInt(cls.version)]);
  if ((cls.flags & TF_HEAPTYPE) !== 0) r.guard('guard_map', [b.v, o.map === null ? NULL_REF : constRef(o.map)]);
  return true;
}

function loadAttr(r: TraceRecorder, b: Box, name: string): Box {
  const o = b.o!;
  const cls = o.cls;
  if (b.v.type === 'ref' && plainInstance(o) && cls.lookup('__getattribute__') === objGA()) {
    const d = cls.lookup(name);
    const idx = o.map?.index.get(name);
    if (idx !== undefined && (d === null || d instanceof PyFunction || !isDataDescriptor(d))) {
      const v = H.getAttr(o, name);
      guardInstanceLayout(r, b, name);
      const fv = r.emit('getfield_map_slot', [b.v, constInt(idx)]);
      r.markNonnull(fv);
      return { v: fv, o: v };
    }
    if (idx === undefined && d !== null && PLAIN().has(d.cls)) {
      const v = H.getAttr(o, name);
      if (v === d) { guardInstanceLayout(r, b, name); return r.constBox(d); }
    }
  }
  if (o instanceof PyModule && o.cls.lookup(name) === null && b.v.type === 'ref') {
    const v = o.ns.getStr(name);
    if (v !== undefined && H.getAttr(o, name) === v) {
      if (b.v.kind !== 'const') r.guard('guard_value', [b.v, constRef(o)]);
      r.guard('guard_version', [constRef(o.ns), constInt(o.ns.version)]);
      return r.constBox(v);
    }
  }
  return r.residualBox(getAttrFn, [b], [constRef(name)], [name]);
}

function getAttrFn(name: string, o: PyObject): PyObject { return H.getAttr(o, name); }
void PyBuiltinFunction;
