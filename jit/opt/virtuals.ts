// Allocation removal (PyPy's OptVirtualize): new_int / new_float / new_tuple / new_list /
// new_with_map are not emitted but tracked as virtual objects; reads of their fields become the
// field values, guards on them are decided statically. A virtual is allocated ("forced") only
// where it escapes: into a residual call, the real heap, a jump/finish, an identity test.
// Guards record virtuals in their resume data, so a failing guard rebuilds them.
// At a loop label, a parameter that is virtual on entry and on every back edge with the same
// shape is passed as its fields instead (boxes in loop-carried variables disappear).

import { Op, Trace, Value, ResumeVirtual, ResumeSlot, AllocOp, InputArg, ValueType, Const, constInt, constBool,
  mapResume, isAlloc, cloneTrace } from '../ir.js';
import { Rewriter } from './rewriter.js';
import { allocClass } from '../objmodel.js';

interface Virtual { op: AllocOp; args: Value[] } // the allocation's arguments, fields updated by writes

export function virtualize(trace: Trace): Trace {
  let exclude = new Set<number>();
  for (;;) {
    const r = virtualizeOnce(cloneTrace(trace), exclude);
    if (r.mismatch.size === 0) return r.trace;
    exclude = new Set([...exclude, ...r.mismatch]);
  }
}

/** Field values of a virtual (new_with_map's cls and map are not fields). */
const fieldsOf = (v: Virtual): Value[] => (v.op === 'new_with_map' ? v.args.slice(2) : v.args);
const fixedOf = (v: Virtual): Value[] => (v.op === 'new_with_map' ? v.args.slice(0, 2) : []);

