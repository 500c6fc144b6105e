// One source file being parsed: its text, its line table, and how to turn an offset into the
// (line, column) pairs used by AST positions and by SyntaxError (CPython's conventions).

import { PythonSyntaxError, type SyntaxErrorKind } from './errors.js';

export class SourceFile {
  /** Offsets at which each line starts; lineStarts[0] = 0 is line 1. */
  readonly lineStarts: number[] = [0];
  /** Lines holding astral characters, whose UTF-16 offsets differ from character counts. */
  private readonly astralLines = new Set<number>();
  private lastLine = 0; // cache for lineIndex(): offsets are mostly asked for in order

  constructor(readonly filename: string, readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) this.astralLines.add(this.lineStarts.length - 1);
    }
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    const starts = this.lineStarts;
    let lo = this.lastLine;
    if (starts[lo] <= offset && (lo + 1 >= starts.length || starts[lo + 1] > offset)) return lo;
    lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** 1-based line number of `offset`. */
  lineno(offset: number): number {
    return this.lineIndex(offset) + 1;
  }

  /** 0-based column of `offset` in characters (code points). */
  col(offset: number): number {
    const li = this.lineIndex(offset);
    const start = this.lineStarts[li];
    if (!this.astralLines.has(li)) return offset - start;
    let n = 0;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff)) n++;
    }
    return n;
  }

  /** Text of 1-based line `lineno`, without its newline. */
  lineText(lineno: number): string {
    const start = this.lineStarts[lineno - 1] ?? this.text.length;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start, end);
  }

  /** Number of the last line that holds any character. */
  lastLineno(): number {
    const n = this.text.length;
    return n === 0 ? 1 : this.lineno(n - 1);
  }

  /** A SyntaxError spanning [start, end) source offsets (CPython: offsets are 1-based columns). */
  errorAt(msg: string, start: number, end = start, type: SyntaxErrorKind = 'SyntaxError'): PythonSyntaxError {
    const lineno = this.lineno(start);
    const endLineno = this.lineno(Math.max(start, end));
    return new PythonSyntaxError(
      type, msg, this.filename, lineno, this.col(start) + 1, this.lineText(lineno),
      endLineno, this.col(Math.max(start, end)) + 1,
    );
  }

  /** A SyntaxError with explicit CPython numbers (for the tokenizer's odd conventions). */
  errorRaw(msg: string, lineno: number, offset: number, endLineno = lineno, endOffset = offset,
    type: SyntaxErrorKind = 'SyntaxError'): PythonSyntaxError {
    return new PythonSyntaxError(type, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }
}
