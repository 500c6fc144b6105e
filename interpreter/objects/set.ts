// set and frozenset. The storage is CPython's own open-addressing table (Objects/setobject.c:
// linear probes then perturbation, dummies on delete, the same resize rule), so that iteration
// order, and thus repr and pop(), match CPython's: print({3, 1, 2}) shows {1, 2, 3}.

import { PyObject, PyType, makeBuiltinType, objectType } from './object.js';
import { PyInt, intType, boolType } from './int.js';
import { PyStr, strType } from './str.js';
import { None } from './singletons.js';
import { E, pyError } from './exceptions.js';
import { intHash } from '../lib/int.js';
import { callBound, pyEqBool, typeName } from '../vm/ops/protocols.js';

export const setType = makeBuiltinType('set');
export const frozensetType = makeBuiltinType('frozenset');

/** A Python hash value: a JS number when it is a safe integer, else a bigint (within int64). */
export type Hash = number | bigint;

const INT64_MIN = -(1n << 63n), INT64_MAX = (1n << 63n) - 1n;

/**
 * Exact hash functions for builtin types whose __hash__ is known (tuple, str, frozenset...),
 * registered by their installers so hashExact skips the method call and the boxed result.
 * Keyed by exact type: a subclass may override __hash__.
 */
const fastHashers = new Map<PyType, (o: PyObject) => Hash>();
export function registerExactHash(t: PyType, f: (o: PyObject) => Hash): void { fastHashers.set(t, f); }

/**
 * hash(o) with all 64 bits kept (the VM's pyHash rounds hashes beyond 2**53 to a double, which
 * would change set order and tuple hashes). -1 becomes -2 as CPython's slot wrapper does.
 */
export function hashExact(o: PyObject): Hash {
  const cls = o.cls;
  if (cls === intType || cls === boolType) {
    const v = (o as PyInt).value;
    if (typeof v === 'number') return v === -1 ? -2 : v;
    return intHash(v);
  }
  const fast = fastHashers.get(cls);
  if (fast !== undefined) return fast(o);
  const m = cls.lookup('__hash__');
  if (m === null || m === None) throw pyError(E.TypeError, `unhashable type: '${typeName(o)}'`);
  const r = callBound(m, o, []);
  if (!(r instanceof PyInt)) throw pyError(E.TypeError, '__hash__ method should return an integer');
  const v = r.value;
  if (typeof v === 'number') return v === -1 ? -2 : v;
  return v < INT64_MIN || v > INT64_MAX ? intHash(v) : v;
}

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const TWO32 = 4294967296;
/** Marks a deleted slot (its hash is -1, which no live key can have). */
const DUMMY = new PyObject(objectType);

/** Equality of a stored key and a probe key, with the shortcuts CPython's set_lookkey takes. */
function keysEqual(k: PyObject, key: PyObject): boolean {
  if (k === key) return true;
  const c = k.cls;
  if (c === key.cls) {
    if (c === strType) return (k as PyStr).value === (key as PyStr).value;
    if (c === intType) return (k as PyInt).value === (key as PyInt).value;
  }
  return pyEqBool(k, key);
}