function virtualizeOnce(trace: Trace, exclude: ReadonlySet<number>): { trace: Trace; mismatch: Set<number> } {
  const rw = new Rewriter(trace);
  const virtuals = new Map<Value, Virtual>();
  const mismatch = new Set<number>();
  /** Positions of the label whose parameter is unboxed, with the shape it was given. */
  let unboxed = new Map<number, Virtual>();

  const vinfo = (v: Value): Virtual | undefined => virtuals.get(rw.get(v));

  /** Allocates a virtual here (fields first), after which `v` is an ordinary value. */
  const force = (v: Value): Value => {
    v = rw.get(v);
    const info = virtuals.get(v);
    if (info === undefined) return v;
    virtuals.delete(v); // before the fields: a cycle through v sees the real object
    const op = v as Op;
    op.name = info.op;
    op.args = info.args.map(force);
    op.resume = null;
    rw.emit(op);
    return op;
  };
  const resumeSlot = (memo: Map<Value, ResumeVirtual>) => {
    const slot = (v: Value): ResumeSlot => {
      v = rw.get(v);
      const info = virtuals.get(v);
      if (info === undefined) return v;
      let rv = memo.get(v);
      if (rv === undefined) {
        rv = new ResumeVirtual(info.op, []);
        memo.set(v, rv);
        rv.args = info.args.map(slot);
      }
      return rv;
    };
    return slot;
  };
  const replaceBy = (op: Op, v: Value): void => { rw.replace(op, v); };
  const sameShape = (a: Virtual, b: Virtual): boolean =>
    a.op === b.op && a.args.length === b.args.length &&
    fixedOf(a).every((x, i) => x.kind === 'const' && fixedOf(b)[i].kind === 'const' && x.value === (fixedOf(b)[i] as Const).value);

  const ops = trace.ops;
  for (let pos = 0; pos < ops.length; pos++) {
    const op = ops[pos];
    op.args = op.args.map((a) => rw.get(a));
    if (rw.takeOvfGuard(op)) continue;
    const [p, x, v] = op.args;
    const info = p !== undefined ? virtuals.get(p) : undefined;
    const constIndex = x !== undefined && x.kind === 'const' ? (x.value as number) : -1;

    if (isAlloc(op.name)) {
      virtuals.set(op, { op: op.name as AllocOp, args: [...op.args] });
      continue;
    }
    if (info !== undefined) {
      const fields = fieldsOf(info);
      switch (op.name) {
        case 'unbox_int': if (info.op === 'new_int') { replaceBy(op, fields[0]); continue; } break;
        case 'unbox_float': if (info.op === 'new_float') { replaceBy(op, fields[0]); continue; } break;
        case 'getfield_map_slot': case 'getarrayitem': case 'getitem_tuple': {
          const ok = (op.name === 'getfield_map_slot' && info.op === 'new_with_map') ||
            (op.name === 'getarrayitem' && info.op === 'new_list') || (op.name === 'getitem_tuple' && info.op === 'new_tuple');
          if (ok && constIndex >= 0 && constIndex < fields.length) { replaceBy(op, fields[constIndex]); continue; }
          break;
        }
        case 'setfield_map_slot': case 'setarrayitem': {
          const ok = (op.name === 'setfield_map_slot' && info.op === 'new_with_map') || (op.name === 'setarrayitem' && info.op === 'new_list');
          if (ok && constIndex >= 0 && constIndex < fields.length) {
            info.args[fixedOf(info).length + constIndex] = v;
            continue;
          }
          break;
        }
        case 'setfield_map_add':
          if (info.op === 'new_with_map') { info.args[1] = x; info.args.push(v); continue; }
          break;
        case 'arraylen': if (info.op === 'new_list') { replaceBy(op, constInt(fields.length)); continue; } break;
        case 'tuplelen': if (info.op === 'new_tuple') { replaceBy(op, constInt(fields.length)); continue; } break;
        case 'guard_nonnull': continue;
        case 'guard_int': if (info.op === 'new_int') continue; break;
        case 'guard_class': {
          const cls = info.op === 'new_with_map' ? (info.args[0] as Const).value : allocClass(info.op);
          if (x.kind === 'const' && x.value === cls) continue;
          break;
        }
        case 'guard_map':
          if (info.op === 'new_with_map' && x.kind === 'const' && info.args[1].kind === 'const' && x.value === info.args[1].value) continue;
          break;
        case 'ptr_eq': case 'ptr_ne':
          // a virtual is referenced by nobody else, so it is only itself (boxes: small ints are shared)
          if (info.op !== 'new_int' && info.op !== 'new_float') { replaceBy(op, constBool((p === x) === (op.name === 'ptr_eq'))); continue; }
          break;
      }
    } else if ((op.name === 'ptr_eq' || op.name === 'ptr_ne') && virtuals.has(x)) {
      const xi = virtuals.get(x)!;
      if (xi.op !== 'new_int' && xi.op !== 'new_float') { replaceBy(op, constBool(op.name === 'ptr_ne')); continue; }
    }
    // stores into a virtual keep the stored value virtual; anything else lets arguments escape
    if (op.name === 'jump' && ops[pos + 1]?.name === 'label') {
      unboxed = enterLoop(op, ops[pos + 1]);
      pos++;
      continue;
    }
    if (op.name === 'jump' && unboxed.size > 0) { backEdge(op); rw.emit(op); continue; }
    op.args = op.args.map((a, i) => (op.name === 'call_residual' && i === 0 ? a : force(a)));
    // after forcing: a raising call's resume data must name the object the callee saw
    if (op.resume !== null) op.resume = mapResume(op.resume, resumeSlot(new Map()));
    rw.emit(op);
  }
  return { trace: rw.result(), mismatch };

  /** Virtuals reachable as a field of a jump argument: unboxing those would split their identity. */
  function nestedVirtuals(roots: Value[]): Set<Value> {
    const seen = new Set<Value>();
    const walk = (v: Value): void => {
      const info = virtuals.get(v);
      if (info === undefined) return;
      for (const f of info.args) if (virtuals.has(f) && !seen.has(f)) { seen.add(f); walk(f); }
    };
    roots.forEach(walk);
    return seen;
  }

  /** The preamble's jump: decide which label parameters become virtual, and split them into fields. */
  function enterLoop(jump: Op, label: Op): Map<number, Virtual> {
    const counts = new Map<Value, number>();
    for (const a of jump.args) counts.set(a, (counts.get(a) ?? 0) + 1);
    const nested = nestedVirtuals(jump.args);
    const chosen = new Map<number, Virtual>();
    jump.args.forEach((a, i) => {
      const info = virtuals.get(a);
      if (info !== undefined && !exclude.has(i) && counts.get(a) === 1 && !nested.has(a)) chosen.set(i, info);
    });
    // the unboxed ones pass their fields (made real); the others are allocated
    const args: Value[] = [];
    const params: InputArg[] = [];
    jump.args.forEach((a, i) => {
      const info = chosen.get(i);
      if (info !== undefined && virtuals.get(a) === info) {
        for (const f of fieldsOf(info)) {
          args.push(force(f));
          params.push(new InputArg(f.type as ValueType));
        }
      } else {
        chosen.delete(i);
        args.push(force(a));
        params.push(label.args[i] as InputArg);
      }
    });
    jump.args = args;
    rw.emit(jump);
    // inside the loop, an unboxed parameter is a virtual made of the new parameters
    let k = 0;
    const shapes = new Map<number, Virtual>();
    label.args.forEach((q, i) => {
      const info = chosen.get(i);
      if (info === undefined) { k++; return; }
      const n = fieldsOf(info).length;
      const shape: Virtual = { op: info.op, args: [...fixedOf(info), ...params.slice(k, k + n)] };
      k += n;
      const box = new Op(info.op, shape.args, 'ref');
      virtuals.set(box, { op: shape.op, args: [...shape.args] });
      rw.replace(q, box);
      shapes.set(i, shape);
    });
    label.args = params;
    rw.emit(label);
    return shapes;
  }

  /** The loop's back edge: unboxed positions must be virtuals of the same shape again. */
  function backEdge(jump: Op): void {
    const counts = new Map<Value, number>();
    for (const a of jump.args) counts.set(a, (counts.get(a) ?? 0) + 1);
    const nested = nestedVirtuals(jump.args);
    const args: Value[] = [];
    jump.args.forEach((a, i) => {
      const shape = unboxed.get(i);
      if (shape === undefined) { args.push(force(a)); return; }
      const info = virtuals.get(a);
      if (info === undefined || counts.get(a) !== 1 || nested.has(a) || !sameShape(info, shape)) {
        mismatch.add(i);
        args.push(force(a));
        return;
      }
      for (const f of fieldsOf(info)) args.push(force(f));
    });
    jump.args = args;
  }
}

