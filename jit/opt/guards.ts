// Redundant guard removal: a guard whose condition an earlier guard (or an allocation, or a
// constant) already established is dropped. guard_value(x, K) also replaces x by K from then on.
// Facts that the heap can change (an instance's map or heap-type class, a type's version) are
// forgotten at raising calls, and at the loop label when the loop body makes such calls.

import { Trace, Value, constBool, isAlloc } from '../ir.js';
import { Rewriter, bodyEffects } from './rewriter.js';
import { PyObject, intType, classMayChange, allocClass, isExactSmallInt } from '../objmodel.js';

interface Facts {
  cls?: unknown;
  nonnull?: boolean;
  smallInt?: boolean; // an exact int holding a JS number
  map?: unknown;
}

export function removeRedundantGuards(trace: Trace): Trace {
  const rw = new Rewriter(trace);
  const facts = new Map<Value, Facts>();
  const versions = new Map<Value, number>(); // obj -> known version
  const fx = bodyEffects(trace);
  const loopCalls = fx.calls, loopAddsAttrs = fx.writtenOps.has('setfield_map_add');

  const get = (v: Value): Facts => {
    let f = facts.get(v);
    if (f === undefined) {
      f = {};
      if (v.kind === 'const' && v.type === 'ref') {
        const o = v.value;
        if (o !== null) f.nonnull = true;
        if (o instanceof PyObject && !classMayChange(o.cls)) f.cls = o.cls;
        if (isExactSmallInt(o)) f.smallInt = true;
      }
      facts.set(v, f);
    }
    return f;
  };
  const forgetHeapFacts = (): void => {
    versions.clear();
    for (const f of facts.values()) {
      f.map = undefined;
      if (f.cls !== undefined && classMayChange(f.cls)) f.cls = undefined;
    }
  };

  for (const op of trace.ops) {
    rw.prepare(op);
    const [a, b] = op.args;
    switch (op.name) {
      case 'guard_true': case 'guard_false': {
        const want = op.name === 'guard_true';
        if (a.kind === 'const') { if (a.value === want) continue; break; }
        rw.emit(op);
        rw.replace(a, constBool(want)); // later guards on it and other uses see the constant
        continue;
        break;
      }
      case 'guard_nonnull': {
        const f = get(a);
        if (f.nonnull) continue;
        f.nonnull = true;
        break;
      }
      case 'guard_class': {
        const f = get(a);
        if (f.cls !== undefined && f.cls === (b as { value: unknown }).value) continue;
        if (b.kind === 'const') { f.cls = b.value; f.nonnull = true; }
        break;
      }
      case 'guard_int': {
        const f = get(a);
        if (f.smallInt) continue;
        f.smallInt = true; f.cls = intType; f.nonnull = true;
        break;
      }
      case 'guard_map': {
        const f = get(a);
        if (b.kind === 'const' && f.map === b.value) continue;
        if (b.kind === 'const') { f.map = b.value; f.nonnull = true; }
        break;
      }
      case 'guard_version': {
        if (b.kind === 'const' && versions.get(a) === b.value) continue;
        if (b.kind === 'const') versions.set(a, b.value as number);
        break;
      }
      case 'guard_value': {
        if (b.kind === 'const' && a.kind !== 'const') {
          rw.emit(op);
          rw.replace(a, b);
          continue;
        }
        break;
      }
      case 'setfield_map_add': {
        // maps of whatever else this object may be are unknown now; its own is the new one
        for (const f of facts.values()) f.map = undefined;
        rw.emit(op);
        const f = get(a);
        if (b.kind === 'const') f.map = b.value;
        continue;
      }
      case 'label':
        if (loopCalls || loopAddsAttrs) forgetHeapFacts();
        break;
      case 'call_residual':
        if (op.effect !== 'pure') forgetHeapFacts();
        break;
      default:
        if (isAlloc(op.name)) {
          const f = get(op);
          f.nonnull = true;
          const cls = op.name === 'new_with_map' ? (op.args[0] as { value: unknown }).value : allocClass(op.name);
          if (cls !== null) f.cls = cls;
          if (op.name === 'new_int') f.smallInt = true;
          if (op.name === 'new_with_map' && op.args[1].kind === 'const') f.map = op.args[1].value;
        }
    }
    rw.emit(op);
  }
  return rw.result();
}