/** The low and high 32 bits of a hash read as an unsigned 64-bit value (C's `size_t perturb = hash`). */
function lowWord(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function highWord(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / TWO32) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

export class PySet extends PyObject {
  /** Slots: undefined = never used, DUMMY = deleted, else a live key. */
  keys: (PyObject | undefined)[] = new Array(MINSIZE).fill(undefined);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Live keys + dummies. */
  fill = 0;
  /** Live keys. */
  used = 0;
  /** Where pop() resumes its scan. */
  finger = 0;
  /** frozenset's cached hash. */
  hashCache: Hash | null = null;
  constructor(cls: PyType) { super(cls); }

  get size(): number { return this.used; }

  /** The slot holding `key`, or -1. */
  indexOf(key: PyObject, hash: Hash): number {
    const keys = this.keys, hashes = this.hashes;
    let mask = this.mask;
    let pLo = lowWord(hash), pHi = highWord(hash);
    let i = pLo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === undefined) return -1;
        if (hashes[j] === hash) {
          if (k === key) return j;
          if (keysEqual(k, key)) {
            if (this.keys !== keys || keys[j] !== k) return this.indexOf(key, hash); // mutated by __eq__
            return j;
          }
          if (this.keys !== keys || keys[j] !== k) return this.indexOf(key, hash);
          mask = this.mask;
        }
        j++;
      } while (probes--);
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi = pHi >>> 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  has(key: PyObject): boolean { return this.indexOf(key, hashExact(key)) >= 0; }

  add(key: PyObject): void { this.addEntry(key, hashExact(key)); }

  /** set_add_entry: reuses the first dummy on the probe path, resizes at 3/5 full. */
  addEntry(key: PyObject, hash: Hash): void {
    restart: for (;;) {
      const keys = this.keys, hashes = this.hashes;
      let mask = this.mask;
      let pLo = lowWord(hash), pHi = highWord(hash);
      let i = pLo & mask;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === undefined) {
            this.hashCache = null;
            if (freeslot >= 0) {
              this.used++;
              keys[freeslot] = key; hashes[freeslot] = hash;
              return;
            }
            this.fill++; this.used++;
            keys[j] = key; hashes[j] = hash;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (hashes[j] === hash) {
            if (k === key) return;
            const eq = keysEqual(k, key);
            if (eq) return;
            if (this.keys !== keys || keys[j] !== k) continue restart;
            mask = this.mask;
          } else if (k === DUMMY && freeslot < 0) {
            freeslot = j;
          }
          j++;
        } while (probes--);
        pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
        pHi = pHi >>> 5;
        i = (i * 5 + 1 + pLo) & mask;
      }
    }
  }

  /** Removes `key`; true when it was present. */
  discard(key: PyObject): boolean { return this.discardEntry(key, hashExact(key)); }

  discardEntry(key: PyObject, hash: Hash): boolean {
    const j = this.indexOf(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.hashCache = null;
    return true;
  }

  /** set_table_resize: the smallest power of two > minused, live keys re-inserted in slot order. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const keys: (PyObject | undefined)[] = new Array(newsize).fill(undefined);
    const hashes: Hash[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[s]);
    }
    this.keys = keys; this.hashes = hashes; this.mask = mask;
    this.fill = this.used;
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0; this.used = 0; this.hashCache = null;
  }

  /** set.pop(): the next live slot from the finger, or undefined when empty. */
  pop(): PyObject | undefined {
    if (this.used === 0) return undefined;
    const keys = this.keys, mask = this.mask;
    let i = this.finger & mask;
    while (keys[i] === undefined || keys[i] === DUMMY) i = i === mask ? 0 : i + 1;
    const k = keys[i]!;
    keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    this.hashCache = null;
    return k;
  }

  /** The next live slot at or after `pos`, or -1: set iteration (`keys[slot]` is the key). */
  nextSlot(pos: number): number {
    const keys = this.keys, n = keys.length;
    for (let i = pos; i < n; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) return i;
    }
    return -1;
  }

  /** The keys in iteration (table) order. */
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  *items(): Generator<PyObject> {
    for (let i = this.nextSlot(0); i >= 0; i = this.nextSlot(i + 1)) yield this.keys[i]!;
  }

  /**
   * Copies all of `other` into this set (set_merge), taking CPython's shortcuts that decide the
   * resulting slot layout: a wholesale copy when the tables match, clean inserts into an empty one.
   */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const oKeys = other.keys, oHashes = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = oKeys[i];
        if (k !== undefined) { this.keys[i] = k; this.hashes[i] = oHashes[i]; }
      }
      this.fill = other.fill; this.used = other.used; this.hashCache = null;
      return;
    }
    if (this.fill === 0) {
      for (let i = 0; i <= other.mask; i++) {
        const k = oKeys[i];
        if (k !== undefined && k !== DUMMY) insertClean(this.keys, this.hashes, this.mask, k, oHashes[i]);
      }
      this.fill = other.used; this.used = other.used; this.hashCache = null;
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = oKeys[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, oHashes[i]);
    }
  }

  /** Exchanges contents with `other` (set_swap_bodies: in-place operators build a result, then swap). */
  swapBodies(other: PySet): void {
    const k = this.keys, h = this.hashes, m = this.mask, f = this.fill, u = this.used;
    this.keys = other.keys; this.hashes = other.hashes; this.mask = other.mask;
    this.fill = other.fill; this.used = other.used;
    other.keys = k; other.hashes = h; other.mask = m; other.fill = f; other.used = u;
    this.hashCache = null; other.hashCache = null;
  }

  /** Compatibility view for code written against the former HashTable storage. */
  get table(): { readonly size: number; entries(): Generator<[PyObject, PyObject]> } {
    const self = this;
    return {
      get size() { return self.used; },
      *entries() { for (const k of self.items()) yield [k, k] as [PyObject, PyObject]; },
    };
  }
}
setType.allocate = (cls) => new PySet(cls);
frozensetType.allocate = (cls) => new PySet(cls);

/** set_insert_clean: places a key known to be absent into a table without dummies. */
function insertClean(keys: (PyObject | undefined)[], hashes: Hash[], mask: number, key: PyObject, hash: Hash): void {
  let pLo = lowWord(hash), pHi = highWord(hash);
  let i = pLo & mask;
  for (;;) {
    if (keys[i] === undefined) { keys[i] = key; hashes[i] = hash; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === undefined) { keys[j] = key; hashes[j] = hash; return; }
      }
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi = pHi >>> 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

export function newSet(): PySet { return new PySet(setType); }
export function newFrozenSet(): PySet { return new PySet(frozensetType); }
export function isAnySet(o: PyObject): o is PySet { return o instanceof PySet; }
