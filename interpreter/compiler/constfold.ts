// The AST optimiser run before the symbol table, as CPython 3.11's ast_opt.c: folds operators on
// constants (within CPython's size limits), tuples of constants, `x in [..]` into a constant tuple
// or frozenset, `not (a is b)` into `a is not b`, and `__debug__` into True. Returns a new tree.

import type * as A from '../parser/ast.js';
import type { CodeConst } from './code.js';

/** A Constant whose value may also be a tuple or frozenset produced by folding. */
export interface FoldedConstant extends A.Pos { kind: 'Constant'; value: CodeConst }

const MAX_INT_BITS = 128n;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

export function foldModule<T extends A.Module | A.Expression>(mod: T): T {
  return transform(mod) as T;
}

// Generic rebuild: children first, then the node's own folding; unchanged subtrees are shared.
function transform(node: unknown): unknown {
  if (Array.isArray(node)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < node.length; i++) {
      const v = transform(node[i]);
      if (v !== node[i]) {
        out ??= node.slice();
        out[i] = v;
      }
    }
    return out ?? node;
  }
  if (node === null || typeof node !== 'object' || !('kind' in node)) return node;
  const rec = node as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(rec)) {
    const v = rec[key];
    if (v === null || typeof v !== 'object') continue;
    const nv = transform(v);
    if (nv !== v) {
      copy ??= { ...rec };
      copy[key] = nv;
    }
  }
  return foldNode((copy ?? rec) as unknown as { kind: string });
}

function foldNode(n: { kind: string }): unknown {
  switch (n.kind) {
    case 'Name': {
      const e = n as A.Name;
      if (e.ctx === 'Load' && e.id === '__debug__') return constant(e, { t: 'bool', v: true });
      return e;
    }
    case 'UnaryOp': return foldUnary(n as A.UnaryOp);
    case 'BinOp': return foldBinary(n as A.BinOp);
    case 'Tuple': {
      const e = n as A.Tuple;
      if (e.ctx !== 'Load') return e;
      const items = constItems(e.elts);
      return items ? constant(e, { t: 'tuple', items }) : e;
    }
    case 'Compare': {
      const e = n as A.Compare;
      const last = e.ops[e.ops.length - 1];
      if (last === 'In' || last === 'NotIn') {
        const it = foldIter(e.comparators[e.comparators.length - 1]!);
        if (it !== e.comparators[e.comparators.length - 1]) {
          return { ...e, comparators: [...e.comparators.slice(0, -1), it] };
        }
      }
      return e;
    }
    case 'For': {
      const s = n as A.For;
      const it = foldIter(s.iter);
      return it === s.iter ? s : { ...s, iter: it };
    }
    case 'comprehension': {
      const c = n as A.comprehension;
      const it = foldIter(c.iter);
      return it === c.iter ? c : { ...c, iter: it };
    }
    default: return n;
  }
}

