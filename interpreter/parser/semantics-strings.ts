// Semantic action for a run of adjacent string literals: implicit concatenation of str, bytes and
// f-string pieces into one Constant or JoinedStr, with CPython's errors and positions.

import type { Node } from 'ohm-js';
import type { Expr } from './ast.js';
import { ctx, errorAtNode, pos, sourceRange } from './context.js';
import type { PythonSyntaxError } from './errors.js';
import { FStringError, parseFString, toExprs, type FPart } from './fstrings.js';
import { decodeEscapes, LiteralError, splitLiteral, toBytes } from './strings.js';

/** Parses an f-string replacement field's expression (registered by index.ts: it needs the grammar). */
export type FieldParser = (text: string, sourceStart: number) => Expr;
let fieldParser: FieldParser | null = null;
export function setFieldParser(p: FieldParser): void {
  fieldParser = p;
}

/**
 * CPython reports errors found while building a string node at the token after the strings
 * (the parser's lookahead), a zero-width location.
 */
function errorAfter(msg: string, lastStringEnd: number): PythonSyntaxError {
  const { src, pp } = ctx();
  const starts = pp.tokStart;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < lastStringEnd) lo = mid + 1;
    else hi = mid;
  }
  const at = lo < starts.length ? starts[lo] : src.text.length;
  const lineno = src.lineno(at);
  return src.errorRaw(msg, lineno, src.col(at) + 1);
}

export function stringsNode(node: Node, tokens: Node[]): Expr {
  const whole = pos(node);
  const lastEnd = sourceRange(tokens[tokens.length - 1])[1];
  const pieces = tokens.map((t) => ({ node: t, lit: splitLiteral(t.sourceString) }));
  const bytesCount = pieces.filter((p) => p.lit.bytes).length;
  if (bytesCount > 0 && bytesCount < pieces.length) throw errorAfter('cannot mix bytes and nonbytes literals', lastEnd);
  try {
    if (bytesCount > 0) {
      let all = '';
      for (const { node: t, lit } of pieces) {
        if (/[^\x00-\x7f]/.test(lit.body)) throw errorAtNode('bytes can only contain ASCII literal characters', t);
        all += lit.raw ? lit.body : decodeEscapes(lit.body, true);
      }
      return { kind: 'Constant', value: { t: 'bytes', v: toBytes(all) }, ...whole };
    }
    if (!pieces.some((p) => p.lit.fstring)) {
      let all = '';
      for (const { lit } of pieces) all += lit.raw ? lit.body : decodeEscapes(lit.body, false);
      return { kind: 'Constant', value: { t: 'str', v: all }, ...whole };
    }
    const parts: FPart[] = [];
    for (const { node: t, lit } of pieces) {
      if (!lit.fstring) {
        parts.push({ kind: 'text', v: lit.raw ? lit.body : decodeEscapes(lit.body, false) });
        continue;
      }
      const bodySource = sourceRange(t)[0] + lit.bodyStart;
      parts.push(...parseFString(lit.body, bodySource, lit.raw, {
        parseExpr: (text, start) => fieldParser!(text, start),
        wholePos: whole,
        tokenPos: pos(t),
      }));
    }
    return { kind: 'JoinedStr', values: toExprs(parts, whole), ...whole };
  } catch (e) {
    if (e instanceof LiteralError || e instanceof FStringError) throw errorAfter(e.message, lastEnd);
    throw e;
  }
}
