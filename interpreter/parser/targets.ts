// Turning expressions into assignment/deletion targets: sets Store/Del contexts, and rejects what
// cannot be a target with CPython's messages ("cannot assign to literal", ...).

import type { Expr, ExprContext, Pos } from './ast.js';
import { errorAtPos } from './context.js';

/** Where the target appears; CPython's wording and rules differ slightly between them. */
export type TargetKind = 'assign' | 'for' | 'del' | 'with' | 'comprehension';

/** CPython's _PyPegen_get_expr_name: how an expression kind is named in messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.kind) {
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Marks `e` (already checked) as a target with context `ctx`. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
  }
}

/** Checks `e` as a target and sets its context; throws CPython's error for an invalid one. */
export function toTarget(e: Expr, kind: TargetKind, suggestEq = false): Expr {
  const bad = invalidTarget(e, kind);
  if (bad) {
    const verb = kind === 'del' ? 'delete' : 'assign to';
    const hint = suggestEq && bad === e ? " here. Maybe you meant '==' instead of '='?" : '';
    throw errorAtPos(`cannot ${verb} ${exprName(bad)}${hint}`, bad as Pos);
  }
  setContext(e, kind === 'del' ? 'Del' : 'Store');
  return e;
}

/** Checks the target of an augmented assignment (only a name, attribute or subscript). */
export function toAugTarget(e: Expr): Expr {
  if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
    throw errorAtPos(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
  }
  e.ctx = 'Store';
  return e;
}

/** Checks the target of an annotated assignment. */
export function toAnnTarget(e: Expr, parenthesised: boolean): Expr {
  if (e.kind === 'Tuple' || e.kind === 'List') {
    // CPython points at the first element of an unparenthesised tuple ("a, b: int").
    const where = e.kind === 'Tuple' && !parenthesised && e.elts.length > 0 ? e.elts[0] : e;
    throw errorAtPos(`only single target (not ${e.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, where);
  }
  if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
    throw errorAtPos('illegal target for annotation', e);
  }
  e.ctx = 'Store';
  return e;
}
