// The state one grammar match is read in: which source file, and how offsets in the matched text
// map back to source offsets. Semantic actions read it to give every AST node its position.

import type { Pos } from './ast.js';
import type { PythonSyntaxError } from './errors.js';
import type { Prepassed } from './prepass.js';
import type { SourceFile } from './source.js';

export interface MatchContext {
  src: SourceFile;
  pp: Prepassed;
  /** Source offset of offset `i` in the matched text. */
  toSource(i: number): number;
}

let current: MatchContext | null = null;

export function ctx(): MatchContext {
  return current!;
}

/** Runs `fn` with `c` as the current context (matches nest: f-string expressions). */
export function withContext<T>(c: MatchContext, fn: () => T): T {
  const saved = current;
  current = c;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

interface HasSource { source: { startIdx: number; endIdx: number } }

/** Source offsets [start, end) of a matched node. */
export function sourceRange(node: HasSource): [number, number] {
  const c = current!;
  const { startIdx, endIdx } = node.source;
  const start = c.toSource(startIdx);
  const end = endIdx > startIdx ? c.toSource(endIdx - 1) + 1 : start;
  return [start, end];
}

export function posOfRange(start: number, end: number): Pos {
  const src = current!.src;
  return { lineno: src.lineno(start), col_offset: src.col(start), end_lineno: src.lineno(end), end_col_offset: src.col(end) };
}

/** Position of a matched node. */
export function pos(node: HasSource): Pos {
  const [s, e] = sourceRange(node);
  return posOfRange(s, e);
}

/** Position from `from`'s start to `to`'s end. */
export function spanPos(from: Pos, to: Pos): Pos {
  return { lineno: from.lineno, col_offset: from.col_offset, end_lineno: to.end_lineno, end_col_offset: to.end_col_offset };
}

/** Position from a matched node's start to `to`'s end. */
export function posFrom(node: HasSource, to: Pos): Pos {
  return spanPos(pos(node), to);
}

/** A SyntaxError located at an AST node's position. */
export function errorAtPos(msg: string, p: Pos): PythonSyntaxError {
  const src = current!.src;
  return src.errorRaw(msg, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1);
}

/** A SyntaxError located at a matched node. */
export function errorAtNode(msg: string, node: HasSource): PythonSyntaxError {
  return errorAtPos(msg, pos(node));
}
