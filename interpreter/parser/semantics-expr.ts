// Semantic actions that build expression nodes from a match of python.ohm: operator precedence for
// the flat binary chains, atoms, displays, comprehensions, calls, subscripts, lambdas.

import type { Node } from 'ohm-js';
import type { comprehension, Constant, Expr, keyword, Tuple, UnaryOpKind } from './ast.js';
import { buildCallArguments, buildParameters, emptyArguments, type CallItem, type ParamItem } from './arguments.js';
import { pos, spanPos } from './context.js';
import { binaryChain, operatorChain } from './operators.js';
import { numberValue } from './numbers.js';
import { stringsNode } from './semantics-strings.js';
import { toTarget } from './targets.js';

/** Runs the `ast` operation on a node. */
export const ast = (n: Node): any => (n as unknown as { ast(): unknown }).ast();
/** The node of an optional (`x?`) part, or null. */
export const opt = (n: Node): Node | null => n.children[0] ?? null;
/** `ast` of an optional part, or null. */
export const optAst = (n: Node): any => (n.children[0] ? ast(n.children[0]) : null);
/** `ast` of each child of an iteration node. */
export const each = (n: Node): any[] => n.children.map(ast);

const UNARY_OPS: Record<string, UnaryOpKind> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** A comma-separated list that is a tuple when it has a comma (`x`, `x,`, `x, y`). */
export function tupleOrSingle(node: Node, list: Node, comma: Node): Expr {
  const elts: Expr[] = ast(list);
  if (elts.length === 1 && comma.children.length === 0) return elts[0];
  return { kind: 'Tuple', elts, ctx: 'Load', ...pos(node) };
}

function constant(node: Node, value: Constant['value']): Constant {
  return { kind: 'Constant', value, ...pos(node) };
}

function comprehensions(clauses: Node): comprehension[] {
  return each(clauses);
}

/** Parameter list actions shared by def and lambda (Params<param> in the grammar). */
const paramActions = {
  Params(list: Node, _comma: Node) {
    return buildParameters(ast(list));
  },
  ParamItem_kwargs(this: Node, _stars: Node, param: Node): ParamItem {
    return { kind: 'kwargs', arg: ast(param), pos: pos(this) };
  },
  ParamItem_star(this: Node, star: Node, param: Node): ParamItem {
    return { kind: 'star', arg: optAst(param), pos: pos(this), starPos: pos(star) };
  },
  ParamItem_slash(this: Node, _slash: Node): ParamItem {
    return { kind: 'slash', pos: pos(this) };
  },
  ParamItem_plain(this: Node, param: Node, _eq: Node, dflt: Node): ParamItem {
    const arg = ast(param);
    return { kind: 'plain', arg, default: optAst(dflt), pos: arg };
  },
  Param(this: Node, name: Node, _colon: Node, annotation: Node) {
    return { kind: 'arg', arg: ast(name), annotation: optAst(annotation), ...pos(this) };
  },
  LambdaParam(this: Node, name: Node) {
    return { kind: 'arg', arg: ast(name), annotation: null, ...pos(this) };
  },
};

