// The heap cache (PyPy's OptHeap): a field, list item, list length or cell read twice with no
// write in between that could touch it is read once; a write followed by a read forwards the
// written value; a write of the value already there is dropped. Raising calls forget everything;
// at the loop label, what the loop body writes is forgotten (so preamble reads hoist out of the loop).

import { Const, Op, Trace, Value, constInt } from '../ir.js';
import { Rewriter, bodyEffects } from './rewriter.js';
import { ValueKeys } from './cse.js';

type Cache = Map<Value, Map<string, Value>>;

export function heapCache(trace: Trace): Trace {
  const rw = new Rewriter(trace);
  const keys = new ValueKeys();
  const fx = bodyEffects(trace);
  // per object: 'f<slot>' map slots, 'a<index key>' list items, 'len' list length, 'cell' cell contents
  const cache: Cache = new Map();
  const order = new Map<Value, number>(); // definition position, for aliasing of fresh objects
  const fresh = new Set<Value>();
  trace.inputargs.forEach((v) => order.set(v, -1));

  const mayAlias = (p: Value, q: Value): boolean => {
    if (p === q) return true;
    if (p.kind === 'const' && q.kind === 'const') return p.value === q.value;
    // an object allocated in the trace differs from everything that existed before it
    const op = order.get(p) ?? -1, oq = order.get(q) ?? -1;
    if (fresh.has(p) && oq < op) return false;
    if (fresh.has(q) && op < oq) return false;
    return !(fresh.has(p) && fresh.has(q));
  };
  const lookup = (obj: Value, field: string): Value | undefined => cache.get(obj)?.get(field);
  const record = (obj: Value, field: string, v: Value): void => {
    let m = cache.get(obj);
    if (m === undefined) { m = new Map(); cache.set(obj, m); }
    m.set(field, v);
  };
  /** A write to obj.field: forget that field on everything obj may be. */
  const clobber = (obj: Value, match: (field: string) => boolean): void => {
    for (const [o, m] of cache) {
      if (!mayAlias(o, obj)) continue;
      for (const f of [...m.keys()]) if (match(f)) m.delete(f);
    }
  };

  trace.ops.forEach((op: Op, pos) => {
    rw.prepare(op);
    order.set(op, pos);
    const [p, x, v] = op.args;
    let field: string | null = null;
    switch (op.name) {
      case 'getfield_map_slot': field = x.kind === 'const' ? 'f' + x.value : null; break;
      case 'getarrayitem': field = 'a' + keys.key(x); break;
      case 'arraylen': field = 'len'; break;
      case 'getcell': field = 'cell'; break;
      case 'getfield_int': case 'getfield_ref': field = 'x' + String((x as Const).value); break;
    }
    if (field !== null) {
      const hit = lookup(p, field);
      if (hit !== undefined) { rw.replace(op, hit); return; }
      rw.emit(op);
      record(p, field, op);
      return;
    }
    switch (op.name) {
      case 'setfield_map_slot': {
        if (x.kind !== 'const') { clobber(p, (f) => f[0] === 'f'); break; }
        const f = 'f' + x.value;
        if (lookup(p, f) === v) return; // already there
        clobber(p, (g) => g === f);
        rw.emit(op);
        record(p, f, v);
        return;
      }
      case 'setarrayitem': {
        const f = 'a' + keys.key(x);
        if (lookup(p, f) === v) return;
        // a different constant index is another item; any other index may be this one
        clobber(p, (g) => g[0] === 'a' && !(x.kind === 'const' && g.startsWith('ai') && g !== f));
        rw.emit(op);
        record(p, f, v);
        return;
      }
      case 'setfield_int': case 'setfield_ref': {
        const f = 'x' + String((x as Const).value);
        if (lookup(p, f) === v) return;
        clobber(p, (g) => g === f);
        rw.emit(op);
        record(p, f, v);
        return;
      }
      case 'setfield_map_add':
        clobber(p, (g) => g[0] === 'f');
        break;
      case 'setcell': {
        if (lookup(p, 'cell') === x) return;
        clobber(p, (g) => g === 'cell');
        rw.emit(op);
        record(p, 'cell', x);
        return;
      }
      case 'new_with_map':
        rw.emit(op);
        fresh.add(op);
        op.args.slice(2).forEach((s, i) => record(op, 'f' + i, s));
        return;
      case 'new_list':
        rw.emit(op);
        fresh.add(op);
        record(op, 'len', constInt(op.args.length));
        op.args.forEach((s, i) => record(op, 'a' + keys.key(constInt(i)), s));
        return;
      case 'new_int': case 'new_float': case 'new_tuple':
        fresh.add(op);
        break;
      case 'call_residual':
        if (op.effect !== 'pure') cache.clear();
        break;
      case 'label':
        fresh.clear(); // the loop may pass preamble allocations back in through its parameters
        if (fx.calls) cache.clear();
        else {
          for (const m of cache.values()) {
            for (const f of [...m.keys()]) {
              if ((f[0] === 'f' && (fx.writtenSlots.has(Number(f.slice(1))) || fx.writtenSlots.has(-1))) ||
                (f[0] === 'a' && fx.writtenOps.has('setarrayitem')) || (f === 'cell' && fx.writtenOps.has('setcell')) ||
                (f[0] === 'x' && (fx.writtenOps.has('setfield_int') || fx.writtenOps.has('setfield_ref')))) m.delete(f);
            }
          }
        }
        op.args.forEach((a) => order.set(a, pos));
        break;
    }
    rw.emit(op);
  });
  return rw.result();
}
