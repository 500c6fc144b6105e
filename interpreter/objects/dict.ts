// dict: an insertion-ordered HashTable of key/value objects.

import { PyObject, PyType, makeBuiltinType } from './object.js';
import { HashTable } from './hashtable.js';
import { internStr } from './str.js';

export const dictType = makeBuiltinType('dict');

export class PyDict extends PyObject {
  table = new HashTable();
  constructor(cls: PyType) { super(cls); }
  get size(): number { return this.table.size; }
  /** Changes on every write to the dict (the JIT's guard_version on globals). */
  get version(): number { return this.table.writes; }
  getItem(key: PyObject): PyObject | undefined { return this.table.get(key); }
  setItem(key: PyObject, value: PyObject): void { this.table.set(key, value); }
  getStr(name: string): PyObject | undefined { return this.table.getStr(name); }
  setStr(name: string, value: PyObject): void { this.table.set(internStr(name), value); }
  delStr(name: string): boolean { return this.table.delete(internStr(name)) !== undefined; }
}
dictType.allocate = (cls) => new PyDict(cls);

export function newDict(): PyDict { return new PyDict(dictType); }
