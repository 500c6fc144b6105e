// Going from one compiled trace straight into another: when a trace finishes at a loop header
// whose loop is compiled (an inner loop's header, or an outer loop's after a bridge), the exit's
// values are converted to the target loop's inputs directly (unboxed stays unboxed) instead of
// writing the frame back and reading it again. A plan per (exit, target) says, input by input,
// where the value is in `out` and how to convert it; a value of the wrong class makes it fail.

import { Value, ValueType, ResumeSlot } from './ir.js';
import { ExitDescr } from './backend/js.js';
import { box } from './resume.js';
import { PyObject, intType, floatType } from './objmodel.js';

/** Where a loop takes its inputs from: fast locals, stack, cells (as the driver's Layout). */
interface TargetLayout { nfast: number; nstack: number; ncells: number; types: readonly ValueType[] }

// a plan step: (kind, operand); operand is an out index or a constant value
const COPY = 0, CONST = 1, BOX = 2, UNBOX_INT = 3, UNBOX_FLOAT = 4;

export class TransferPlan {
  constructor(
    readonly layout: TargetLayout,
    private readonly kinds: Uint8Array,
    private readonly operands: unknown[],
    private readonly boxTypes: (ValueType | null)[],
  ) {}

  /** The target's inputs from the exit's `out`, written to `res`; null when a value does not have the class the target is specialised on. */
  inputs(out: readonly unknown[], res: unknown[]): unknown[] | null {
    const n = this.kinds.length;
    const kinds = this.kinds, ops = this.operands;
    for (let k = 0; k < n; k++) {
      const a = ops[k];
      switch (kinds[k]) {
        case COPY: res[k] = out[a as number]; break;
        case CONST: res[k] = a; break;
        case BOX: res[k] = box(this.boxTypes[k]!, out[a as number]); break;
        case UNBOX_INT: {
          const o = out[a as number] as PyObject | null;
          if (o === null || o.cls !== intType) return null;
          const v = (o as unknown as { value: unknown }).value;
          if (typeof v !== 'number') return null;
          res[k] = v;
          break;
        }
        default: {
          const o = out[a as number] as PyObject | null;
          if (o === null || o.cls !== floatType) return null;
          res[k] = (o as unknown as { value: number }).value;
        }
      }
    }
    return res;
  }
}

/**
 * The plan taking `exit` (a finish whose single resume frame stands at the target's header) into a
 * loop laid out as `layout`, or null when the exit's state cannot be converted statically
 * (virtual objects other than int/float boxes, a different frame shape, a type that never fits).
 */
export function makeTransferPlan(exit: ExitDescr, layout: TargetLayout): TransferPlan | null {
  const frames = exit.resume?.frames;
  if (frames === undefined || frames.length !== 1) return null;
  const rf = frames[0];
  if (rf.locals.length !== layout.nfast || rf.stack.length !== layout.nstack || rf.env.length !== layout.ncells) return null;
  const slots: ResumeSlot[] = [...rf.locals, ...rf.stack, ...rf.env];
  const index = new Map<Value, number>();
  exit.failArgs.forEach((v, i) => index.set(v, i));
  const n = slots.length;
  const kinds = new Uint8Array(n);
  const operands = new Array<unknown>(n);
  const boxTypes = new Array<ValueType | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const want = layout.types[k];
    let s = slots[k];
    if (s === null) {
      if (want !== 'ref') return null;
      kinds[k] = CONST; operands[k] = null;
      continue;
    }
    if (s.kind === 'virtual') {
      // a box the optimiser never allocated: its number is the value
      if ((s.op !== 'new_int' && s.op !== 'new_float') || s.args.length !== 1) return null;
      const a = s.args[0];
      if (a === null || a.kind === 'virtual') return null;
      s = a;
    }
    const t = s.type as ValueType;
    if (s.kind === 'const') {
      const c = constInput(want, t, s.value);
      if (c === undefined) return null;
      kinds[k] = CONST; operands[k] = c;
      continue;
    }
    const i = index.get(s);
    if (i === undefined) return null;
    operands[k] = i;
    if (want === t) kinds[k] = COPY;
    else if (want === 'ref') { kinds[k] = BOX; boxTypes[k] = t; }
    else if (t === 'ref') kinds[k] = want === 'int' ? UNBOX_INT : want === 'float' ? UNBOX_FLOAT : 255;
    else return null;
    if (kinds[k] === 255) return null;
  }
  return new TransferPlan(layout, kinds, operands, boxTypes);
}

/** A constant slot as the target wants it (undefined: it can never fit). */
function constInput(want: ValueType, t: ValueType, v: unknown): unknown {
  if (want === 'ref') return box(t, v);
  if (want === t) return v;
  if (t !== 'ref' || v === null) return undefined;
  const o = v as PyObject;
  const raw = (o as unknown as { value: unknown }).value;
  if (want === 'int' && o.cls === intType && typeof raw === 'number') return raw;
  if (want === 'float' && o.cls === floatType) return raw;
  return undefined;
}
