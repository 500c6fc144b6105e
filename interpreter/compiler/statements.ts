// Statements → bytecode, following CPython 3.11's compiler_visit_stmt: assignments (plain,
// augmented, annotated), if/while/for with else, return/break/continue (unwinding enclosing
// blocks), del, assert, imports, expression statements and module/class bodies.

import type * as A from '../parser/ast.js';
import { Op } from './opcodes.js';
import type { CodeConst } from './code.js';
import { Label } from './assembler.js';
import { mangle } from './symtable.js';
import type { Compiler, FBlock } from './compiler.js';
import { compileExpr, compileExprs, jumpIf, binaryOpArg, matchAttrLocation } from './expressions.js';
import { compileFunctionDef, compileClassDef, annotationValue } from './functions.js';
import { compileTry, compileWith, unwindBlock, unwindStack } from './exceptions.js';

export function compileStmts(c: Compiler, body: A.Stmt[]): void {
  for (const s of body) compileStmt(c, s);
}

/** The docstring: a string constant as the first statement. */
export function docstringOf(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.t === 'str') {
    return first.value.value.v;
  }
  return null;
}

/** Whether a body has annotated assignments at its own level (then it needs __annotations__). */
export function findAnnotations(body: A.Stmt[]): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If': return findAnnotations(s.body) || findAnnotations(s.orelse);
      case 'With': return findAnnotations(s.body);
      case 'Try':
        return findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody) ||
          s.handlers.some((h) => findAnnotations(h.body));
      default: return false;
    }
  });
}

/** A module or class body: SETUP_ANNOTATIONS if needed, `__doc__ = docstring`, the statements. */
export function compileBody(c: Compiler, body: A.Stmt[]): void {
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  const doc = docstringOf(body);
  let rest = body;
  if (doc !== null) {
    c.u.doc = doc;
    const first = body[0] as A.ExprStmt;
    c.setLoc(first);
    compileExpr(c, first.value);
    c.nameOp('__doc__', 'Store');
    rest = body.slice(1);
  }
  compileStmts(c, rest);
}

export function compileStmt(c: Compiler, s: A.Stmt): void {
  c.setLoc(s);
  switch (s.kind) {
    case 'FunctionDef': compileFunctionDef(c, s); return;
    case 'ClassDef': compileClassDef(c, s); return;
    case 'Return': compileReturn(c, s); return;
    case 'Delete': compileExprs(c, s.targets); return;
    case 'Assign':
      compileExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
        compileExpr(c, t);
      });
      return;
    case 'AugAssign': compileAugAssign(c, s); return;
    case 'AnnAssign': compileAnnAssign(c, s); return;
    case 'For': compileFor(c, s); return;
    case 'While': compileWhile(c, s); return;
    case 'If': compileIf(c, s); return;
    case 'With': compileWith(c, s, 0); return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      c.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try': compileTry(c, s); return;
    case 'Assert': compileAssert(c, s); return;
    case 'Import': compileImport(c, s); return;
    case 'ImportFrom': compileImportFrom(c, s); return;
    case 'Global': case 'Nonlocal': case 'Pass': return;
    case 'Expr': compileExprStmt(c, s); return;
    case 'Break': compileBreak(c, s); return;
    case 'Continue': compileContinue(c, s); return;
    default: unsupported(c, s);
  }
}

/** Nodes outside our AST contract (async, match, ...) from foreign AST producers. */
export function unsupported(c: Compiler, node: { kind: string } & A.Pos): never {
  c.error(`unsupported syntax: ${node.kind}`, node);
}

function compileExprStmt(c: Compiler, s: A.ExprStmt): void {
  if (c.opts.interactive && c.nestLevel <= 1) {
    compileExpr(c, s.value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (s.value.kind === 'Constant') return; // a constant statement does nothing
  compileExpr(c, s.value);
  c.emit(Op.POP_TOP);
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const t = s.target;
  const saved = c.loc;
  c.setLoc(t);
  switch (t.kind) {
    case 'Attribute':
      compileExpr(c, t.value);
      c.emit(Op.COPY, 1);
      matchAttrLocation(c, t);
      c.emitName(Op.LOAD_ATTR, t.attr);
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Load', t);
      break;
    default:
      c.error('illegal expression for augmented assignment', t);
  }
  c.loc = saved;
  compileExpr(c, s.value);
  c.emit(Op.BINARY_OP, binaryOpArg(s.op, true));
  c.setLoc(t);
  switch (t.kind) {
    case 'Attribute':
      matchAttrLocation(c, t);
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, t.attr);
      break;
    case 'Subscript':
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Store', t);
      break;
  }
}

/** Evaluates an expression only for its side effects / errors (CPython's check_ann_expr). */
function evaluateAndDrop(c: Compiler, e: A.Expr): void {
  compileExpr(c, e);
  c.emit(Op.POP_TOP);
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    compileExpr(c, s.value);
    compileExpr(c, t);
  }
  const moduleOrClass = c.u.kind === 'module' || c.u.kind === 'class';
  switch (t.kind) {
    case 'Name':
      if (t.id === '__debug__') c.error('cannot assign to __debug__', t);
      // Only simple names in module and class bodies record their annotation.
      if (s.simple && moduleOrClass) {
        annotationValue(c, s.annotation);
        c.nameOp('__annotations__', 'Load');
        c.loadConst({ t: 'str', v: mangle(c.u.privateName, t.id) });
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) evaluateAndDrop(c, t.value);
      break;
    case 'Subscript':
      if (!s.value) {
        evaluateAndDrop(c, t.value);
        checkAnnSubscript(c, t.slice);
      }
      break;
    default:
      c.error('illegal target for annotation', t);
  }
  if (!s.simple && moduleOrClass && !c.opts.futureAnnotations) evaluateAndDrop(c, s.annotation);
}

