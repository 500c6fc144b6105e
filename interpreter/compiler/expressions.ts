// Expressions → bytecode, following CPython 3.11's compiler_visit_expr: operators, comparisons
// (chains evaluate each middle operand once), conditional jumps, calls (LOAD_METHOD/CALL_METHOD
// for `o.m(...)`, CALL_FUNCTION_EX with `*`/`**`), displays with unpacking, f-strings, yield.

import type * as A from '../parser/ast.js';
import { Op, BinaryOp, CompareOp, INPLACE_OFFSET } from './opcodes.js';
import type { CodeConst } from './code.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { DEF_IMPORT } from './symtable.js';
import { compileLambda, compileComprehension } from './functions.js';
import { unsupported } from './statements.js';

/** CPython keeps at most about this many items on the stack for one display or call. */
export const STACK_USE_GUIDELINE = 30;

const BINARY_OPS: Record<A.OperatorKind, BinaryOp> = {
  Add: BinaryOp.ADD, BitAnd: BinaryOp.AND, FloorDiv: BinaryOp.FLOOR_DIVIDE, LShift: BinaryOp.LSHIFT,
  MatMult: BinaryOp.MATRIX_MULTIPLY, Mult: BinaryOp.MULTIPLY, Mod: BinaryOp.REMAINDER, BitOr: BinaryOp.OR,
  Pow: BinaryOp.POWER, RShift: BinaryOp.RSHIFT, Sub: BinaryOp.SUBTRACT, Div: BinaryOp.TRUE_DIVIDE,
  BitXor: BinaryOp.XOR,
};

export function binaryOpArg(op: A.OperatorKind, inplace: boolean): number {
  return BINARY_OPS[op] + (inplace ? INPLACE_OFFSET : 0);
}

export function compileExprs(c: Compiler, es: A.Expr[]): void {
  for (const e of es) compileExpr(c, e);
}

/** Compiles `e` with its own source location, restoring the enclosing one afterwards. */
export function compileExpr(c: Compiler, e: A.Expr): void {
  const saved = c.loc;
  c.setLoc(e);
  visitExpr(c, e);
  c.loc = saved;
}

function visitExpr(c: Compiler, e: A.Expr): void {
  switch (e.kind) {
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.emit(Op.COPY, 1);
      compileExpr(c, e.target);
      return;
    case 'BoolOp': {
      const end = new Label();
      const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        compileExpr(c, e.values[i]!);
        c.jump(jump, end);
      }
      compileExpr(c, e.values[n]!);
      c.bind(end);
      return;
    }
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.emit(Op.BINARY_OP, binaryOpArg(e.op, false));
      return;
    case 'UnaryOp':
      compileExpr(c, e.operand);
      c.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE
        : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
      return;
    case 'Lambda': compileLambda(c, e); return;
    case 'IfExp': {
      const end = new Label();
      const next = new Label();
      jumpIf(c, e.test, next, false);
      compileExpr(c, e.body);
      c.jump(Op.JUMP, end);
      c.bind(next);
      compileExpr(c, e.orelse);
      c.bind(end);
      return;
    }
    case 'Dict': compileDict(c, e); return;
    case 'Set': starUnpack(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false); return;
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      compileComprehension(c, e);
      return;
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (e.value) compileExpr(c, e.value);
      else c.loadNone();
      c.emit(Op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      compileExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadNone();
      c.emit(Op.YIELD_FROM);
      return;
    case 'Compare': compileCompare(c, e); return;
    case 'Call': compileCall(c, e); return;
    case 'FormattedValue': {
      compileExpr(c, e.value);
      let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      if (e.format_spec) {
        compileExpr(c, e.format_spec);
        flags |= 4;
      }
      c.emit(Op.FORMAT_VALUE, flags);
      return;
    }
    case 'JoinedStr': compileJoinedStr(c, e); return;
    case 'Constant': c.loadConst(e.value as CodeConst); return;
    case 'Attribute':
      compileExpr(c, e.value);
      matchAttrLocation(c, e);
      c.emitName(e.ctx === 'Load' ? Op.LOAD_ATTR : e.ctx === 'Store' ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr);
      return;
    case 'Subscript':
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      c.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      return;
    case 'Slice': {
      let n = 2;
      if (e.lower) compileExpr(c, e.lower); else c.loadNone();
      if (e.upper) compileExpr(c, e.upper); else c.loadNone();
      if (e.step) {
        n = 3;
        compileExpr(c, e.step);
      }
      c.emit(Op.BUILD_SLICE, n);
      return;
    }
    case 'Name': c.nameOp(e.id, e.ctx, e); return;
    case 'List':
    case 'Tuple':
      if (e.ctx === 'Store') unpackAssign(c, e.elts);
      else if (e.ctx === 'Load') {
        starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e.kind === 'Tuple');
      } else compileExprs(c, e.elts);
      return;
    default:
      unsupported(c, e);
  }
}

