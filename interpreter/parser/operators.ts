// Operator precedence for the grammar's flat operand chains: `a or not b < c + d * e` arrives as
// operands and operators in source order and becomes CPython's tree (BoolOp > not > Compare >
// BinOp levels, binary operators left-associative by precedence).

import type { Node } from 'ohm-js';
import type { BoolOpKind, CmpOpKind, Expr, OperatorKind, Pos } from './ast.js';
import { errorAtPos, pos, spanPos } from './context.js';

/** Runs the `ast` operation on a node. */
const ast = (n: Node): any => (n as unknown as { ast(): unknown }).ast();

export const BIN_OPS: Record<string, [OperatorKind, number]> = {
  '|': ['BitOr', 1], '^': ['BitXor', 2], '&': ['BitAnd', 3], '<<': ['LShift', 4], '>>': ['RShift', 4],
  '+': ['Add', 5], '-': ['Sub', 5], '*': ['Mult', 6], '@': ['MatMult', 6], '/': ['Div', 6],
  '//': ['FloorDiv', 6], '%': ['Mod', 6],
};
const CMP_OPS: Record<string, CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
  'not in': 'NotIn', 'is not': 'IsNot',
};

/**
 * Resolves a flat chain `e0 op1 e1 op2 e2 ...` of binary operators into left-associative BinOps
 * by precedence. A BinOp spans its operands' source text, parentheses included (as in CPython).
 */
export function binaryChain(operandNodes: Node[], ops: string[]): Expr {
  const values: [Expr, Pos][] = [[ast(operandNodes[0]), pos(operandNodes[0])]];
  const pending: [OperatorKind, number][] = [];
  const reduce = () => {
    const [right, rightPos] = values.pop()!;
    const [left, leftPos] = values.pop()!;
    const p = spanPos(leftPos, rightPos);
    values.push([{ kind: 'BinOp', left, op: pending.pop()![0], right, ...p }, p]);
  };
  for (let k = 0; k < ops.length; k++) {
    const op = BIN_OPS[ops[k]];
    while (pending.length > 0 && pending[pending.length - 1][1] >= op[1]) reduce();
    pending.push(op);
    values.push([ast(operandNodes[k + 1]), pos(operandNodes[k + 1])]);
  }
  while (pending.length > 0) reduce();
  return values[0][0];
}

/** One operand of a chain: the `not`s before it and the operand proper (a Factor). */
interface Operand { node: Node; nots: Node[]; factor: Node }

/**
 * Resolves a Disjunction chain. `operandNodes` are Operand nodes (kwNot* Factor), `opTexts` the
 * operators between them ("or", "and", "not in", "<", "+", ...).
 */
export function operatorChain(operandNodes: Node[], opTexts: string[]): Expr {
  const operands: Operand[] = operandNodes.map((node) => ({ node, nots: node.children[0].children, factor: node.children[1] }));
  return boolLevel(operands, opTexts, 0, operands.length, 'or');
}

/** Operands [from, to) (and the operators between them) at the `or` or `and` level. */
function boolLevel(operands: Operand[], ops: string[], from: number, to: number, word: 'or' | 'and'): Expr {
  const groups: [number, number][] = [];
  let start = from;
  for (let k = from; k < to - 1; k++) {
    if (ops[k] === word) {
      groups.push([start, k + 1]);
      start = k + 1;
    }
  }
  groups.push([start, to]);
  const sub = (a: number, b: number) => (word === 'or' ? boolLevel(operands, ops, a, b, 'and') : notLevel(operands, ops, a, b));
  if (groups.length === 1) return sub(from, to);
  const op: BoolOpKind = word === 'or' ? 'Or' : 'And';
  const values = groups.map(([a, b]) => sub(a, b));
  return { kind: 'BoolOp', op, values, ...spanPos(pos(operands[from].node), pos(operands[to - 1].node)) };
}

/** `not`s apply to the comparison that follows them; anywhere else a `not` is a syntax error. */
function notLevel(operands: Operand[], ops: string[], from: number, to: number): Expr {
  for (let k = from + 1; k < to; k++) {
    if (operands[k].nots.length > 0) throw errorAtPos('invalid syntax', pos(operands[k].nots[0]));
  }
  let e = compareLevel(operands, ops, from, to);
  const end = pos(operands[to - 1].node);
  const nots = operands[from].nots;
  for (let k = nots.length - 1; k >= 0; k--) e = { kind: 'UnaryOp', op: 'Not', operand: e, ...spanPos(pos(nots[k]), end) };
  return e;
}

function compareLevel(operands: Operand[], ops: string[], from: number, to: number): Expr {
  const cmpOps: CmpOpKind[] = [];
  const segments: [number, number][] = [];
  let start = from;
  for (let k = from; k < to - 1; k++) {
    const cmp = CMP_OPS[ops[k]];
    if (cmp) {
      cmpOps.push(cmp);
      segments.push([start, k + 1]);
      start = k + 1;
    }
  }
  segments.push([start, to]);
  const chain = ([a, b]: [number, number]) =>
    binaryChain(operands.slice(a, b).map((o) => o.factor), ops.slice(a, b - 1));
  if (segments.length === 1) return chain(segments[0]);
  const [left, ...comparators] = segments.map(chain);
  return { kind: 'Compare', left, ops: cmpOps, comparators, ...spanPos(pos(operands[from].factor), pos(operands[to - 1].node)) };
}
