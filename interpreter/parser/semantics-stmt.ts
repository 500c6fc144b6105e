// Semantic actions that build statement nodes from a match of python.ohm: simple statements,
// assignments (with target checks), imports, and compound statements with their blocks.

import type { Node } from 'ohm-js';
import type { alias, ExceptHandler, Expr, Pos, Stmt, withitem } from './ast.js';
import { buildCallArguments } from './arguments.js';
import { errorAtPos, pos, posFrom, spanPos } from './context.js';
import { ast, each, opt, optAst } from './semantics-expr.js';
import { toAnnTarget, toAugTarget, toTarget } from './targets.js';

const AUG_OPS: Record<string, Extract<Stmt, { kind: 'AugAssign' }>['op']> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

const last = <T>(xs: T[]): T => xs[xs.length - 1];

/** A compound statement spans from its keyword to the end of its last nested statement. */
function compoundPos(keyword: Node, ...blocks: Stmt[][]): Pos {
  for (let k = blocks.length - 1; k >= 0; k--) {
    if (blocks[k].length > 0) return posFrom(keyword, last(blocks[k]));
  }
  return pos(keyword);
}

/** The node of an optional part nested in another optional part: `(a b?)?` -> b. */
const nestedOpt = (n: Node): Node | null => {
  const inner = opt(n);
  return inner ? opt(inner) : null;
};

/**
 * Whether CPython's invalid_named_expression rule applies, which adds "Maybe you meant '=='
 * instead of '='?" to the error: `target = value` with one target that is a plain operand
 * expression, and a value that starts with one.
 */
function suggestsComparison(target: Expr, value: Expr): boolean {
  const operandLike = (e: Expr) =>
    !['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred', 'Yield', 'YieldFrom'].includes(e.kind) &&
    !(e.kind === 'UnaryOp' && e.op === 'Not');
  if (['List', 'Tuple', 'GeneratorExp'].includes(target.kind)) return false;
  if (target.kind === 'Constant' && ['None', 'bool'].includes(target.value.t)) return false;
  const first = value.kind === 'Tuple' && value.elts.length > 0 ? value.elts[0] : value;
  return operandLike(target) && operandLike(first);
}

