// The sort behind list.sort and sorted(): key functions, reverse, and the choice of `<` — JS
// primitive comparisons when every key is an exact int, float or str, or a tuple whose first
// items are (CPython's unsafe_*_compare) — over lib/sequence's stable timsort.

import { PyObject } from '../objects/object.js';
import { PyInt, intType } from '../objects/int.js';
import { PyFloat, floatType } from '../objects/float.js';
import { PyStr, strType } from '../objects/str.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { call, truthy, pyEqBool } from '../vm/ops/protocols.js';
import { compareOp } from '../vm/ops/arith.js';
import { CompareOp } from '../compiler/opcodes.js';
import { stableSort } from '../lib/sequence.js';

type Less = (a: PyObject, b: PyObject) => boolean;

const genericLess: Less = (a, b) => truthy(compareOp(a, b, CompareOp.LT));
const intLess: Less = (a, b) => (a as PyInt).value < (b as PyInt).value;
const floatLess: Less = (a, b) => (a as PyFloat).value < (b as PyFloat).value;
// JS compares strings by UTF-16 code units; that equals code-point order unless surrogates meet
// BMP characters above U+D7FF, so such strings take the generic path (str's own __lt__).
const strLess: Less = (a, b) => (a as PyStr).value < (b as PyStr).value;

/** Item equality inside tuple comparison, with the int/str shortcuts. */
function itemEq(p: PyObject, q: PyObject): boolean {
  if (p === q) return true;
  const c = p.cls;
  if (c === q.cls) {
    if (c === intType) return (p as PyInt).value === (q as PyInt).value;
    if (c === strType) return (p as PyStr).value === (q as PyStr).value;
  }
  return pyEqBool(p, q);
}

/**
 * unsafe_tuple_compare: tuples compare by their first unequal item; when that is the first item
 * (the common case), with the fast `<` chosen for the first items' type.
 */
function tupleLess(first: Less): Less {
  return (a, b) => {
    const x = (a as PyTuple).items, y = (b as PyTuple).items;
    const n = x.length < y.length ? x.length : y.length;
    let i = 0;
    while (i < n && itemEq(x[i], y[i])) i++;
    if (i >= n) return x.length < y.length;
    return i === 0 ? first(x[0], y[0]) : genericLess(x[i], y[i]);
  };
}

/** The cheapest correct `<` for this key array (CPython's unsafe_*_compare pre-check). */
function chooseLess(keys: PyObject[]): Less {
  const n = keys.length;
  if (n === 0) return genericLess;
  const c = keys[0].cls;
  if (c === tupleType) {
    for (let i = 0; i < n; i++) {
      if (keys[i].cls !== tupleType || (keys[i] as PyTuple).items.length === 0) return genericLess;
    }
    return tupleLess(chooseLess(keys.map((k) => (k as PyTuple).items[0])));
  }
  if (c !== intType && c !== floatType && c !== strType) return genericLess;
  for (let i = 1; i < n; i++) if (keys[i].cls !== c) return genericLess;
  if (c === intType) return intLess; // number/bigint mixes compare correctly in JS
  if (c === floatType) return floatLess;
  for (let i = 0; i < n; i++) if ((keys[i] as PyStr).hasAstral) return genericLess;
  return strLess;
}

/**
 * Sorts `items` in place, stably (lib/sequence's timsort, which compares only with `<`). `key`
 * (a Python callable or null) is called once per item, in order; with `reverse`, equal items
 * keep their original order (CPython reverses, sorts, and reverses back). Exceptions from key
 * or `<` propagate; `items` then holds a permutation of its original contents.
 */
export function sortItems(items: PyObject[], key: PyObject | null, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  if (key === null) { stableSort(items, chooseLess(items), reverse); return; }
  const keys = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) keys[i] = call(key, [items[i]]);
  const less = chooseLess(keys);
  // Sort positions by their keys, then apply the permutation (also after an exception).
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  try {
    stableSort(order, (i, j) => less(keys[i], keys[j]), reverse);
  } finally {
    const old = items.slice();
    for (let i = 0; i < n; i++) items[i] = old[order[i]];
  }
}
