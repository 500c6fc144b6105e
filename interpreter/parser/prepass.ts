// The pre-pass: CPython's tokenizer reduced to what the grammar cannot do. It makes NEWLINE,
// INDENT and DEDENT explicit, blanks out comments, continuations and newlines inside brackets,
// finds where each top-level statement starts, records tokens (for error messages), and detects
// the tokenizer's own errors (strings, numbers, brackets, indentation) with CPython's messages.

import type { PythonSyntaxError } from './errors.js';
import { scanNumber } from './numbers.js';
import type { SourceFile } from './source.js';

export const INDENT = '\x01';
export const DEDENT = '\x02';

export const enum Tok { Name = 1, Number, String, Op, Newline, Indent, Dedent }

/** Where the pre-pass inserted INDENT/DEDENT characters, to map grammar offsets back to the source. */
export class OffsetMap {
  private readonly at: number[] = []; // output offset of each run of inserted characters
  private readonly cum: number[] = []; // characters inserted up to and including each run
  add(outOffset: number, count: number): void {
    const last = this.at.length - 1;
    const before = last >= 0 ? this.cum[last] : 0;
    if (last >= 0 && this.at[last] + (this.cum[last] - (this.cum[last - 1] ?? 0)) === outOffset) {
      this.cum[last] += count; // extends the previous run
      return;
    }
    this.at.push(outOffset);
    this.cum.push(before + count);
  }
  /** Source offset of output offset `o`; an inserted character maps to the character after it. */
  toSource(o: number): number {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    if (hi < 0 || o < at[0]) return o;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const before = lo > 0 ? this.cum[lo - 1] : 0;
    const runEnd = at[lo] + (this.cum[lo] - before);
    return o < runEnd ? at[lo] - before : o - this.cum[lo];
  }
}

export interface Prepassed {
  /** The text the grammar matches. */
  text: string;
  map: OffsetMap;
  /** Output offsets where top-level statements start, then text.length. */
  chunkStarts: number[];
  /** Tokens as parallel arrays of source offsets and kinds (INDENT/DEDENT: offset of the line's first token). */
  tokStart: number[];
  tokEnd: number[];
  tokKind: Tok[];
  /** The first error CPython's tokenizer would raise, if any (the text stops there). */
  error: PythonSyntaxError | null;
  /** A bracket still open at the end of the file (CPython's "'(' was never closed"). */
  unclosed: { offset: number; ch: string } | null;
}

const OPENERS = '([{';
const CLOSERS = ')]}';
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=',
  '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
];
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;
const STRING_PREFIX = /^(r|u|f|b|br|rb|fr|rf)$/i;
const BLOCK_CONTINUATIONS = /^(else|elif|except|finally)(?![\p{XID_Continue}])/u;

