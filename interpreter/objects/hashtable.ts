// The insertion-ordered hash table behind dict and set. Keys whose equality is plain JS equality
// (exact str, int, bool, float, and objects with identity hashing) are indexed in a JS Map by a
// primitive; other keys (tuples, objects with __hash__/__eq__) by their Python hash, then __eq__.

import { PyObject } from './object.js';
import { PyStr, strType } from './str.js';
import { PyInt, intType, boolType } from './int.js';
import { PyFloat, floatType } from './float.js';
import { hasIdentityHash, pyHash, pyEqBool } from '../vm/ops/protocols.js';

/** The JS value that stands for `key` in the primitive index, or undefined for hashed keys. */
export function primitiveKey(key: PyObject): unknown {
  const cls = key.cls;
  if (cls === strType) return (key as PyStr).value;
  if (cls === intType || cls === boolType) return (key as PyInt).value;
  if (cls === floatType) return floatKey(key as PyFloat);
  if (key instanceof PyStr || key instanceof PyInt || key instanceof PyFloat) {
    // A subclass of str/int/float that keeps its base's __hash__ and __eq__ is the same key.
    const base = key.cls.solidBase;
    if (cls.lookup('__hash__') !== base.lookup('__hash__') || cls.lookup('__eq__') !== base.lookup('__eq__')) return undefined;
    return key instanceof PyFloat ? floatKey(key) : (key as PyStr | PyInt).value;
  }
  if (hasIdentityHash(key)) return key;
  return undefined;
}

function floatKey(key: PyFloat): unknown {
  const v = key.value;
  if (v !== v) return key; // NaN: only itself
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
  return v;
}

export class HashTable {
  keys: (PyObject | undefined)[] = [];
  values: (PyObject | undefined)[] = [];
  size = 0;
  private prim = new Map<unknown, number>();
  private hashed: Map<number, number[]> | null = null;
  /** Bumped on every insertion or deletion: iterators detect a change of size during iteration. */
  version = 0;
  /** Bumped on every write (assignment too): the JIT guards global lookups on it (PyDict.version). */
  writes = 0;

  private findHashed(key: PyObject, h: number): number {
    const bucket = this.hashed?.get(h);
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k === key || pyEqBool(k, key)) return i;
    }
    return -1;
  }

  indexOf(key: PyObject): number {
    const p = primitiveKey(key);
    if (p !== undefined) {
      const i = this.prim.get(p);
      if (i !== undefined) return i;
      if (this.hashed === null) return -1;
      // A str/int key may equal a hashed key (e.g. a str subclass with the same hash and __eq__).
      return this.findHashed(key, pyHash(key));
    }
    return this.findHashed(key, pyHash(key));
  }

  get(key: PyObject): PyObject | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** Fast path for str keys (globals, keyword arguments, attribute dicts). */
  getStr(s: string): PyObject | undefined {
    const i = this.prim.get(s);
    return i === undefined ? undefined : this.values[i];
  }

  set(key: PyObject, value: PyObject): void {
    this.writes++;
    const p = primitiveKey(key);
    if (p !== undefined) {
      const i = this.prim.get(p);
      if (i !== undefined) { this.values[i] = value; return; }
      if (this.hashed !== null) {
        const j = this.findHashed(key, pyHash(key));
        if (j >= 0) { this.values[j] = value; return; }
      }
      this.prim.set(p, this.keys.length);
    } else {
      const h = pyHash(key);
      const j = this.findHashed(key, h);
      if (j >= 0) { this.values[j] = value; return; }
      this.hashed ??= new Map();
      let bucket = this.hashed.get(h);
      if (bucket === undefined) this.hashed.set(h, bucket = []);
      bucket.push(this.keys.length);
    }
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  /** Removes `key`; returns its value, or undefined when absent. */
  delete(key: PyObject): PyObject | undefined {
    const i = this.indexOf(key);
    if (i < 0) return undefined;
    return this.deleteAt(i);
  }

  deleteAt(i: number): PyObject {
    const key = this.keys[i]!;
    const value = this.values[i]!;
    const p = primitiveKey(key);
    if (p !== undefined && this.prim.get(p) === i) this.prim.delete(p);
    else {
      const h = pyHash(key);
      const bucket = this.hashed!.get(h)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.hashed!.delete(h);
    }
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    this.version++;
    this.writes++;
    if (this.keys.length > 16 && this.size < this.keys.length / 2) this.compact();
    return value;
  }

  clear(): void {
    this.keys = []; this.values = []; this.size = 0;
    this.prim.clear(); this.hashed = null; this.version++; this.writes++;
  }

  private compact(): void {
    const oldK = this.keys, oldV = this.values;
    this.keys = []; this.values = [];
    this.prim.clear(); this.hashed = null; this.size = 0;
    for (let i = 0; i < oldK.length; i++) {
      const k = oldK[i];
      if (k !== undefined) this.set(k, oldV[i]!);
    }
  }

  /** The last live entry's index, or -1 (popitem). */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== undefined) return i;
    return -1;
  }

  *entries(): Generator<[PyObject, PyObject]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) yield [k, this.values[i]!];
    }
  }
}
