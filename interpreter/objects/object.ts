// The root of the object model: PyObject (every Python value), PyType (every Python class),
// and AttrMap, the hidden-class layout that instance attributes live in (DESIGN.md: maps).
// Instances keep attributes as (map, slots); `__dict__` access switches an instance to a real dict.

import type { PyDict } from './dict.js';

/**
 * A layout of instance attributes: attribute name -> slot index. Maps form a transition tree
 * from the empty root, so instances that gain the same attributes in the same order share a map,
 * and the JIT can guard on the map and read slots by index.
 */
export class AttrMap {
  readonly index = new Map<string, number>();
  private readonly transitions = new Map<string, AttrMap>();
  constructor(readonly parent: AttrMap | null, readonly names: readonly string[]) {
    names.forEach((n, i) => this.index.set(n, i));
  }
  static readonly ROOT = new AttrMap(null, []);
  get size(): number { return this.names.length; }
  withAttr(name: string): AttrMap {
    let next = this.transitions.get(name);
    if (next === undefined) {
      next = new AttrMap(this, [...this.names, name]);
      this.transitions.set(name, next);
    }
    return next;
  }
}

export class PyObject {
  /** Attribute layout; null when the instance has no attributes or is in dict mode. */
  map: AttrMap | null = null;
  slots: PyObject[] | null = null;
  /** Set once `__dict__` has been taken: from then on attributes live in this dict. */
  dict: PyDict | null = null;
  constructor(public cls: PyType) {}
}

export type BuiltinFn = (args: PyObject[], kwnames: readonly string[] | null) => PyObject;

export const TF_BASETYPE = 1; // can be subclassed
export const TF_HEAPTYPE = 2; // created by a class statement or type()
export const TF_HAS_DICT = 4; // instances accept arbitrary attributes
export const TF_ABSTRACT_INSTANTIATION = 8; // (reserved)

/** A Python type. Its namespace is a JS Map so that lookups by name are cheap. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module = 'builtins';
  bases: PyType[];
  mro: PyType[] = [];
  ns = new Map<string, PyObject>();
  flags: number;
  /** Set for classes made by type.__new__; builtin types derive it (see solidBase). */
  explicitSolidBase: PyType | null = null;
  /** Creates a bare instance of this (or a sub-) type; inherited from the solid base. */
  allocate: ((cls: PyType) => PyObject) | null = null;
  /** Bumped whenever this type's namespace or that of a base changes (lookup caches, JIT guards). */
  version = 0;
  private cache = new Map<string, PyObject | null>();
  subclasses: WeakRef<PyType>[] = [];
  /** `__slots__` names when the class defines them (instances then have no __dict__). */
  slotNames: string[] | null = null;

  constructor(metatype: PyType | null, name: string, bases: PyType[], flags = TF_BASETYPE) {
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.flags = flags;
    if (bases.length) this.allocate = bases[0].allocate;
    this.mro = [this, ...(bases.length ? bases[0].mro : [])];
    for (const b of bases) b.subclasses.push(new WeakRef(this));
  }

  /**
   * The builtin type whose JS class holds instances (object, int, list, dict, BaseException, ...):
   * the nearest type along the first-base chain that brought its own allocator.
   */
  get solidBase(): PyType {
    if (this.explicitSolidBase !== null) return this.explicitSolidBase;
    let t: PyType = this;
    while (t.bases.length && t.bases[0].allocate === t.allocate) t = t.bases[0];
    return t;
  }

  /** Finds `name` along the MRO (no descriptor binding), cached until a namespace changes. */
  lookup(name: string): PyObject | null {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit;
    let found: PyObject | null = null;
    for (const t of this.mro) {
      const v = t.ns.get(name);
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found);
    return found;
  }

  setAttr(name: string, value: PyObject | null): void {
    if (value === null) this.ns.delete(name); else this.ns.set(name, value);
    this.invalidate();
  }

  invalidate(): void {
    this.version++;
    this.cache.clear();
    for (const ref of this.subclasses) ref.deref()?.invalidate();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** `object` and `type`, the two types that everything else is bootstrapped from. */
export const objectType = new PyType(null, 'object', []);
export const typeType = new PyType(null, 'type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.allocate = (cls) => new PyObject(cls);
typeType.allocate = null; // type.__new__ builds types

/** Creates a builtin type (class `type`), inheriting allocation from its base. */
export function makeBuiltinType(name: string, base: PyType = objectType, flags = TF_BASETYPE): PyType {
  return new PyType(typeType, name, [base], flags);
}
