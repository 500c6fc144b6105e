// slice objects (`a[1:2:3]`, slice(...)), and the bridge from a PySlice to lib/sequence's
// CPython slice normalisation (PySlice_Unpack + PySlice_AdjustIndices) used by all slicing.

import { PyObject, PyType } from '../objects/object.js';
import { PyInt, newIntBig } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PySlice, sliceType } from '../objects/range.js';
import { E, pyError } from '../objects/exceptions.js';
import { indexValue, repr } from '../vm/ops/protocols.js';
import { CompareOp } from '../compiler/opcodes.js';
import { adjustSlice, sliceIndices as libSliceIndices, SliceIndices } from '../lib/sequence.js';
import { defStatic, def1, defGetter, def0 } from './define.js';
import { seqRichCompare } from './list.js';

const BAD_INDEX = () => 'slice indices must be integers or None or have an __index__ method';

/** A slice bound as an int value (via __index__), or null for None. */
function bound(o: PyObject): number | bigint | null {
  if (o === None) return null;
  return o instanceof PyInt ? o.value : indexValue(o, BAD_INDEX);
}

function checkStep(step: number | bigint | null): void {
  if (step === 0 || step === 0n) throw pyError(E.ValueError, 'slice step cannot be zero');
}

/**
 * Normalises `s` against a sequence of `length` items (CPython's PySlice_Unpack +
 * PySlice_AdjustIndices, from lib/sequence): start, stop, step and the slice length.
 */
export function sliceIndices(s: PySlice, length: number): SliceIndices {
  const step = bound(s.step);
  checkStep(step); // before the lib, whose own error is not a Python exception
  return adjustSlice(bound(s.start), bound(s.stop), step, length);
}

/** The same in arbitrary precision (slice.indices, range slicing): [start, stop, step]. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const step = bound(s.step);
  checkStep(step);
  return libSliceIndices(bound(s.start), bound(s.stop), step, length);
}

export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(start, stop, step);
}

function asSlice(o: PyObject): PySlice { return o as PySlice; }

export function installSlice(): void {
  const t: PyType = sliceType;
  defStatic(t, '__new__', (args, kw) => {
    if (kw !== null && kw.length) throw pyError(E.TypeError, 'slice() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) throw pyError(E.TypeError, `slice expected at least 1 argument, got ${n}`);
    if (n > 3) throw pyError(E.TypeError, `slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return new PySlice(None, args[1], None);
    return new PySlice(args[1], args[2], n === 3 ? args[3] : None);
  });
  def0(t, '__repr__', (self) => {
    const s = asSlice(self);
    return newStr(`slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
  });
  defGetter(t, 'start', (self) => asSlice(self).start);
  defGetter(t, 'stop', (self) => asSlice(self).stop);
  defGetter(t, 'step', (self) => asSlice(self).step);
  def1(t, 'indices', (self, len) => {
    const n = BigInt(indexValue(len));
    if (n < 0n) throw pyError(E.ValueError, 'length should not be negative');
    const [a, b, c] = sliceIndicesBig(asSlice(self), n);
    return newTuple([newIntBig(a), newIntBig(b), newIntBig(c)]);
  });
  // 3.11 compares slices as (start, stop, step) tuples and does not hash them.
  const cmp = (op: CompareOp) => (self: PyObject, other: PyObject): PyObject => {
    if (!(other instanceof PySlice)) return NotImplemented;
    const a = asSlice(self);
    return seqRichCompare([a.start, a.stop, a.step], [other.start, other.stop, other.step], op);
  };
  def1(t, '__eq__', cmp(CompareOp.EQ));
  def1(t, '__ne__', cmp(CompareOp.NE));
  def1(t, '__lt__', cmp(CompareOp.LT));
  def1(t, '__le__', cmp(CompareOp.LE));
  def1(t, '__gt__', cmp(CompareOp.GT));
  def1(t, '__ge__', cmp(CompareOp.GE));
  t.ns.set('__hash__', None);
}
