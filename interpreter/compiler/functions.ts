// Code objects nested in others: def, lambda, class bodies and comprehensions, and the code that
// builds them at run time (defaults, keyword defaults, annotations, closure tuple, MAKE_FUNCTION;
// LOAD_BUILD_CLASS + call for classes; a call of the comprehension function on iter(outermost)).

import type * as A from '../parser/ast.js';
import { Op } from './opcodes.js';
import type { CodeObject, CodeConst } from './code.js';
import { Label } from './assembler.js';
import type { Compiler, UnitKind } from './compiler.js';
import { Scope, mangle } from './symtable.js';
import { compileExpr, compileExprs, callHelper, jumpIf } from './expressions.js';
import { compileBody, compileStmt, docstringOf } from './statements.js';

const MAKE_DEFAULTS = 1;
const MAKE_KWDEFAULTS = 2;
const MAKE_ANNOTATIONS = 4;
const MAKE_CLOSURE = 8;

/** Pushes the closure tuple (if the code has free variables) and the code, then MAKE_FUNCTION. */
export function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  if (code.freevars.length) {
    const u = c.u;
    for (const name of code.freevars) {
      // A class scope holds __class__ as its own cell; a name both free in a method and bound in
      // the class body is found among the class's free variables.
      const isCell = (u.kind === 'class' && name === '__class__') || u.ste.scope(name) === Scope.CELL;
      c.emit(Op.LOAD_CLOSURE, u.cellIndex(name, isCell ? 'cell' : 'free'));
    }
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= MAKE_CLOSURE;
  }
  c.loadConst({ t: 'code', code });
  c.emit(Op.MAKE_FUNCTION, flags);
}

/** Defaults tuple and keyword-only defaults dict, evaluated in the enclosing scope. */
function defaultArguments(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    if (args.defaults.every((d) => d.kind === 'Constant')) {
      // CPython's peephole pass folds LOAD_CONST.. BUILD_TUPLE into one constant tuple.
      c.loadConst({ t: 'tuple', items: args.defaults.map((d) => (d as A.Constant).value as CodeConst) });
    } else {
      compileExprs(c, args.defaults);
      c.emit(Op.BUILD_TUPLE, args.defaults.length);
    }
    flags |= MAKE_DEFAULTS;
  }
  let nkw = 0;
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (!d) return;
    c.loadConst({ t: 'str', v: mangle(c.u.privateName, a.arg) });
    compileExpr(c, d);
    nkw++;
  });
  if (nkw) {
    c.emit(Op.BUILD_MAP, nkw);
    flags |= MAKE_KWDEFAULTS;
  }
  return flags;
}

/** The annotations dict {name: value, ..., 'return': value}, in CPython's order. */
function annotations(c: Compiler, args: A.arguments, returns: A.Expr | null): number {
  let n = 0;
  const one = (name: string, ann: A.Expr | null, starred = false): void => {
    if (!ann) return;
    c.loadConst({ t: 'str', v: mangle(c.u.privateName, name) });
    if (starred && ann.kind === 'Starred') {
      // `*args: *Ts` stores the single unpacked item.
      compileExpr(c, ann.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      annotationValue(c, ann);
    }
    n++;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation, true);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!n) return 0;
  c.emit(Op.BUILD_MAP, n);
  return MAKE_ANNOTATIONS;
}

/** An annotation's value: the expression, or its source text under `from __future__ import annotations`. */
export function annotationValue(c: Compiler, ann: A.Expr): void {
  if (c.opts.futureAnnotations) c.loadConst({ t: 'str', v: sourceText(c, ann) });
  else compileExpr(c, ann);
}

function sourceText(c: Compiler, e: A.Expr): string {
  const lines = c.opts.sourceLines;
  if (!lines) return '';
  if (e.lineno === e.end_lineno) return lines[e.lineno - 1]?.slice(e.col_offset, e.end_col_offset) ?? '';
  const parts = [lines[e.lineno - 1]?.slice(e.col_offset) ?? ''];
  for (let l = e.lineno + 1; l < e.end_lineno; l++) parts.push(lines[l - 1] ?? '');
  parts.push(lines[e.end_lineno - 1]?.slice(0, e.end_col_offset) ?? '');
  return parts.map((p) => p.trim()).join(' ');
}