export function prepass(src: SourceFile): Prepassed {
  const s = src.text;
  const n = s.length;
  const out: string[] = [];
  let outLen = 0;
  const map = new OffsetMap();
  const chunkStarts: number[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const tokKind: Tok[] = [];
  const brackets: { ch: string; offset: number }[] = [];
  const indents = [0]; // indentation columns, tabs to multiples of 8
  const altIndents = [0]; // the same with tabs counting 1, to detect inconsistent tabs (TabError)
  let error: PythonSyntaxError | null = null;
  let prevTopLineWasDecorator = false;

  const emit = (t: string) => { out.push(t); outLen += t.length; };
  const insert = (t: string) => { map.add(outLen, t.length); emit(t); };
  const token = (start: number, end: number, kind: Tok) => { tokStart.push(start); tokEnd.push(end); tokKind.push(kind); };
  const blank = (from: number, to: number) => { if (to > from) emit(' '.repeat(to - from)); };

  let i = 0;
  let lineHasTokens = false; // the current logical line has a token (so its newline is NEWLINE)
  let commentStart = -1; // where a comment started on the current physical line

  scan: while (i < n) {
    // ---- start of a logical line: measure indentation --------------------------------------------
    if (!lineHasTokens && brackets.length === 0) {
      let col = 0;
      let altcol = 0;
      let j = i;
      for (; j < n; j++) {
        const c = s[j];
        if (c === ' ') { col++; altcol++; }
        else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
        else if (c === '\x0c') { col = altcol = 0; }
        else break;
      }
      const c = s[j];
      if (j >= n || c === '#' || c === '\n') {
        // A blank or comment-only line does not take part in indentation.
        const eol = s.indexOf('\n', j);
        const end = eol < 0 ? n : eol + 1;
        blank(i, end);
        i = end;
        continue;
      }
      emit(s.slice(i, j));
      const top = indents[indents.length - 1];
      const altTop = altIndents[altIndents.length - 1];
      if (col === top) {
        if (altcol !== altTop) { error = tabError(src, j); break scan; }
      } else if (col > top) {
        if (altcol <= altTop) { error = tabError(src, j); break scan; }
        indents.push(col);
        altIndents.push(altcol);
        insert(INDENT);
        token(j, j, Tok.Indent);
      } else {
        let dedents = 0;
        while (indents.length > 1 && col < indents[indents.length - 1]) {
          indents.pop();
          altIndents.pop();
          dedents++;
        }
        if (col !== indents[indents.length - 1]) {
          const lineno = src.lineno(j);
          error = src.errorRaw('unindent does not match any outer indentation level', lineno,
            src.lineText(lineno).length + 1, lineno, -1, 'IndentationError');
          break scan;
        }
        if (altcol !== altIndents[altIndents.length - 1]) { error = tabError(src, j); break scan; }
        insert(DEDENT.repeat(dedents));
        for (let k = 0; k < dedents; k++) token(j, j, Tok.Dedent);
      }
      if (chunkStarts.length === 0) {
        chunkStarts.push(outLen - (indents.length > 1 ? 1 : 0)); // the first line, even if (wrongly) indented
      } else if (indents.length === 1 && !prevTopLineWasDecorator && !BLOCK_CONTINUATIONS.test(s.slice(j, j + 9))) {
        // A new top-level statement, unless this line continues the previous compound statement.
        chunkStarts.push(outLen);
      }
      if (indents.length === 1) prevTopLineWasDecorator = s[j] === '@';
      i = j;
    }

    // ---- one token or gap -------------------------------------------------------------------------
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\x0c') { emit(c); i++; continue; }
    if (c === '#') {
      let e = s.indexOf('\n', i);
      if (e < 0) e = n;
      blank(i, e);
      commentStart = i;
      i = e;
      continue;
    }
    if (c === '\n') {
      if (brackets.length > 0) { emit(' '); }
      else {
        // CPython's NEWLINE token after a comment starts where the comment does.
        emit('\n'); token(commentStart >= 0 ? commentStart : i, i + 1, Tok.Newline); lineHasTokens = false;
      }
      commentStart = -1;
      i++;
      continue;
    }
    if (c === '\\') {
      if (s[i + 1] === '\n') { emit('  '); i += 2; if (i >= n) { error = eofError(src, i); break scan; } continue; }
      if (i + 1 >= n) { error = eofError(src, i + 1); break scan; }
      error = src.errorRaw('unexpected character after line continuation character', src.lineno(i), src.col(i) + 2, src.lineno(i), 0);
      break scan;
    }
    lineHasTokens = true;
    commentStart = -1;
    if (c === '"' || c === "'") {
      const end = scanString(src, i, i);
      if (typeof end !== 'number') { error = end; break scan; }
      emit(s.slice(i, end));
      token(i, end, Tok.String);
      i = end;
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && s[i + 1] >= '0' && s[i + 1] <= '9')) {
      const end = scanNumber(s, i);
      if (typeof end !== 'number') {
        error = src.errorRaw(end.msg, src.lineno(i), src.col(end.start), src.lineno(i), src.col(end.end));
        break scan;
      }
      emit(s.slice(i, end));
      token(i, end, Tok.Number);
      i = end;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (isIdentStart(c, ch)) {
      let j = i + ch.length;
      while (j < n) {
        const d = s[j];
        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d === '_') { j++; continue; }
        if (d < '\x80') break;
        const dch = String.fromCodePoint(s.codePointAt(j)!);
        if (!ID_CONTINUE.test(dch)) {
          error = src.errorRaw(`invalid character '${dch}' (U+${hex4(dch.codePointAt(0)!)})`, src.lineno(j), src.col(j) + 1);
          break scan;
        }
        j += dch.length;
      }
      if ((s[j] === '"' || s[j] === "'") && STRING_PREFIX.test(s.slice(i, j))) {
        const end = scanString(src, i, j);
        if (typeof end !== 'number') { error = end; break scan; }
        emit(s.slice(i, end));
        token(i, end, Tok.String);
        i = end;
        continue;
      }
      emit(s.slice(i, j));
      token(i, j, Tok.Name);
      i = j;
      continue;
    }
    if (OPENERS.includes(c)) {
      brackets.push({ ch: c, offset: i });
      emit(c); token(i, i + 1, Tok.Op); i++;
      continue;
    }
    if (CLOSERS.includes(c)) {
      const open = brackets.pop();
      if (!open) { error = src.errorAt(`unmatched '${c}'`, i); break scan; }
      if (OPENERS.indexOf(open.ch) !== CLOSERS.indexOf(c)) {
        const where = src.lineno(open.offset) === src.lineno(i) ? '' : ` on line ${src.lineno(open.offset)}`;
        error = src.errorAt(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`, i);
        break scan;
      }
      emit(c); token(i, i + 1, Tok.Op); i++;
      continue;
    }
    if (cp < 0x20 || cp === 0x7f) {
      error = src.errorAt(`invalid non-printable character U+${hex4(cp)}`, i);
      break scan;
    }
    if (cp >= 0x80) {
      error = src.errorAt(`invalid character '${ch}' (U+${hex4(cp)})`, i);
      break scan;
    }
    // An operator or delimiter (or a stray character such as '$', which the grammar rejects).
    let len = 1;
    for (const op of OPERATORS) if (s.startsWith(op, i)) { len = op.length; break; }
    emit(s.slice(i, i + len));
    token(i, i + len, Tok.Op);
    i += len;
  }

  if (error === null) {
    // End of file: close the last logical line and every open block.
    if (lineHasTokens && brackets.length === 0) { emit('\n'); token(commentStart >= 0 ? commentStart : n, n + 1, Tok.Newline); }
    if (brackets.length === 0 && indents.length > 1) {
      insert(DEDENT.repeat(indents.length - 1));
      for (let k = 1; k < indents.length; k++) token(n, n, Tok.Dedent);
    }
  }
  const text = out.join('');
  chunkStarts.push(text.length);
  const open = brackets[brackets.length - 1];
  return {
    text, map, chunkStarts, tokStart, tokEnd, tokKind, error,
    unclosed: error === null && open ? { offset: open.offset, ch: open.ch } : null,
  };
}

function isIdentStart(c: string, ch: string): boolean {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_') return true;
  return c >= '\x80' && ID_START.test(ch);
}

const hex4 = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

function tabError(src: SourceFile, at: number): PythonSyntaxError {
  return src.errorRaw('inconsistent use of tabs and spaces in indentation', src.lineno(at), 1, src.lineno(at), 0, 'TabError');
}

function eofError(src: SourceFile, at: number): PythonSyntaxError {
  const lineno = src.lineno(at - 1);
  return src.errorRaw('unexpected EOF while parsing', lineno, src.col(at - 1) + 2, lineno, -1);
}

/**
 * Scans a string literal whose prefix starts at `start` and whose quote is at `quote`. Returns its
 * end offset, or CPython's "unterminated ..." error.
 */
function scanString(src: SourceFile, start: number, quote: number): number | PythonSyntaxError {
  const s = src.text;
  const q = s[quote];
  const triple = s[quote + 1] === q && s[quote + 2] === q;
  let i = quote + (triple ? 3 : 1);
  for (;;) {
    if (i >= s.length) {
      if (triple) {
        return src.errorRaw(`unterminated triple-quoted string literal (detected at line ${src.lastLineno()})`,
          src.lineno(start), src.col(start) + 1);
      }
      return unterminated(src, start, i);
    }
    const c = s[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '\n' && !triple) return unterminated(src, start, i);
    if (c === q && (!triple || (s[i + 1] === q && s[i + 2] === q))) return i + (triple ? 3 : 1);
    i++;
  }
}

function unterminated(src: SourceFile, start: number, at: number): PythonSyntaxError {
  const detected = src.lineno(at < src.text.length ? at : src.text.length - 1);
  return src.errorRaw(`unterminated string literal (detected at line ${detected})`, src.lineno(start), src.col(start) + 1);
}
