// Recording of iteration and subscripts: FOR_ITER over range and list iterators is specialised
// (others call iterNext residually); list and tuple indexing by small ints become bounds guards
// plus array reads/writes; everything else is getItem/setItem, residually.

import { Op as Bc } from '../../interpreter/compiler/opcodes.js';
import { PyObject } from '../../interpreter/objects/object.js';
import { PyList, listType } from '../../interpreter/objects/list.js';
import { PyTuple, tupleType } from '../../interpreter/objects/tuple.js';
import { rangeIterType, PyRangeIter } from '../../interpreter/types/range.js';
import { listIterType, PyListIter } from '../../interpreter/types/list.js';
import { PyInt, newInt } from '../../interpreter/objects/int.js';
import { constInt, Value, NULL_REF, F_LEFT, F_NEXT, F_STEP, F_LIST, F_INDEX } from '../ir.js';
import { Box } from './frame.js';
import { TraceRecorder, StepResult, isSmallInt } from './recorder.js';
import * as H from './helpers.js';

export function stepIter(r: TraceRecorder, op: Bc, arg: number): StepResult | null {
  const f = r.f;
  const next = f.pc + 1;
  switch (op) {
    case Bc.FOR_ITER: {
      const it = f.top();
      const o = it.o!;
      const exhausted = () => r.snapAt(arg, f.stack.slice(0, -1));
      if (o.cls === rangeIterType) {
        // left, next and step of the iterator as trace values: no call, and the heap cache sees them
        const ri = o as PyRangeIter;
        r.guardClass(it.v, rangeIterType);
        const left = r.emit('getfield_int', [it.v, constInt(F_LEFT)]);
        r.guardBool(r.emit('int_gt', [left, constInt(0)]), ri.left > 0, ri.left > 0 ? exhausted() : r.snap());
        if (ri.left <= 0) { f.pop(); f.pc = arg; return 'next'; }
        const n = H.rangeNext(ri);
        r.emit('setfield_int', [it.v, constInt(F_LEFT), r.emit('int_sub', [left, constInt(1)])], 'void');
        const v = r.emit('getfield_int', [it.v, constInt(F_NEXT)]);
        const step = r.emit('getfield_int', [it.v, constInt(F_STEP)]);
        r.emit('setfield_int', [it.v, constInt(F_NEXT), r.emit('int_add', [v, step])], 'void');
        f.push({ v, o: newInt(n) }); f.pc = next; return 'next';
      }
      if (o.cls === listIterType) {
        const li = o as PyListIter;
        r.guardClass(it.v, listIterType);
        const lv = r.emit('getfield_ref', [it.v, constInt(F_LIST)]);
        const l = li.list;
        if (l === null) {
          r.guard('guard_isnull', [lv]);
          f.pop(); f.pc = arg; return 'next';
        }
        r.guard('guard_nonnull', [lv]);
        const i = r.emit('getfield_int', [it.v, constInt(F_INDEX)]);
        const more = li.index < l.items.length;
        // either way a failure re-runs FOR_ITER in the interpreter (which also drops the list when done)
        r.guardBool(r.emit('int_lt', [i, r.emit('arraylen', [lv])]), more, r.snap());
        const item = H.iterNextOrNull(li);
        if (!more) {
          r.emit('setfield_ref', [it.v, constInt(F_LIST), NULL_REF], 'void');
          f.pop(); f.pc = arg; return 'next';
        }
        const v = r.emit('getarrayitem', [lv, i]);
        r.markNonnull(v);
        r.emit('setfield_int', [it.v, constInt(F_INDEX), r.emit('int_add', [i, constInt(1)])], 'void');
        f.push({ v, o: item }); f.pc = next; return 'next';
      }
      const item = r.residual(H.iterNextOrNull, [it.v], [o], 'ref', 'may_force') as PyObject | null;
      const v = r.lastResult!;
      if (item === null) {
        // exhausted here: a failing guard means an item came: resume after FOR_ITER with it pushed
        r.guard('guard_isnull', [v], r.snapAt(next, [...f.stack, { v, o: null }]));
        f.pop(); f.pc = arg; return 'next';
      }
      r.guard('guard_nonnull', [v], exhausted());
      r.markNonnull(v);
      f.push({ v, o: item }); f.pc = next; return 'next';
    }
    case Bc.BINARY_SUBSCR: {
      const c = f.top(2), k = f.top(1);
      const res = subscr(r, c, k);
      f.stack.length -= 2; f.push(res); f.pc = next; return 'next';
    }
    case Bc.STORE_SUBSCR: {
      const k = f.top(1), c = f.top(2), v = f.top(3);
      const co = c.o!;
      const idx = co.cls === listType && isSmallInt(k.o) && k.v.type !== 'bool' ? index(r, c, k, (co as PyList).items.length, false) : null;
      if (idx !== null) {
        H.setItem(co, k.o!, v.o!);
        r.emit('setarrayitem', [c.v, idx, r.ref(v)], 'void');
      } else {
        r.residual(H.setItem, [r.ref(c), r.ref(k), r.ref(v)], [co, k.o, v.o], 'void');
      }
      f.stack.length -= 3; f.pc = next; return 'next';
    }
  }
  return null;
}


/** A guarded, normalised index into a list/tuple of concrete length `len`, or null (out of range). */
function index(r: TraceRecorder, c: Box, k: Box, len: number, tuple: boolean): Value | null {
  const i = (k.o as PyInt).value as number;
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) return null;
  r.guardClass(c.v, c.o!.cls);
  const iv = r.int(k);
  const n = r.emit(tuple ? 'tuplelen' : 'arraylen', [c.v]);
  let jv = iv;
  if (i < 0) {
    r.guardBool(r.emit('int_lt', [iv, constInt(0)]), true);
    jv = r.emit('int_add', [iv, n]);
    r.guardBool(r.emit('int_ge', [jv, constInt(0)]), true);
  } else {
    r.guardBool(r.emit('int_ge', [iv, constInt(0)]), true);
  }
  r.guardBool(r.emit('int_lt', [jv, n]), true);
  return jv;
}

function subscr(r: TraceRecorder, c: Box, k: Box): Box {
  const co = c.o!;
  if ((co.cls === listType || co.cls === tupleType) && isSmallInt(k.o) && k.v.type !== 'bool') {
    const tuple = co.cls === tupleType;
    const items = (co as PyList | PyTuple).items;
    const j = index(r, c, k, items.length, tuple);
    if (j !== null) {
      const o = H.getItem(co, k.o);
      const v = r.emit(tuple ? 'getitem_tuple' : 'getarrayitem', [c.v, j]);
      r.markNonnull(v);
      return { v, o };
    }
  }
  return r.residualBox(H.getItem, [c, k]);
}