function setArgCounts(c: Compiler, args: A.arguments): void {
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

function decorators(c: Compiler, decos: A.Expr[]): void {
  compileExprs(c, decos);
}

function applyDecorators(c: Compiler, decos: A.Expr[]): void {
  // The decorators are on the stack under the function: the last one applies first.
  for (let i = decos.length - 1; i >= 0; i--) {
    const saved = c.loc;
    c.setLoc(decos[i]!);
    c.emit(Op.CALL, 1);
    c.loc = saved;
  }
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef): void {
  decorators(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  flags |= annotations(c, s.args, s.returns);

  const u = c.enterScope(s.name, 'function', s, firstlineno);
  const doc = docstringOf(s.body);
  u.doc = doc;
  setArgCounts(c, s.args);
  for (const stmt of doc !== null ? s.body.slice(1) : s.body) compileStmt(c, stmt);
  const code = c.exitScope();

  c.setLoc(s);
  makeClosure(c, code, flags);
  applyDecorators(c, s.decorator_list);
  c.setLoc(s);
  c.nameOp(s.name, 'Store', s);
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  setArgCounts(c, e.args);
  compileExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, flags);
}

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  decorators(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;

  const u = c.enterScope(s.name, 'class', s, firstlineno);
  u.privateName = s.name;
  c.setLoc(s);
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst({ t: 'str', v: u.qualname });
  c.nameOp('__qualname__', 'Store');
  compileBody(c, s.body);
  if (u.ste.needsClassClosure) {
    // __build_class__ fills this cell with the new class (for super() and __class__).
    c.emit(Op.LOAD_CLOSURE, u.cellIndex('__class__', 'cell'));
    c.nameOp('__classcell__', 'Store');
  }
  c.loadNone();
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();

  c.setLoc(s);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.loadConst({ t: 'str', v: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.setLoc(s);
  c.nameOp(s.name, 'Store', s);
}

type Comprehension = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_NAMES: Record<Comprehension['kind'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

/**
 * A comprehension is a function of one argument `.0`, the iterator of the outermost iterable
 * (evaluated here, in the enclosing scope); it is created and called at once.
 */
export function compileComprehension(c: Compiler, e: Comprehension): void {
  const outermost = e.generators[0]!;
  const kind: UnitKind = 'comprehension';
  c.enterScope(COMP_NAMES[e.kind], kind, e, e.lineno);
  c.setLoc(e);
  c.u.argcount = 1;
  if (e.kind === 'ListComp') c.emit(Op.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') c.emit(Op.BUILD_SET, 0);
  else if (e.kind === 'DictComp') c.emit(Op.BUILD_MAP, 0);
  comprehensionGenerator(c, e, 0, 0);
  if (e.kind !== 'GeneratorExp') c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();

  makeClosure(c, code, 0);
  compileExpr(c, outermost.iter);
  c.emit(Op.GET_ITER);
  c.emit(Op.CALL, 1);
}

function comprehensionGenerator(c: Compiler, e: Comprehension, index: number, depth: number): void {
  const gen = e.generators[index]!;
  const start = new Label();
  const ifCleanup = new Label();
  const anchor = new Label();
  let loops = true;
  if (index === 0) {
    c.emit(Op.LOAD_FAST, c.u.addVarname('.0'));
  } else {
    const it = gen.iter;
    // `for y in [expr]` binds y once, without a loop (CPython's temporary-variable idiom).
    if ((it.kind === 'List' || it.kind === 'Tuple') && it.elts.length === 1 && it.elts[0]!.kind !== 'Starred') {
      compileExpr(c, it.elts[0]!);
      loops = false;
    } else {
      compileExpr(c, it);
      c.emit(Op.GET_ITER);
    }
  }
  if (loops) {
    depth++;
    c.bind(start);
    c.jump(Op.FOR_ITER, anchor);
  }
  compileExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);

  if (index + 1 < e.generators.length) {
    comprehensionGenerator(c, e, index + 1, depth);
  } else {
    const saved = c.loc;
    switch (e.kind) {
      case 'GeneratorExp':
        compileExpr(c, e.elt);
        c.setLoc(e.elt);
        c.emit(Op.YIELD_VALUE);
        c.emit(Op.POP_TOP);
        break;
      case 'ListComp':
        compileExpr(c, e.elt);
        c.setLoc(e.elt);
        c.emit(Op.LIST_APPEND, depth + 1);
        break;
      case 'SetComp':
        compileExpr(c, e.elt);
        c.setLoc(e.elt);
        c.emit(Op.SET_ADD, depth + 1);
        break;
      case 'DictComp':
        compileExpr(c, e.key);
        compileExpr(c, e.value);
        c.setLoc(e.value);
        c.emit(Op.MAP_ADD, depth + 1);
        break;
    }
    c.loc = saved;
  }
  c.bind(ifCleanup);
  if (loops) {
    c.jump(Op.JUMP_BACKWARD, start);
    c.bind(anchor);
  }
}