export const statementActions = {
  Chunk(stmt: Node, _end: Node) {
    return ast(stmt);
  },
  EvalInput(exprs: Node, _nls: Node, _end: Node) {
    return ast(exprs);
  },
  FStringReplacement(e: Node, _end: Node) {
    return ast(e);
  },
  Statement(s: Node): Stmt[] {
    const r = ast(s);
    return Array.isArray(r) ? r : [r];
  },
  SimpleStmts(list: Node, _semi: Node, _nl: Node): Stmt[] {
    return ast(list);
  },
  Block_indented(_nl: Node, _indent: Node, stmts: Node, _dedent: Node): Stmt[] {
    return stmts.children.flatMap(ast);
  },
  Block_simple(s: Node): Stmt[] {
    return ast(s);
  },

  ExprStmt_annotated(this: Node, target: Node, _colon: Node, annotation: Node, _eq: Node, value: Node): Stmt {
    const parenthesised = this.sourceString.startsWith('(');
    const t = toAnnTarget(ast(target), parenthesised);
    return {
      kind: 'AnnAssign', target: t, annotation: ast(annotation), value: optAst(value),
      simple: t.kind === 'Name' && !parenthesised, ...pos(this),
    };
  },
  ExprStmt_augmented(this: Node, target: Node, op: Node, value: Node): Stmt {
    return { kind: 'AugAssign', target: toAugTarget(ast(target)), op: AUG_OPS[op.sourceString], value: ast(value), ...pos(this) };
  },
  ExprStmt_assign(this: Node, first: Node, _eqs: Node, rest: Node): Stmt {
    const exprs: Expr[] = [ast(first), ...each(rest)];
    const value = exprs.pop()!;
    for (const t of exprs) {
      if (t.kind === 'Yield' || t.kind === 'YieldFrom') throw errorAtPos('assignment to yield expression not possible', t);
    }
    const suggest = exprs.length === 1 && suggestsComparison(exprs[0], value);
    const targets = exprs.map((t) => toTarget(t, 'assign', suggest));
    return { kind: 'Assign', targets, value, ...pos(this) };
  },
  ExprStmt_expr(this: Node, e: Node): Stmt {
    return { kind: 'Expr', value: ast(e), ...pos(this) };
  },

  ReturnStmt(this: Node, _kw: Node, value: Node): Stmt {
    return { kind: 'Return', value: optAst(value), ...pos(this) };
  },
  RaiseStmt(this: Node, _kw: Node, exc: Node, _from: Node, cause: Node): Stmt {
    const causeNode = nestedOpt(cause);
    return { kind: 'Raise', exc: optAst(exc), cause: causeNode ? ast(causeNode) : null, ...pos(this) };
  },
  PassStmt(this: Node, _kw: Node): Stmt { return { kind: 'Pass', ...pos(this) }; },
  BreakStmt(this: Node, _kw: Node): Stmt { return { kind: 'Break', ...pos(this) }; },
  ContinueStmt(this: Node, _kw: Node): Stmt { return { kind: 'Continue', ...pos(this) }; },
  GlobalStmt(this: Node, _kw: Node, names: Node): Stmt {
    return { kind: 'Global', names: ast(names), ...pos(this) };
  },
  NonlocalStmt(this: Node, _kw: Node, names: Node): Stmt {
    return { kind: 'Nonlocal', names: ast(names), ...pos(this) };
  },
  DelStmt(this: Node, _kw: Node, list: Node, _comma: Node): Stmt {
    return { kind: 'Delete', targets: (ast(list) as Expr[]).map((t) => toTarget(t, 'del')), ...pos(this) };
  },
  AssertStmt(this: Node, _kw: Node, test: Node, _comma: Node, msg: Node): Stmt {
    return { kind: 'Assert', test: ast(test), msg: optAst(msg), ...pos(this) };
  },

  ImportName(this: Node, _kw: Node, names: Node): Stmt {
    return { kind: 'Import', names: ast(names), ...pos(this) };
  },
  DottedAsName(this: Node, dotted: Node, _as: Node, asname: Node): alias {
    return { kind: 'alias', name: ast(dotted), asname: optAst(asname), ...pos(this) };
  },
  DottedName(names: Node): string {
    return (ast(names) as string[]).join('.');
  },
  ImportFrom_named(this: Node, _from: Node, dots: Node, module: Node, _import: Node, targets: Node): Stmt {
    const level = dots.children.reduce((n, d) => n + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: ast(module), names: ast(targets), level, ...pos(this) };
  },
  ImportFrom_relative(this: Node, _from: Node, dots: Node, _import: Node, targets: Node): Stmt {
    const level = dots.children.reduce((n, d) => n + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: null, names: ast(targets), level, ...pos(this) };
  },
  ImportTargets_parens(_l: Node, names: Node, _comma: Node, _r: Node): alias[] {
    return ast(names);
  },
  ImportTargets_plain(names: Node): alias[] {
    return ast(names);
  },
  ImportTargets_star(this: Node, _star: Node): alias[] {
    return [{ kind: 'alias', name: '*', asname: null, ...pos(this) }];
  },
  ImportAsName(this: Node, name: Node, _as: Node, asname: Node): alias {
    return { kind: 'alias', name: ast(name), asname: optAst(asname), ...pos(this) };
  },

  Decorator(_at: Node, e: Node, _nl: Node): Expr {
    return ast(e);
  },
  FunctionDef(_decos: Node, kw: Node, name: Node, _l: Node, params: Node, _r: Node, _arrow: Node,
    returns: Node, _colon: Node, block: Node): Stmt {
    const body: Stmt[] = ast(block);
    return {
      kind: 'FunctionDef', name: ast(name),
      args: optAst(params) ?? { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
      body, decorator_list: each(_decos), returns: optAst(returns), ...compoundPos(kw, body),
    };
  },
  ClassDef(decos: Node, kw: Node, name: Node, l: Node, args: Node, r: Node, _colon: Node, block: Node): Stmt {
    const body: Stmt[] = ast(block);
    const argsNode = nestedOpt(args);
    const { items, trailingComma } = argsNode ? ast(argsNode) : { items: [], trailingComma: false };
    const parens = opt(l) && opt(r) ? spanPos(pos(opt(l)!), pos(opt(r)!)) : pos(name);
    const { args: bases, keywords } = buildCallArguments(items, trailingComma, parens);
    return { kind: 'ClassDef', name: ast(name), bases, keywords, body, decorator_list: each(decos), ...compoundPos(kw, body) };
  },

  IfStmt(kw: Node, test: Node, _colon: Node, block: Node, orelse: Node): Stmt {
    return ifNode(kw, test, block, orelse);
  },
  ElifStmt(kw: Node, test: Node, _colon: Node, block: Node, orelse: Node): Stmt {
    return ifNode(kw, test, block, orelse);
  },
  ElseBranch(b: Node): Stmt[] {
    const r = ast(b);
    return Array.isArray(r) ? r : [r];
  },
  ElseBlock(_kw: Node, _colon: Node, block: Node): Stmt[] {
    return ast(block);
  },
  WhileStmt(kw: Node, test: Node, _colon: Node, block: Node, orelseNode: Node): Stmt {
    const body: Stmt[] = ast(block);
    const orelse: Stmt[] = optAst(orelseNode) ?? [];
    return { kind: 'While', test: ast(test), body, orelse, ...compoundPos(kw, body, orelse) };
  },
  ForStmt(kw: Node, target: Node, _in: Node, iter: Node, _colon: Node, block: Node, orelseNode: Node): Stmt {
    const body: Stmt[] = ast(block);
    const orelse: Stmt[] = optAst(orelseNode) ?? [];
    return {
      kind: 'For', target: toTarget(ast(target), 'for'), iter: ast(iter), body, orelse, ...compoundPos(kw, body, orelse),
    };
  },
  WithStmt_parens(kw: Node, _l: Node, items: Node, _comma: Node, _r: Node, _colon: Node, block: Node): Stmt {
    const body: Stmt[] = ast(block);
    return { kind: 'With', items: ast(items), body, ...compoundPos(kw, body) };
  },
  WithStmt_plain(kw: Node, items: Node, _colon: Node, block: Node): Stmt {
    const body: Stmt[] = ast(block);
    return { kind: 'With', items: ast(items), body, ...compoundPos(kw, body) };
  },
  WithItem_as(e: Node, _as: Node, target: Node, _lookahead: Node): withitem {
    return { kind: 'withitem', context_expr: ast(e), optional_vars: toTarget(ast(target), 'with') };
  },
  WithItem_plain(e: Node): withitem {
    return { kind: 'withitem', context_expr: ast(e), optional_vars: null };
  },
  TryStmt_except(kw: Node, _colon: Node, block: Node, handlersNode: Node, orelseNode: Node, finalNode: Node): Stmt {
    const body: Stmt[] = ast(block);
    const handlers: ExceptHandler[] = each(handlersNode);
    const orelse: Stmt[] = optAst(orelseNode) ?? [];
    const finalbody: Stmt[] = optAst(finalNode) ?? [];
    const p = finalbody.length ? posFrom(kw, last(finalbody)) : orelse.length ? posFrom(kw, last(orelse)) : posFrom(kw, last(handlers));
    return { kind: 'Try', body, handlers, orelse, finalbody, ...p };
  },
  TryStmt_finally(kw: Node, _colon: Node, block: Node, finalNode: Node): Stmt {
    const body: Stmt[] = ast(block);
    const finalbody: Stmt[] = ast(finalNode);
    return { kind: 'Try', body, handlers: [], orelse: [], finalbody, ...compoundPos(kw, body, finalbody) };
  },
  ExceptBlock_typed(kw: Node, type: Node, _as: Node, name: Node, _colon: Node, block: Node): ExceptHandler {
    const body: Stmt[] = ast(block);
    return { kind: 'ExceptHandler', type: ast(type), name: optAst(name), body, ...compoundPos(kw, body) };
  },
  ExceptBlock_bare(kw: Node, _colon: Node, block: Node): ExceptHandler {
    const body: Stmt[] = ast(block);
    return { kind: 'ExceptHandler', type: null, name: null, body, ...compoundPos(kw, body) };
  },
  FinallyBlock(_kw: Node, _colon: Node, block: Node): Stmt[] {
    return ast(block);
  },
};

function ifNode(kw: Node, test: Node, block: Node, orelseNode: Node): Stmt {
  const body: Stmt[] = ast(block);
  const orelse: Stmt[] = optAst(orelseNode) ?? [];
  return { kind: 'If', test: ast(test), body, orelse, ...compoundPos(kw, body, orelse) };
}
