// Turns a failed grammar match into the SyntaxError CPython 3.11 raises for the same source.
// CPython finds these with a second parse using its invalid_* rules; here the failure position
// and the tokens around it are inspected for the same common mistakes, falling back to
// "invalid syntax" at the token where matching stopped.

import { PythonSyntaxError } from './errors.js';
import { DEDENT, INDENT, Tok, type Prepassed } from './prepass.js';
import type { SourceFile } from './source.js';

const BLOCK_STATEMENTS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", try: "'try' statement", with: "'with' statement",
  except: "'except' statement", finally: "'finally' statement", def: 'function definition',
  class: 'class definition',
};
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Token-level view of the source used by the heuristics. */
class Tokens {
  constructor(private readonly src: SourceFile, private readonly pp: Prepassed) {}
  get count(): number { return this.pp.tokStart.length; }
  start(k: number): number { return this.pp.tokStart[k]; }
  end(k: number): number { return this.pp.tokEnd[k]; }
  kind(k: number): Tok { return this.pp.tokKind[k]; }
  text(k: number): string { return this.src.text.slice(this.start(k), this.end(k)); }
  isReal(k: number): boolean { return this.kind(k) !== Tok.Indent && this.kind(k) !== Tok.Dedent; }
  /** Index of the first real token that ends after `offset` (the token at or after it). */
  at(offset: number): number {
    const ends = this.pp.tokEnd;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= offset && !(ends[mid] === offset && this.pp.tokStart[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    while (lo < ends.length && !this.isReal(lo)) lo++;
    return lo;
  }
  /** Whether token k can end an operand (so an operand right after it is missing a comma). */
  endsOperand(k: number): boolean {
    const kind = this.kind(k);
    if (kind === Tok.Number || kind === Tok.String) return true;
    if (kind === Tok.Name) { const t = this.text(k); return !KEYWORDS.has(t) || t === 'None' || t === 'True' || t === 'False'; }
    return kind === Tok.Op && CLOSERS.has(this.text(k));
  }
  /** Whether token k can start an operand. */
  startsOperand(k: number): boolean {
    const kind = this.kind(k);
    if (kind === Tok.Number || kind === Tok.String) return true;
    if (kind === Tok.Name) {
      const t = this.text(k);
      return !KEYWORDS.has(t) || ['None', 'True', 'False', 'not', 'lambda', 'await'].includes(t);
    }
    return kind === Tok.Op && (OPENERS.has(this.text(k)) || ['-', '+', '~'].includes(this.text(k)));
  }
}

export interface FailureSite {
  src: SourceFile;
  pp: Prepassed;
  /** Offset in pp.text where matching failed. */
  outOffset: number;
}

export function diagnose({ src, pp, outOffset }: FailureSite): PythonSyntaxError {
  const text = pp.text;
  let o = outOffset;
  while (o < text.length && (text[o] === ' ' || text[o] === '\t' || text[o] === '\x0c')) o++;
  const toks = new Tokens(src, pp);

  if (text[o] === INDENT) {
    const at = pp.map.toSource(o);
    const lineno = src.lineno(at);
    return src.errorRaw('unexpected indent', lineno, src.col(at), lineno, -1, 'IndentationError');
  }

  const sourceAt = pp.map.toSource(o);
  const k = toks.at(sourceAt);
  const missingBlock = expectedBlock(src, pp, toks, o, k);
  if (missingBlock) return missingBlock;

  const tryError = missingExcept(src, toks, k);
  if (tryError) return tryError;
  if (k >= toks.count) return src.errorAt('invalid syntax', src.text.length);
  const lineFirst = firstTokenOfLine(toks, k);
  const firstText = toks.text(lineFirst);

  if (firstText === 'def' && k === lineFirst + 2 && toks.text(k) !== '(') {
    return tokenError(src, toks, k, "expected '('");
  }
  if (toks.kind(k) === Tok.Newline && firstText in BLOCK_STATEMENTS && !lineHasColon(toks, lineFirst, k)
    && (toks.endsOperand(k - 1) || (k - 1 === lineFirst && ['else', 'try', 'finally', 'except'].includes(firstText)))) {
    return tokenError(src, toks, k, "expected ':'");
  }
  if (k === lineFirst + 1 && (firstText === 'print' || firstText === 'exec') && toks.startsOperand(k)) {
    const endTok = lastTokenOfLine(toks, k);
    return range(src, toks.start(lineFirst), toks.end(endTok),
      `Missing parentheses in call to '${firstText}'. Did you mean ${firstText}(...)?`);
  }
  const open = innermostOpen(toks, lineFirst, k);
  if (k > lineFirst && toks.text(k - 1) === ':' && open >= 0 && toks.text(open) === '{' && (toks.text(k) === '}' || toks.text(k) === ',')) {
    return range(src, toks.start(k - 1), toks.end(k - 1), "expression expected after dictionary key and ':'");
  }
  if (open >= 0 && toks.text(open) === '{' && (toks.text(k) === '}' || toks.text(k) === ',') && k - 1 > open &&
      toks.endsOperand(k - 1) && hasColonAtDepth(toks, open, k)) {
    const a = operandStart(toks, k - 1, open + 1);
    return range(src, toks.start(a), toks.end(k - 1), "':' expected after dictionary key");
  }
  if (toks.text(k) === ':=' && k - 1 > lineFirst) {
    const prev = toks.text(k - 1);
    if (k - 2 >= lineFirst && toks.text(k - 2) === '.') return tokenError(src, toks, k, 'cannot use assignment expressions with attribute');
    if (prev === ']') return tokenError(src, toks, k, 'cannot use assignment expressions with subscript');
  }
  if (toks.text(k) === 'await' && k + 1 < toks.count && toks.startsOperand(k + 1)) {
    // async/await are not implemented; CPython reports this case from its compiler.
    return range(src, toks.start(k), toks.end(operandEnd(toks, k + 1)), "'await' outside async function");
  }
  const ifWithoutElse = missingElse(toks, lineFirst, k);
  if (ifWithoutElse !== null) {
    return range(src, toks.start(operandStart(toks, ifWithoutElse - 1, lineFirst)), toks.end(k - 1), "expected 'else' after 'if' expression");
  }
  const inParams = open >= 0 && open === lineFirst + 2 && (firstText === 'def' || firstText === 'class');
  if (k > 0 && !inParams && depthBefore(toks, lineFirst, k) > 0 && toks.endsOperand(k - 1) && toks.startsOperand(k)
    && !(toks.kind(k - 1) === Tok.Name && toks.kind(k) === Tok.String)) {
    const a = operandStart(toks, k - 1, lineFirst);
    const b = operandEnd(toks, k);
    return range(src, toks.start(a), toks.end(b), 'invalid syntax. Perhaps you forgot a comma?');
  }
  if (toks.text(k) === '=' && k > lineFirst && toks.kind(k - 1) === Tok.Name && !KEYWORDS.has(toks.text(k - 1))
    && k - 1 > lineFirst && isOperandStop(toks, k - 2)) {
    const b = operandEnd(toks, k + 1);
    return range(src, toks.start(k - 1), toks.end(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (toks.kind(k) === Tok.Newline && k > lineFirst && toks.text(k - 1) === ',' && firstText === 'from') {
    return tokenError(src, toks, k, 'trailing comma not allowed without surrounding parentheses');
  }
  return tokenError(src, toks, k, 'invalid syntax');
}

/** "expected an indented block after 'if' statement on line N": a header's ':' NEWLINE without INDENT. */
function expectedBlock(src: SourceFile, pp: Prepassed, toks: Tokens, o: number, k: number): PythonSyntaxError | null {
  const text = pp.text;
  let p = o - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === DEDENT)) p--;
  if (text[p] !== '\n') return null;
  p--;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if (text[p] !== ':') return null;
  const colonTok = toks.at(pp.map.toSource(p));
  const first = firstTokenOfLine(toks, colonTok);
  const what = BLOCK_STATEMENTS[toks.text(first)];
  if (!what) return null;
  const headerLine = src.lineno(toks.start(first));
  const msg = `expected an indented block after ${what} on line ${headerLine}`;
  if (k >= toks.count) {
    // At the end of the file CPython points at the header's own NEWLINE, or at the end of a
    // last line that has no newline.
    let nl = colonTok;
    while (nl < toks.count && toks.kind(nl) !== Tok.Newline) nl++;
    const at = nl < toks.count && src.text.endsWith('\n') ? toks.end(nl) - 1 : src.text.length;
    const lineno = src.lineno(at);
    return src.errorRaw(msg, lineno, src.col(at) + 1, lineno, -1, 'IndentationError');
  }
  return range(src, toks.start(k), toks.end(k), msg, 'IndentationError');
}

/** Index of the innermost bracket still open before token `k` on its line, or -1. */
function innermostOpen(toks: Tokens, from: number, k: number): number {
  const stack: number[] = [];
  for (let j = from; j < k; j++) {
    if (toks.kind(j) !== Tok.Op) continue;
    const t = toks.text(j);
    if (OPENERS.has(t)) stack.push(j);
    else if (CLOSERS.has(t)) stack.pop();
  }
  return stack.length ? stack[stack.length - 1] : -1;
}

/**
 * An `x if y` expression cut short (CPython: "expected 'else' after 'if' expression"): returns the
 * index of its `if` when matching stopped right after the condition.
 */
function missingElse(toks: Tokens, lineFirst: number, k: number): number | null {
  if (k - 1 <= lineFirst || !toks.endsOperand(k - 1)) return null;
  if (!(toks.kind(k) === Tok.Newline || CLOSERS.has(toks.text(k)) || toks.text(k) === ',')) return null;
  let depth = 0;
  for (let j = k - 1; j > lineFirst; j--) {
    const t = toks.text(j);
    if (toks.kind(j) === Tok.Op && CLOSERS.has(t)) depth++;
    else if (toks.kind(j) === Tok.Op && OPENERS.has(t)) { if (depth === 0) return null; depth--; }
    else if (depth === 0 && toks.kind(j) === Tok.Name && (t === 'else' || t === 'for' || t === 'lambda')) return null;
    else if (depth === 0 && toks.kind(j) === Tok.Name && t === 'if') return toks.endsOperand(j - 1) ? j : null;
    else if (depth === 0 && isOperandStop(toks, j)) return null;
  }
  return null;
}

/** A `try:` block followed by neither `except` nor `finally`. */
function missingExcept(src: SourceFile, toks: Tokens, k: number): PythonSyntaxError | null {
  const msg = "expected 'except' or 'finally' block";
  const lineStartCol = (j: number) => src.col(toks.start(j));
  const isLineStart = (j: number) => j === 0 || toks.kind(j - 1) === Tok.Newline || !toks.isReal(j - 1);
  if (k < toks.count && !isLineStart(k)) return null;
  let limit = k < toks.count ? lineStartCol(k) : Infinity;
  let j = k - 1;
  for (; j >= 0; j--) {
    if (!toks.isReal(j) || !isLineStart(j)) continue;
    const col = lineStartCol(j);
    if (col < limit || (k < toks.count && col === limit)) {
      if (k >= toks.count && limit === Infinity) { limit = col; continue; }
      break;
    }
  }
  if (j < 0 || toks.text(j) !== 'try') return null;
  if (k < toks.count && lineStartCol(j) !== lineStartCol(k)) return null;
  if (k < toks.count) return range(src, toks.start(k), toks.end(k), msg);
  let nl = toks.count - 1;
  while (nl >= 0 && toks.kind(nl) !== Tok.Newline) nl--;
  const at = toks.start(nl);
  const lineno = src.lineno(at);
  return src.errorRaw(msg, lineno, src.col(at) + 1, lineno, -1);
}

/** A ':' directly inside the brackets opened at `open`, before token k (a dict display). */
function hasColonAtDepth(toks: Tokens, open: number, k: number): boolean {
  let depth = 0;
  for (let j = open + 1; j < k; j++) {
    const t = toks.text(j);
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') depth--;
    else if (t === ':' && depth === 0) return true;
  }
  return false;
}

function firstTokenOfLine(toks: Tokens, k: number): number {
  let j = Math.min(k, toks.count - 1);
  while (j > 0 && toks.kind(j - 1) !== Tok.Newline && toks.isReal(j - 1)) j--;
  while (j < k && !toks.isReal(j)) j++;
  return j;
}

function lastTokenOfLine(toks: Tokens, k: number): number {
  let j = k;
  while (j + 1 < toks.count && toks.kind(j + 1) !== Tok.Newline && toks.text(j + 1) !== ';') j++;
  return j;
}

function lineHasColon(toks: Tokens, from: number, to: number): boolean {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = toks.text(j);
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
    else if (t === ':' && depth === 0) return true;
  }
  return false;
}

function depthBefore(toks: Tokens, from: number, to: number): number {
  let depth = 0;
  for (let j = from; j < to; j++) {
    if (toks.kind(j) !== Tok.Op) continue;
    const t = toks.text(j);
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
  }
  return depth;
}

/** Tokens that separate operands: where scanning for the extent of an expression stops. */
function isOperandStop(toks: Tokens, j: number): boolean {
  const t = toks.text(j);
  if (toks.kind(j) === Tok.Newline) return true;
  if (toks.kind(j) === Tok.Name) return ['if', 'else', 'for', 'lambda', 'yield', 'return', 'while', 'elif', 'assert', 'del', 'in', 'with', 'as'].includes(t);
  return [',', ':', '=', ':=', ';', '(', '[', '{', '->'].includes(t) || t.endsWith('=') && !['==', '!=', '<=', '>='].includes(t);
}

/** First token of the operand that ends at token `k`. */
function operandStart(toks: Tokens, k: number, lineFirst: number): number {
  let depth = 0;
  for (let j = k; j >= lineFirst; j--) {
    const t = toks.text(j);
    if (toks.kind(j) === Tok.Op && CLOSERS.has(t)) {
      depth++;
      continue;
    }
    if (toks.kind(j) === Tok.Op && OPENERS.has(t)) {
      if (depth === 0) return j + 1;
      depth--;
      if (depth > 0) continue;
    }
    if (depth > 0 || j === k) continue;
    if (isOperandStop(toks, j)) return j + 1;
    const next = toks.text(j + 1);
    if (toks.endsOperand(j) && toks.startsOperand(j + 1) && !(toks.kind(j + 1) === Tok.Op && OPENERS.has(next))) return j + 1;
  }
  return lineFirst;
}

/** Last token of the operand that starts at token `k`. */
function operandEnd(toks: Tokens, k: number): number {
  let depth = 0;
  let j = k;
  for (; j < toks.count; j++) {
    const t = toks.text(j);
    if (toks.kind(j) === Tok.Op && OPENERS.has(t)) depth++;
    else if (toks.kind(j) === Tok.Op && CLOSERS.has(t)) {
      if (depth === 0) return j - 1;
      depth--;
    } else if (depth === 0 && j > k && isOperandStop(toks, j)) return j - 1;
    if (depth === 0 && j + 1 < toks.count && toks.endsOperand(j) && toks.startsOperand(j + 1)
      && !(toks.kind(j + 1) === Tok.Op && OPENERS.has(toks.text(j + 1)))) return j;
  }
  return j - 1;
}

/** An error spanning token k; a NEWLINE token spans only the comment before it, if any. */
function tokenError(src: SourceFile, toks: Tokens, k: number, msg: string): PythonSyntaxError {
  const start = toks.start(k);
  const end = toks.kind(k) === Tok.Newline ? Math.max(start, toks.end(k) - 1) : toks.end(k);
  return range(src, start, end, msg);
}

function range(src: SourceFile, start: number, end: number, msg: string,
  type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PythonSyntaxError {
  return src.errorAt(msg, start, end, type);
}