/** For an attribute spanning lines, the instruction points at the attribute name (as CPython). */
export function matchAttrLocation(c: Compiler, e: A.Attribute): void {
  const loc = c.loc;
  if (loc.lineno === e.end_lineno) return;
  const len = [...e.attr].length;
  const col = len <= e.end_col_offset ? e.end_col_offset - len : -1;
  c.loc = { lineno: e.end_lineno, col, endLineno: e.end_lineno, endCol: col === -1 ? -1 : e.end_col_offset };
}

/** Unpacking assignment `a, *b, c = v`: UNPACK_SEQUENCE or UNPACK_EX, then store each target. */
function unpackAssign(c: Compiler, elts: A.Expr[]): void {
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt.kind !== 'Starred') return;
    if (seenStar) c.error('multiple starred expressions in assignment', null);
    const after = elts.length - i - 1;
    if (i >= 256 || after >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking assignment', null);
    c.emit(Op.UNPACK_EX, i + (after << 8));
    seenStar = true;
  });
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, elts.length);
  for (const elt of elts) compileExpr(c, elt.kind === 'Starred' ? elt.value : elt);
}

function isConst(e: A.Expr): boolean { return e.kind === 'Constant'; }

/**
 * Lists, tuples, sets (and call arguments): plain BUILD_* when nothing is starred, else build
 * incrementally with *_APPEND/*_EXTEND. `pushed` items are already on the stack.
 */
export function starUnpack(c: Compiler, elts: A.Expr[], pushed: number, build: Op, add: Op, extend: Op,
  tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && elts.every(isConst)) {
    const items = elts.map((e) => (e as A.Constant).value as CodeConst);
    if (tuple && !pushed) {
      c.loadConst({ t: 'tuple', items });
    } else {
      c.emit(build, pushed);
      c.loadConst(add === Op.SET_ADD ? { t: 'frozenset', items } : { t: 'tuple', items });
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.kind === 'Starred');
  if (!seenStar && !big) {
    compileExprs(c, elts);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  elts.forEach((elt, i) => {
    if (elt.kind === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, elt.value);
      c.emit(extend, 1);
    } else {
      compileExpr(c, elt);
      if (built) c.emit(add, 1);
    }
  });
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]!);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]!);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

const COMPARE_OPS: Partial<Record<A.CmpOpKind, CompareOp>> = {
  Lt: CompareOp.LT, LtE: CompareOp.LE, Eq: CompareOp.EQ, NotEq: CompareOp.NE, Gt: CompareOp.GT, GtE: CompareOp.GE,
};

function emitCompare(c: Compiler, op: A.CmpOpKind): void {
  switch (op) {
    case 'Is': c.emit(Op.IS_OP, 0); return;
    case 'IsNot': c.emit(Op.IS_OP, 1); return;
    case 'In': c.emit(Op.CONTAINS_OP, 0); return;
    case 'NotIn': c.emit(Op.CONTAINS_OP, 1); return;
    default: c.emit(Op.COMPARE_OP, COMPARE_OPS[op]!);
  }
}

/**
 * `a < b < c`: b is evaluated once and kept with SWAP/COPY; a false link jumps to a cleanup that
 * drops the kept operand, leaving the False result.
 */
function compileCompare(c: Compiler, e: A.Compare): void {
  compileExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    compileExpr(c, e.comparators[0]!);
    emitCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = new Label();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileExpr(c, e.comparators[n]!);
  emitCompare(c, e.ops[n]!);
  const end = new Label();
  c.jump(Op.JUMP, end);
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

/** Jumps to `next` when `e` is truthy (cond) or falsy (!cond), short-circuiting like CPython. */
export function jumpIf(c: Compiler, e: A.Expr, next: Label, cond: boolean): void {
  const saved = c.loc;
  c.setLoc(e);
  try {
    jumpIfInner(c, e, next, cond);
  } finally {
    c.loc = saved;
  }
}

function jumpIfInner(c: Compiler, e: A.Expr, next: Label, cond: boolean): void {
  switch (e.kind) {
    case 'Constant': {
      // A constant test is decided now; the dead branch is dropped by the assembler.
      if (truthyConst(e.value as CodeConst) === cond) c.jump(Op.JUMP, next);
      return;
    }
    case 'UnaryOp':
      if (e.op === 'Not') {
        jumpIf(c, e.operand, next, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const cond2 = e.op === 'Or';
      const next2 = cond2 !== cond ? new Label() : next;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i]!, next2, cond2);
      jumpIf(c, e.values[n]!, next, cond);
      if (next2 !== next) c.bind(next2);
      return;
    }
    case 'IfExp': {
      const end = new Label();
      const next2 = new Label();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.jump(Op.JUMP, end);
      c.bind(next2);
      jumpIf(c, e.orelse, next, cond);
      c.bind(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n === 0) break;
      const cleanup = new Label();
      compileExpr(c, e.left);
      for (let i = 0; i < n; i++) {
        compileExpr(c, e.comparators[i]!);
        c.emit(Op.SWAP, 2);
        c.emit(Op.COPY, 2);
        emitCompare(c, e.ops[i]!);
        c.jump(Op.POP_JUMP_IF_FALSE, cleanup);
      }
      compileExpr(c, e.comparators[n]!);
      emitCompare(c, e.ops[n]!);
      c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
      const end = new Label();
      c.jump(Op.JUMP, end);
      c.bind(cleanup);
      c.emit(Op.POP_TOP);
      if (!cond) c.jump(Op.JUMP, next);
      c.bind(end);
      return;
    }
    default:
      break;
  }
  compileExpr(c, e);
  c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

export function truthyConst(v: CodeConst): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.imag !== 0;
    case 'str': case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    default: return true;
  }
}

