// The _weakref module: weak references whose referent really dies (a JS WeakRef to the object),
// callbacks called when it does, and the queue those callbacks wait in. Objects die when V8
// collects them, as in PyPy: gc.collect() forces it. Callbacks run Python code, so they never run
// from V8's own finalization jobs: dead referents are queued, and the queue is run at safe points
// (gc.collect(), and whenever a weakref with a callback is made: weakref.finalize, ffi.gc, ...).

import { PyObject, PyType, TF_HEAPTYPE, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyStr, newStr } from '../objects/str.js';
import { newInt, newBool } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, PyBaseException, pyError } from '../objects/exceptions.js';
import { functionType, builtinFunctionType, methodType } from '../objects/function.js';
import { generatorType } from '../objects/generator.js';
import { moduleType } from '../objects/module.js';
import { setType, frozensetType } from '../objects/set.js';
import { codeType } from '../vm/frame.js';
import { addressOf, call, pyHash, repr, richCompareEq, truthy, typeName } from '../vm/ops/protocols.js';
import { classGetItem } from '../types/generic_alias.js';
import { getAttrDefault } from '../vm/ops/attr.js';
import { toPyException } from '../vm/exceptions.js';
import { formatException } from '../vm/traceback.js';
import { writeStderr } from '../vm/stdio.js';
import { builtinFunction, defClassMethod, defGetter, defMethod, defStatic, def0, parseArgs } from '../types/define.js';
import { CleanableRegistry, clearKeptObjects, forceCollection, makeCleanableRegistry } from '../../ffi/gc.js';

export const refType = makeBuiltinType('ReferenceType');
refType.module = 'weakref';

export class PyWeakref extends PyObject {
  /** The referent; deref() is undefined once it died. null before __new__ ran. */
  target: WeakRef<PyObject> | null = null;
  /** Called with this ref when the referent dies (then dropped, as CPython does). */
  callback: PyObject | null = null;
  hash: number | null = null;
  constructor(cls: PyType) { super(cls); }

  get referent(): PyObject | undefined {
    noteKept();
    return this.target?.deref();
  }
}
refType.allocate = (cls) => new PyWeakref(cls);

// ---------------------------------------------------------------------------------------------
// Which objects can be weakly referenced: CPython's rule is a weaklist slot in the type, which
// classes made by a class statement get unless their __slots__ leave '__weakref__' out.

const WEAKREFABLE_BUILTINS = new Set<PyType>([functionType, builtinFunctionType, methodType, generatorType,
  moduleType, setType, frozensetType, codeType]);

function isWeakrefable(o: PyObject): boolean {
  if (o instanceof PyType) return true;
  const cls = o.cls;
  if (cls.lookup('__weakref__') !== null) return true;
  for (const t of cls.mro) {
    if (WEAKREFABLE_BUILTINS.has(t)) return true;
    if (t.slotNames !== null && t.slotNames.includes('__weakref__')) return true;
  }
  return false;
}

