// The parser's entry points: Python source text to the AST of interpreter/parser/ast.ts, or a
// PythonSyntaxError with CPython 3.11's message and position. Each top-level statement is
// matched on its own, which bounds the matcher's memory by the largest statement.

import type { MatchResult } from 'ohm-js';
import type { Expr, Expression, Module, Stmt } from './ast.js';
import { ctx, withContext, type MatchContext } from './context.js';
import { PythonSyntaxError } from './errors.js';
import { pythonGrammar } from './grammar.js';
import { prepass, Tok, type Prepassed } from './prepass.js';
import { setFieldParser } from './semantics-strings.js';
import { SourceFile } from './source.js';
import { diagnose } from './syntax-errors.js';

export { PythonSyntaxError } from './errors.js';

/** CPython reads source with universal newlines and ignores a leading byte-order mark. */
function normalise(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s;
}

export function parseModule(source: string, filename: string): Module {
  const src = new SourceFile(filename, normalise(source));
  const pp = prepass(src);
  const { grammar, semantics } = pythonGrammar();
  const body: Stmt[] = [];
  const starts = pp.chunkStarts;
  for (let k = 0; k + 1 < starts.length; k++) {
    const base = starts[k];
    const m = grammar.match(pp.text.slice(base, starts[k + 1]), 'Chunk');
    const c: MatchContext = { src, pp, toSource: (i) => pp.map.toSource(base + i) };
    body.push(...(build(m, c, base, semantics) as Stmt[]));
  }
  if (pp.error) throw pp.error;
  if (pp.unclosed) throw neverClosed(src, pp);
  return { kind: 'Module', body };
}

export function parseExpression(source: string, filename: string): Expression {
  const src = new SourceFile(filename, normalise(source));
  const pp = prepass(src);
  const { grammar, semantics } = pythonGrammar();
  const m = grammar.match(pp.text, 'EvalInput');
  const c: MatchContext = { src, pp, toSource: (i) => pp.map.toSource(i) };
  const body = build(m, c, 0, semantics) as Expr;
  if (pp.error) throw pp.error;
  return { kind: 'Expression', body };
}

/** Runs the semantics on a match, or raises the error CPython would for a failed one. */
function build(m: MatchResult, c: MatchContext, base: number, semantics: ReturnType<typeof pythonGrammar>['semantics']): unknown {
  const { src, pp } = c;
  if (m.failed()) {
    const failure = base + m.getRightmostFailurePosition();
    throw preferTokenizerError(diagnose({ src, pp, outOffset: failure }), src, pp, c.toSource(failure - base));
  }
  try {
    return withContext(c, () => (semantics(m) as unknown as { ast(): unknown }).ast());
  } catch (e) {
    if (e instanceof PythonSyntaxError) throw preferTokenizerError(e, src, pp, -1);
    throw e;
  }
}

/**
 * CPython tokenizes the rest of the file after a parser error and reports a tokenizer error found
 * there instead (but not for "unexpected indent", and an unclosed bracket only when the parser
 * ran into it).
 */
function preferTokenizerError(e: PythonSyntaxError, src: SourceFile, pp: Prepassed, failureSource: number): PythonSyntaxError {
  if (e.msg === 'unexpected indent' || e.msg.startsWith('f-string') || e.msg.startsWith('cannot mix') || e.msg.startsWith('bytes can only')
    || e.msg.startsWith('(unicode error)') || e.msg.startsWith('(value error)')) return e;
  if (pp.error) return pp.error;
  if (pp.unclosed && failureSource >= pp.unclosed.offset && parserReachedEof(src, pp, e, failureSource)) {
    return neverClosed(src, pp);
  }
  return e;
}

/**
 * Whether CPython's parser would have asked for a token past the end of the file while the bracket
 * was open: the error is on a later line than the bracket, or matching stopped at the last
 * token and that token starts an operand (the parser reads past an operand for an operator).
 */
function parserReachedEof(src: SourceFile, pp: Prepassed, e: PythonSyntaxError, failureSource: number): boolean {
  if (e.end_lineno > src.lineno(pp.unclosed!.offset) || e.msg.includes('Perhaps you forgot a comma')) return true;
  const starts = pp.tokStart;
  let k = 0;
  while (k < starts.length && pp.tokEnd[k] <= failureSource) k++;
  if (k >= starts.length) return true;
  for (let j = k + 1; j < starts.length; j++) if (pp.tokKind[j] !== Tok.Newline && pp.tokKind[j] !== Tok.Dedent) return false;
  const kind = pp.tokKind[k];
  const t = src.text.slice(starts[k], pp.tokEnd[k]);
  return kind === Tok.Number || kind === Tok.String || (kind === Tok.Name && !['if', 'else', 'in', 'is', 'and', 'or', 'for'].includes(t))
    || t === '(' || t === '[' || t === '{';
}

function neverClosed(src: SourceFile, pp: Prepassed): PythonSyntaxError {
  const u = pp.unclosed!;
  const lineno = src.lineno(u.offset);
  return src.errorRaw(`'${u.ch}' was never closed`, lineno, src.col(u.offset) + 1, lineno, 0);
}

/**
 * f-string replacement fields are parsed with the same grammar. CPython 3.11 parses a field as
 * "(expr)" with the parentheses standing on the braces, which shows in positions (a tuple field
 * starts at its '{'); newlines inside the field therefore join lines.
 */
setFieldParser((text, sourceStart) => {
  const { grammar, semantics } = pythonGrammar();
  const m = grammar.match(`(${text.replace(/\n/g, ' ')})`, 'FStringReplacement');
  const outer = ctx();
  if (m.failed()) {
    const at = sourceStart - 1 + m.getRightmostFailurePosition();
    throw outer.src.errorAt('f-string: invalid syntax', at);
  }
  return withContext({ ...outer, toSource: (i) => sourceStart - 1 + i }, () =>
    (semantics(m) as unknown as { ast(): Expr }).ast());
});