export const expressionActions = {
  ...paramActions,

  StarTargets(this: Node, list: Node, comma: Node) {
    return tupleOrSingle(this, list, comma);
  },
  StarTarget_star(this: Node, _star: Node, target: Node): Expr {
    return { kind: 'Starred', value: ast(target), ctx: 'Load', ...pos(this) };
  },
  Expressions(this: Node, list: Node, comma: Node) {
    return tupleOrSingle(this, list, comma);
  },
  StarExpressions(this: Node, list: Node, comma: Node) {
    return tupleOrSingle(this, list, comma);
  },
  StarExpression_star(this: Node, _star: Node, value: Node): Expr {
    return { kind: 'Starred', value: ast(value), ctx: 'Load', ...pos(this) };
  },
  StarNamedExpressions(list: Node, _comma: Node) {
    return ast(list);
  },
  StarNamedExpression_star(this: Node, _star: Node, value: Node): Expr {
    return { kind: 'Starred', value: ast(value), ctx: 'Load', ...pos(this) };
  },
  NamedExpression_walrus(this: Node, name: Node, _op: Node, value: Node): Expr {
    return { kind: 'NamedExpr', target: { kind: 'Name', id: ast(name), ctx: 'Store', ...pos(name) }, value: ast(value), ...pos(this) };
  },
  NamedExpression_plain(e: Node) {
    return ast(e);
  },
  Expression_cond(this: Node, body: Node, _if: Node, test: Node, _else: Node, orelse: Node): Expr {
    return { kind: 'IfExp', test: ast(test), body: ast(body), orelse: ast(orelse), ...pos(this) };
  },
  YieldExpr_from(this: Node, _y: Node, _f: Node, value: Node): Expr {
    return { kind: 'YieldFrom', value: ast(value), ...pos(this) };
  },
  YieldExpr_plain(this: Node, _y: Node, value: Node): Expr {
    return { kind: 'Yield', value: optAst(value), ...pos(this) };
  },
  Lambdef(this: Node, _kw: Node, params: Node, _colon: Node, body: Node): Expr {
    return { kind: 'Lambda', args: optAst(params) ?? emptyArguments(), body: ast(body), ...pos(this) };
  },

  Disjunction(first: Node, ops: Node, rest: Node): Expr {
    if (ops.children.length === 0 && first.children[0].children.length === 0) return ast(first.children[1]);
    return operatorChain([first, ...rest.children], ops.children.map((o) => o.sourceString.replace(/[ \t\x0c]+/g, ' ')));
  },
  BitwiseOr(first: Node, ops: Node, rest: Node): Expr {
    if (ops.children.length === 0) return ast(first);
    return binaryChain([first, ...rest.children], ops.children.map((o) => o.sourceString));
  },
  Factor(unaryOps: Node, primary: Node, _pow: Node, exponent: Node): Expr {
    let e: Expr = ast(primary);
    const exp = opt(exponent);
    if (exp) e = { kind: 'BinOp', left: e, op: 'Pow', right: ast(exp), ...spanPos(pos(primary), pos(exp)) };
    const ops = unaryOps.children;
    if (ops.length === 0) return e;
    const end = pos(exp ?? primary);
    for (let k = ops.length - 1; k >= 0; k--) {
      e = { kind: 'UnaryOp', op: UNARY_OPS[ops[k].sourceString], operand: e, ...spanPos(pos(ops[k]), end) };
    }
    return e;
  },

  Primary(atom: Node, trailers: Node): Expr {
    let value: Expr = ast(atom);
    const start = pos(atom); // parentheses included
    for (const t of trailers.children) {
      const p = spanPos(start, pos(t));
      const trailer = t.children[0];
      switch (trailer.ctorName) {
        case 'Trailer_attr':
          value = { kind: 'Attribute', value, attr: ast(trailer.children[1]), ctx: 'Load', ...p };
          break;
        case 'Trailer_call': {
          const argsNode = opt(trailer.children[1]);
          const { items, trailingComma } = argsNode ? ast(argsNode) : { items: [], trailingComma: false };
          const parens = spanPos(pos(trailer.children[0]), pos(trailer.children[2]));
          value = { kind: 'Call', func: value, ...buildCallArguments(items, trailingComma, parens), ...p };
          break;
        }
        case 'Trailer_subscript':
          value = { kind: 'Subscript', value, slice: ast(trailer.children[1]), ctx: 'Load', ...p };
          break;
      }
    }
    return value;
  },
  Slices_one(slice: Node) {
    return ast(slice);
  },
  Slices_tuple(this: Node, list: Node, _comma: Node): Tuple {
    return { kind: 'Tuple', elts: ast(list), ctx: 'Load', ...pos(this) };
  },
  SliceOrStar_star(this: Node, _star: Node, value: Node): Expr {
    return { kind: 'Starred', value: ast(value), ctx: 'Load', ...pos(this) };
  },
  Slice_slice(this: Node, lower: Node, _c1: Node, upper: Node, _c2: Node, step: Node): Expr {
    const stepNode = step.children[0]?.children[0];
    return { kind: 'Slice', lower: optAst(lower), upper: optAst(upper), step: stepNode ? ast(stepNode) : null, ...pos(this) };
  },

  Atom_true(this: Node, _kw: Node) { return constant(this, { t: 'bool', v: true }); },
  Atom_false(this: Node, _kw: Node) { return constant(this, { t: 'bool', v: false }); },
  Atom_none(this: Node, _kw: Node) { return constant(this, { t: 'None' }); },
  Atom_ellipsis(this: Node, _dots: Node) { return constant(this, { t: 'Ellipsis' }); },
  Atom(this: Node, child: Node) {
    if (child.ctorName === 'name') return { kind: 'Name', id: ast(child), ctx: 'Load', ...pos(this) };
    return ast(child);
  },
  number(this: Node, _n: Node, _j: Node) {
    return constant(this, numberValue(this.sourceString));
  },
  Strings(this: Node, strings: Node) {
    return stringsNode(this, strings.children);
  },
  name(this: Node, _start: Node, _rest: Node): string {
    const id = this.sourceString;
    return /^[\x00-\x7f]*$/.test(id) ? id : id.normalize('NFKC');
  },

  ParenAtom_empty(this: Node, _l: Node, _r: Node): Expr {
    return { kind: 'Tuple', elts: [], ctx: 'Load', ...pos(this) };
  },
  ParenAtom_group(_l: Node, e: Node, _r: Node) {
    return ast(e);
  },
  ParenAtom_genexp(this: Node, _l: Node, elt: Node, clauses: Node, _r: Node): Expr {
    return { kind: 'GeneratorExp', elt: ast(elt), generators: comprehensions(clauses), ...pos(this) };
  },
  ParenAtom_tuple(this: Node, _l: Node, first: Node, _comma: Node, rest: Node, _r: Node): Expr {
    return { kind: 'Tuple', elts: [ast(first), ...(optAst(rest) ?? [])], ctx: 'Load', ...pos(this) };
  },
  ListAtom_comp(this: Node, _l: Node, elt: Node, clauses: Node, _r: Node): Expr {
    return { kind: 'ListComp', elt: ast(elt), generators: comprehensions(clauses), ...pos(this) };
  },
  ListAtom_list(this: Node, _l: Node, elts: Node, _r: Node): Expr {
    return { kind: 'List', elts: optAst(elts) ?? [], ctx: 'Load', ...pos(this) };
  },
  BraceAtom_empty(this: Node, _l: Node, _r: Node): Expr {
    return { kind: 'Dict', keys: [], values: [], ...pos(this) };
  },
  BraceAtom_dict(this: Node, _l: Node, first: Node, _commas: Node, rest: Node, _comma: Node, _r: Node): Expr {
    const items: [Expr | null, Expr][] = [ast(first), ...each(rest)];
    return { kind: 'Dict', keys: items.map((i) => i[0]), values: items.map((i) => i[1]), ...pos(this) };
  },
  BraceAtom_dictcomp(this: Node, _l: Node, key: Node, _c: Node, value: Node, clauses: Node, _r: Node): Expr {
    return { kind: 'DictComp', key: ast(key), value: ast(value), generators: comprehensions(clauses), ...pos(this) };
  },
  BraceAtom_setcomp(this: Node, _l: Node, elt: Node, clauses: Node, _r: Node): Expr {
    return { kind: 'SetComp', elt: ast(elt), generators: comprehensions(clauses), ...pos(this) };
  },
  BraceAtom_set(this: Node, _l: Node, elts: Node, _r: Node): Expr {
    return { kind: 'Set', elts: ast(elts), ...pos(this) };
  },
  DictItem_unpack(_stars: Node, value: Node): [Expr | null, Expr] {
    return [null, ast(value)];
  },
  DictItem_pair(key: Node, _colon: Node, value: Node): [Expr | null, Expr] {
    return [ast(key), ast(value)];
  },

  ForIfClause(_for: Node, target: Node, _in: Node, iter: Node, _ifs: Node, conds: Node): comprehension {
    return { kind: 'comprehension', target: toTarget(ast(target), 'comprehension'), iter: ast(iter), ifs: each(conds), is_async: false };
  },

  Arguments(list: Node, comma: Node) {
    return { items: ast(list), trailingComma: comma.children.length > 0 };
  },
  Argument_star(this: Node, _star: Node, value: Node): CallItem {
    return { kind: 'star', value: { kind: 'Starred', value: ast(value), ctx: 'Load', ...pos(this) } };
  },
  Argument_dstar(this: Node, _stars: Node, value: Node): CallItem {
    const kw: keyword = { kind: 'keyword', arg: null, value: ast(value), ...pos(this) };
    return { kind: 'dstar', kw };
  },
  Argument_keyword(this: Node, name: Node, _eq: Node, value: Node): CallItem {
    const kw: keyword = { kind: 'keyword', arg: ast(name), value: ast(value), ...pos(this) };
    return { kind: 'keyword', kw };
  },
  Argument_genexp(this: Node, elt: Node, clauses: Node): CallItem {
    return { kind: 'genexp', value: { kind: 'GeneratorExp', elt: ast(elt), generators: comprehensions(clauses), ...pos(this) } };
  },
  Argument_plain(value: Node): CallItem {
    return { kind: 'positional', value: ast(value) };
  },

  NonemptyListOf(first: Node, _seps: Node, rest: Node) {
    return [ast(first), ...each(rest)];
  },
  _iter(...children: Node[]) {
    return children.map(ast);
  },
  _terminal(this: Node) {
    return this.sourceString;
  },
};