function checkWeakrefable(o: PyObject): void {
  if (isWeakrefable(o)) return;
  // CPython names builtin types by their tp_name, which includes the module ('weakref.ReferenceType').
  const t = o.cls;
  const name = (t.flags & TF_HEAPTYPE) === 0 && t.module !== 'builtins' ? `${t.module}.${t.name}` : t.name;
  throw pyError(E.TypeError, `cannot create weak reference to '${name}' object`);
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping per referent: the shared callback-less ref (ref(o) is ref(o), as in CPython) and
// every ref made to it, for getweakrefcount()/getweakrefs(). Both maps are keyed weakly.

const basicRefs = new WeakMap<PyObject, PyWeakref>();
/** The refs made to an object; dead ones are dropped when the list has doubled since the last
 *  compaction (`limit`), so that making many refs to one object stays linear. */
interface RefList { refs: WeakRef<PyWeakref>[]; limit: number }
const allRefs = new WeakMap<PyObject, RefList>();

/** Every WeakRef made or dereferenced keeps its target alive until the KeptObjects list is
 *  cleared: do it every so often so that V8's own collections can free weakly held objects. */
let keptSinceClear = 0;
const KEPT_CLEAR_INTERVAL = 1024;
function noteKept(): void {
  if (++keptSinceClear >= KEPT_CLEAR_INTERVAL) {
    keptSinceClear = 0;
    clearKeptObjects();
  }
}

function liveRefs(o: PyObject): PyWeakref[] {
  const list = allRefs.get(o);
  if (list === undefined) return [];
  const live: PyWeakref[] = [];
  for (const w of list.refs) {
    const r = w.deref();
    if (r !== undefined && r.target !== null) live.push(r);
  }
  return live;
}

// ---------------------------------------------------------------------------------------------
// Death of referents: the registry only queues; runPendingCallbacks() runs the Python code.

interface Pending {
  ref: WeakRef<PyWeakref>;
  /** Creation order: callbacks run newest first, as CPython calls those of one object. */
  seq: number;
}

const queue: Pending[] = [];
let nextSeq = 0;
let registryInstance: CleanableRegistry<Pending> | null = null;
/** Made on first use (a vm context: start-up should not pay for it). */
function registry(): CleanableRegistry<Pending> {
  return registryInstance ??= makeCleanableRegistry<Pending>((p) => {
    outstanding--;
    queue.push(p);
  });
}

/** Referents with callbacks not dead yet, and how many may accumulate before a safe point forces
 *  a collection (then twice the survivors), so dead ones do not wait for a gc.collect(). */
let outstanding = 0;
const MIN_BUDGET = 10000;
let budget = MIN_BUDGET;

/** gc.enable()/gc.disable(): whether safe points may force collections. */
export let automaticCollection = true;
export function setAutomaticCollection(on: boolean): void {
  automaticCollection = on;
}

let running = false;

function reportIgnored(e: unknown, where: PyObject): void {
  const exc = e instanceof PyBaseException ? e : toPyException(e);
  let what: string;
  try {
    what = repr(where);
  } catch {
    what = '<object repr() failed>';
  }
  writeStderr(`Exception ignored in: ${what}\n${formatException(exc)}`);
}

/** Call the callbacks of the refs whose referents died (those already found dead by V8).
 *  Returns how many ran. Not reentrant: a callback's own safe points do nothing. */
export function runPendingCallbacks(): number {
  if (running) return 0;
  registryInstance?.cleanupSome?.();
  if (queue.length === 0) return 0;
  running = true;
  let n = 0;
  try {
    while (queue.length > 0) {
      const batch = queue.splice(0, queue.length).sort((a, b) => b.seq - a.seq);
      for (const p of batch) {
        const r = p.ref.deref();
        if (r === undefined || r.callback === null) continue;
        const cb = r.callback;
        r.callback = null;
        n++;
        try {
          call(cb, [r]);
        } catch (e) {
          reportIgnored(e, cb);
        }
      }
    }
  } finally {
    running = false;
  }
  return n;
}

/** A safe point: collect when many callbacks are outstanding, and run the callbacks of the
 *  referents V8 has found dead (cleanupSome costs ~20 ns when there are none). */
function safePoint(): void {
  if (running) return;
  if (automaticCollection && outstanding > budget && forceCollection()) budget = Math.max(MIN_BUDGET, 2 * outstanding);
  runPendingCallbacks();
}

/** gc.collect(): full collections until no more callbacks run (a callback may drop the last
 *  reference to another object with one, which CPython's refcounting would finalize at once).
 *  Returns how many callbacks ran. */
export function collectGarbage(): number {
  let total = 0;
  for (let round = 0; round < 16; round++) {
    if (!forceCollection()) break;
    const n = runPendingCallbacks();
    total += n;
    if (n === 0) break;
  }
  budget = Math.max(MIN_BUDGET, 2 * outstanding);
  return total;
}

// ---------------------------------------------------------------------------------------------
// ReferenceType

function newRef(cls: PyType, ob: PyObject, callback: PyObject | null): PyWeakref {
  checkWeakrefable(ob);
  if (callback === None) callback = null;
  if (callback === null && cls === refType) {
    const shared = basicRefs.get(ob);
    if (shared !== undefined) return shared;
  }
  if (callback !== null) safePoint();
  const r = cls === refType ? new PyWeakref(cls) : cls.allocate!(cls) as PyWeakref;
  r.target = new WeakRef(ob);
  r.callback = callback;
  noteKept();
  const handle = new WeakRef(r);
  let list = allRefs.get(ob);
  if (list === undefined) allRefs.set(ob, (list = { refs: [], limit: 16 }));
  else if (list.refs.length >= list.limit) {
    list.refs = list.refs.filter((w) => w.deref() !== undefined);
    list.limit = Math.max(16, 2 * list.refs.length);
  }
  list.refs.push(handle);
  if (callback === null && cls === refType) basicRefs.set(ob, r);
  if (callback !== null) {
    registry().register(ob, { ref: handle, seq: nextSeq++ });
    outstanding++;
  }
  return r;
}

function asRef(o: PyObject): PyWeakref {
  if (!(o instanceof PyWeakref)) throw pyError(E.TypeError, `descriptor requires a 'weakref.ReferenceType' object but received '${typeName(o)}'`);
  return o;
}

/** ref(ob[, callback]): CPython takes one or two positional arguments, no keywords. */
function refArgs(fname: string, args: PyObject[], kw: readonly string[] | null, skip: number): [PyObject, PyObject | null] {
  if (kw !== null && kw.length) throw pyError(E.TypeError, `${fname}() takes no keyword arguments`);
  const n = args.length - skip;
  if (n < 1) throw pyError(E.TypeError, `${fname} expected at least 1 argument, got ${n}`);
  if (n > 2) throw pyError(E.TypeError, `${fname} expected at most 2 arguments, got ${n}`);
  return [args[skip], n === 2 ? args[skip + 1] : null];
}

function installRefType(): void {
  const t = refType;
  defStatic(t, '__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(refType)) throw pyError(E.TypeError, 'ReferenceType.__new__(X): X is not a subtype of ReferenceType');
    const [ob, cb] = refArgs('__new__', args, kw, 1);
    return newRef(cls, ob, cb);
  });
  defMethod(t, '__init__', (args, kw) => {
    refArgs('__init__', args, kw, 1);
    return None;
  });
  defMethod(t, '__call__', (args, kw) => {
    if ((kw !== null && kw.length) || args.length !== 1) throw pyError(E.TypeError, `weakref() takes no arguments (${args.length - 1} given)`);
    return asRef(args[0]).referent ?? None;
  });
  defGetter(t, '__callback__', (self) => asRef(self).callback ?? None);
  def0(t, '__hash__', (self) => {
    const r = asRef(self);
    if (r.hash === null) {
      const o = r.referent;
      if (o === undefined) throw pyError(E.TypeError, 'weak object has gone away');
      r.hash = pyHash(o);
    }
    return newInt(r.hash);
  });
  const eq = (negate: boolean) => (args: PyObject[]) => {
    const a = asRef(args[0]);
    const b = args[1];
    if (!(b instanceof PyWeakref)) return NotImplemented;
    const x = a.referent, y = b.referent;
    if (x === undefined || y === undefined) return newBool((a === b) !== negate);
    const r = richCompareEq(x, y);
    return negate ? newBool(!truthy(r)) : r;
  };
  defMethod(t, '__eq__', eq(false));
  defMethod(t, '__ne__', eq(true));
  def0(t, '__repr__', (self) => {
    const o = asRef(self).referent;
    if (o === undefined) return newStr(`<weakref at ${addressOf(self)}; dead>`);
    const name = getAttrDefault(o, '__name__', null);
    const suffix = name instanceof PyStr ? ` (${name.value})` : '';
    return newStr(`<weakref at ${addressOf(self)}; to '${typeName(o)}' at ${addressOf(o)}${suffix}>`);
  });
  defClassMethod(t, '__class_getitem__', (args) => classGetItem(args[0], args[1]));
}

export function makeWeakrefModule(): PyModule {
  installRefType();
  const m = new PyModule('_weakref');
  m.ns.setStr('ref', refType);
  m.ns.setStr('ReferenceType', refType);
  m.ns.setStr('getweakrefcount', builtinFunction('getweakrefcount', (args, kw) => {
    const [o] = parseArgs('getweakrefcount', args, kw, ['object'], 1);
    return newInt(liveRefs(o!).length);
  }));
  m.ns.setStr('getweakrefs', builtinFunction('getweakrefs', (args, kw) => {
    const [o] = parseArgs('getweakrefs', args, kw, ['object'], 1);
    return newList(liveRefs(o!).reverse());
  }));
  return m;
}