function constant(at: A.Pos, value: CodeConst): A.Expr {
  const c: FoldedConstant = {
    kind: 'Constant', value,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
  return c as unknown as A.Expr;
}

function constItems(elts: A.Expr[]): CodeConst[] | null {
  const items: CodeConst[] = [];
  for (const e of elts) {
    if (e.kind !== 'Constant') return null;
    items.push(e.value as CodeConst);
  }
  return items;
}

/** Iterables of `for` and `in` need no mutability: lists become tuples, constant sets frozensets. */
function foldIter(e: A.Expr): A.Expr {
  if (e.kind === 'List') {
    if (e.elts.some((x) => x.kind === 'Starred')) return e;
    const items = constItems(e.elts);
    if (items) return constant(e, { t: 'tuple', items });
    const t: A.Tuple = { ...e, kind: 'Tuple' };
    return t;
  }
  if (e.kind === 'Set') {
    const items = constItems(e.elts);
    if (items) return constant(e, { t: 'frozenset', items: dedupe(items) });
  }
  return e;
}

/** Set semantics: equal values (1, 1.0, True) keep the first one. */
function dedupe(items: CodeConst[]): CodeConst[] {
  const seen = new Set<string>();
  const out: CodeConst[] = [];
  for (const v of items) {
    const k = hashKey(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function hashKey(v: CodeConst): string {
  switch (v.t) {
    case 'bool': return `n${v.v ? 1 : 0}`;
    case 'int': return `n${v.v}`;
    case 'float': return Number.isInteger(v.v) ? `n${BigInt(v.v)}` : `f${v.v}`;
    case 'complex': return v.imag === 0 ? 'n0' : `c${v.imag}`;
    case 'str': return `s${v.v}`;
    case 'bytes': return `y${Array.from(v.v).join(',')}`;
    case 'tuple': return `t(${v.items.map(hashKey).join('|')})`;
    case 'frozenset': return `z(${v.items.map(hashKey).sort().join('|')})`;
    default: return v.t;
  }
}

function truthy(v: CodeConst): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.imag !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'code': return true;
  }
}

function asInt(v: CodeConst): bigint | null {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  return null;
}

function foldUnary(e: A.UnaryOp): A.Expr {
  const x = e.operand;
  if (e.op === 'Not' && x.kind === 'Compare' && x.ops.length === 1) {
    const inverse: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
    const op = inverse[x.ops[0]!];
    if (op) return { ...x, ops: [op], lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  if (x.kind !== 'Constant') return e;
  const v = x.value as CodeConst;
  if (e.op === 'Not') return constant(e, { t: 'bool', v: !truthy(v) });
  const i = asInt(v);
  switch (e.op) {
    case 'USub':
      if (i !== null) return constant(e, { t: 'int', v: -i });
      if (v.t === 'float') return constant(e, { t: 'float', v: -v.v });
      return e; // complex: -1j has a real part of -0.0, which ConstValue cannot hold
    case 'UAdd':
      if (i !== null) return constant(e, { t: 'int', v: i });
      if (v.t === 'float') return constant(e, v);
      return e;
    case 'Invert':
      if (i !== null) return constant(e, { t: 'int', v: -i - 1n });
      return e;
  }
  return e;
}

function bits(v: bigint): bigint {
  return BigInt((v < 0n ? -v : v).toString(2).length) - (v === 0n ? 1n : 0n);
}

function pyLen(v: CodeConst): number | null {
  if (v.t === 'str') return [...v.v].length;
  if (v.t === 'bytes') return v.v.length;
  if (v.t === 'tuple') return v.items.length;
  return null;
}

function countItems(v: CodeConst): number {
  return v.t === 'tuple' || v.t === 'frozenset' ? v.items.reduce((n, x) => n + countItems(x), v.items.length) : 0;
}

function repeat(seq: CodeConst, n: bigint): CodeConst | null {
  const len = pyLen(seq);
  if (len === null) return null;
  if (len) {
    const limit = seq.t === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (n < 0n || n > BigInt(Math.floor(limit / len))) return null;
    if (seq.t === 'tuple' && n > 0n && countItems(seq) > MAX_TOTAL_ITEMS / Number(n)) return null;
  }
  const k = n < 0n ? 0 : Number(n);
  if (seq.t === 'str') return { t: 'str', v: seq.v.repeat(k) };
  if (seq.t === 'bytes') {
    const out = new Uint8Array(seq.v.length * k);
    for (let i = 0; i < k; i++) out.set(seq.v, i * seq.v.length);
    return { t: 'bytes', v: out };
  }
  if (seq.t === 'tuple') {
    const items: CodeConst[] = [];
    for (let i = 0; i < k; i++) items.push(...seq.items);
    return { t: 'tuple', items };
  }
  return null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldInts(op: A.OperatorKind, a: bigint, b: bigint): bigint | number | null {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && (bits(a) > MAX_INT_BITS || bits(b) > MAX_INT_BITS || bits(a) + bits(b) > MAX_INT_BITS)) return null;
      return a * b;
    case 'FloorDiv': return b === 0n ? null : floorDiv(a, b);
    case 'Mod': return b === 0n ? null : a - b * floorDiv(a, b);
    case 'Pow':
      if (b < 0n) return null; // a float result; left to run time
      if (a !== 0n && bits(a) * b > MAX_INT_BITS) return null;
      return a ** b;
    case 'LShift':
      if (b < 0n || b > MAX_INT_BITS || bits(a) + b > MAX_INT_BITS) return null;
      return a << b;
    case 'RShift': return b < 0n ? null : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    case 'Div': {
      // Exact only when both operands convert exactly to doubles.
      const lim = 2n ** 53n;
      if (b === 0n || a > lim || a < -lim || b > lim || b < -lim) return null;
      return Number(a) / Number(b);
    }
    default: return null;
  }
}

function foldBinary(e: A.BinOp): A.Expr {
  if (e.left.kind !== 'Constant' || e.right.kind !== 'Constant') return e;
  const l = e.left.value as CodeConst;
  const r = e.right.value as CodeConst;
  const li = asInt(l), ri = asInt(r);
  let out: CodeConst | null = null;
  if (li !== null && ri !== null) {
    if (l.t === 'bool' && r.t === 'bool' && (e.op === 'BitAnd' || e.op === 'BitOr' || e.op === 'BitXor')) {
      const v = e.op === 'BitAnd' ? l.v && r.v : e.op === 'BitOr' ? l.v || r.v : l.v !== r.v;
      out = { t: 'bool', v };
    } else {
      const v = foldInts(e.op, li, ri);
      if (typeof v === 'bigint') out = { t: 'int', v };
      else if (typeof v === 'number') out = { t: 'float', v };
    }
  } else if ((l.t === 'float' || li !== null) && (r.t === 'float' || ri !== null)) {
    const a = l.t === 'float' ? l.v : Number(li!);
    const b = r.t === 'float' ? r.v : Number(ri!);
    if (Number.isFinite(a) || l.t === 'float') {
      if ((Number.isFinite(b) || r.t === 'float')) {
        switch (e.op) {
          case 'Add': out = { t: 'float', v: a + b }; break;
          case 'Sub': out = { t: 'float', v: a - b }; break;
          case 'Mult': out = { t: 'float', v: a * b }; break;
          case 'Div': if (b !== 0) out = { t: 'float', v: a / b }; break;
          default: break;
        }
      }
    }
  } else if (e.op === 'Add' && l.t === r.t && (l.t === 'str' || l.t === 'bytes' || l.t === 'tuple')) {
    if (l.t === 'str' && r.t === 'str') out = { t: 'str', v: l.v + r.v };
    else if (l.t === 'bytes' && r.t === 'bytes') {
      const v = new Uint8Array(l.v.length + r.v.length);
      v.set(l.v);
      v.set(r.v, l.v.length);
      out = { t: 'bytes', v };
    } else if (l.t === 'tuple' && r.t === 'tuple') out = { t: 'tuple', items: [...l.items, ...r.items] };
  } else if (e.op === 'Mult') {
    if (ri !== null) out = repeat(l, ri);
    else if (li !== null) out = repeat(r, li);
  }
  return out ? constant(e, out) : e;
}