function checkAnnSubscript(c: Compiler, e: A.Expr): void {
  if (e.kind === 'Slice') {
    if (e.lower) evaluateAndDrop(c, e.lower);
    if (e.upper) evaluateAndDrop(c, e.upper);
    if (e.step) evaluateAndDrop(c, e.step);
  } else if (e.kind === 'Tuple') {
    for (const x of e.elts) checkAnnSubscript(c, x);
  } else {
    evaluateAndDrop(c, e);
  }
}

function compileIf(c: Compiler, s: A.If): void {
  const end = new Label();
  const next = s.orelse.length ? new Label() : end;
  jumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length) {
    c.jump(Op.JUMP, end);
    c.bind(next);
    compileStmts(c, s.orelse);
  }
  c.bind(end);
}

/** `for`: the iterator stays on the stack for the whole loop; FOR_ITER pops it when exhausted. */
function compileFor(c: Compiler, s: A.For): void {
  const start = new Label();
  const cleanup = new Label();
  const end = new Label();
  compileExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.bind(start);
  const block: FBlock = { type: 'for', start, exit: end };
  c.u.fblocks.push(block);
  c.jump(Op.FOR_ITER, cleanup);
  compileExpr(c, s.target);
  compileStmts(c, s.body);
  c.setLoc(s);
  c.jump(Op.JUMP_BACKWARD, start);
  c.bind(cleanup);
  c.u.fblocks.pop();
  compileStmts(c, s.orelse);
  c.bind(end);
}

/** `while`: the test at the top, one back edge at the bottom (the JIT's loop-header signal). */
function compileWhile(c: Compiler, s: A.While): void {
  const loop = new Label();
  const anchor = new Label();
  const end = new Label();
  c.bind(loop);
  c.u.fblocks.push({ type: 'while', start: loop, exit: end });
  jumpIf(c, s.test, anchor, false);
  compileStmts(c, s.body);
  c.setLoc(s);
  c.jump(Op.JUMP_BACKWARD, loop);
  c.u.fblocks.pop();
  c.bind(anchor);
  compileStmts(c, s.orelse);
  c.bind(end);
}

function compileReturn(c: Compiler, s: A.Return): void {
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s);
  const value = s.value;
  const preserveTos = value !== null && value.kind !== 'Constant';
  if (preserveTos) compileExpr(c, value);
  const handlers = c.u.b.handlers.slice();
  unwindStack(c, preserveTos, false);
  c.setLoc(s);
  if (value === null) c.loadNone();
  else if (!preserveTos) c.loadConst((value as A.Constant).value as CodeConst);
  c.emit(Op.RETURN_VALUE);
  c.u.b.handlers = handlers;
}

function compileBreak(c: Compiler, s: A.Break): void {
  const handlers = c.u.b.handlers.slice();
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'break' outside loop", s);
  unwindBlock(c, loop, false);
  c.setLoc(s);
  c.jump(Op.JUMP, (loop as { exit: Label }).exit);
  c.u.b.handlers = handlers;
}

function compileContinue(c: Compiler, s: A.Continue): void {
  const handlers = c.u.b.handlers.slice();
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop", s);
  c.setLoc(s);
  c.jump(Op.JUMP_BACKWARD, (loop as { start: Label }).start);
  c.u.b.handlers = handlers;
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const end = new Label();
  jumpIf(c, s.test, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    compileExpr(c, s.msg);
    c.emit(Op.CALL, 1);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.setLoc(s);
    c.loadConst({ t: 'int', v: 0n });
    c.loadNone();
    c.emitName(Op.IMPORT_NAME, alias.name);
    const dot = alias.name.indexOf('.');
    if (alias.asname !== null) {
      if (dot >= 0) {
        // `import a.b.c as d`: IMPORT_NAME returns a; walk down to c with IMPORT_FROM.
        const parts = alias.name.split('.').slice(1);
        parts.forEach((attr, i) => {
          c.emit(Op.IMPORT_FROM, c.u.addName(attr));
          if (i < parts.length - 1) {
            c.emit(Op.SWAP, 2);
            c.emit(Op.POP_TOP);
          }
        });
        c.nameOp(alias.asname, 'Store', alias);
        c.emit(Op.POP_TOP);
      } else {
        c.nameOp(alias.asname, 'Store', alias);
      }
    } else {
      c.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store', alias);
    }
  }
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  if (s.module === '__future__' && s.lineno > c.opts.futureLineno) {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst({ t: 'int', v: BigInt(s.level) });
  c.loadConst({ t: 'tuple', items: s.names.map((a) => ({ t: 'str', v: a.name }) as CodeConst) });
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (const alias of s.names) {
    if (alias.name === '*') {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, 'Store', alias);
  }
  c.emit(Op.POP_TOP);
}