// --- calls ---

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  const seen = new Set<string>();
  for (const kw of keywords) {
    if (kw.arg === null) continue;
    if (kw.arg === '__debug__') c.error('cannot assign to __debug__', kw);
    if (seen.has(kw.arg)) c.error(`keyword argument repeated: ${kw.arg}`, kw);
    seen.add(kw.arg);
  }
}

/** Names imported at module level are not treated as method receivers (CPython's heuristic). */
function isImportOriginated(c: Compiler, e: A.Expr): boolean {
  return e.kind === 'Name' && (c.st.top.flags(e.id) & DEF_IMPORT) !== 0;
}

function compileCall(c: Compiler, e: A.Call): void {
  if (tryMethodCall(c, e)) return;
  compileExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function tryMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const nargs = e.args.length, nkw = e.keywords.length;
  if (nargs + nkw + (nkw ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  compileExpr(c, meth.value);
  const saved = c.loc;
  matchAttrLocation(c, meth);
  c.emitName(Op.LOAD_METHOD, meth.attr);
  const callLoc = c.loc;
  c.loc = saved;
  compileExprs(c, e.args);
  for (const kw of e.keywords) compileExpr(c, kw.value);
  c.loc = callLoc;
  if (nkw) {
    c.loadConst(kwnames(e.keywords));
    c.emit(Op.CALL_METHOD_KW, nargs + nkw);
  } else {
    c.emit(Op.CALL_METHOD, nargs);
  }
  c.loc = saved;
  return true;
}

function kwnames(keywords: A.keyword[]): CodeConst {
  return { t: 'tuple', items: keywords.map((k) => ({ t: 'str', v: k.arg! }) as CodeConst) };
}

/**
 * Arguments and the call instruction, with `pushed` arguments already on the stack (class
 * creation pushes the body function and the name).
 */
export function callHelper(c: Compiler, pushed: number, args: A.Expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords);
  const nargs = args.length, nkw = keywords.length;
  const simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE &&
    !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
  if (simple) {
    compileExprs(c, args);
    for (const kw of keywords) compileExpr(c, kw.value);
    if (nkw) {
      c.loadConst(kwnames(keywords));
      c.emit(Op.CALL_KW, pushed + nargs + nkw);
    } else {
      c.emit(Op.CALL, pushed + nargs);
    }
    return;
  }
  // Positional arguments: `f(*x)` passes x itself (CALL_FUNCTION_EX accepts any iterable).
  if (pushed === 0 && nargs === 1 && args[0]!.kind === 'Starred') {
    compileExpr(c, args[0].value);
  } else {
    starUnpack(c, args, pushed, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkw) {
    let haveDict = false;
    let seen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) {
        seen++;
        return;
      }
      if (seen) {
        subkwargs(c, keywords.slice(i - seen, i));
        if (haveDict) c.emit(Op.DICT_MERGE, 1);
        haveDict = true;
        seen = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, kw.value);
      c.emit(Op.DICT_MERGE, 1);
    });
    if (seen) {
      subkwargs(c, keywords.slice(nkw - seen));
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

function subkwargs(c: Compiler, kws: A.keyword[]): void {
  const big = kws.length * 2 > STACK_USE_GUIDELINE;
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (const kw of kws) {
    c.loadConst({ t: 'str', v: kw.arg! });
    compileExpr(c, kw.value);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, kws.length);
}

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ t: 'str', v: '' });
    c.emitName(Op.LOAD_METHOD, 'join');
    c.emit(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      compileExpr(c, v);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL_METHOD, 1);
    return;
  }
  compileExprs(c, e.values);
  if (n !== 1) c.emit(Op.BUILD_STRING, n);
}
