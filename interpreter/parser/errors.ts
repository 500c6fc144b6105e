// Syntax errors found by the parser or the compiler, as plain data. The VM turns one into a Python
// SyntaxError/IndentationError/TabError instance; the CLI prints it the way CPython 3.11 does.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PythonSyntaxError extends Error {
  constructor(
    public readonly type: SyntaxErrorKind,
    public readonly msg: string,
    public readonly filename: string,
    public readonly lineno: number, // 1-based
    public readonly offset: number, // 1-based column of the caret, as CPython's SyntaxError.offset
    public readonly text: string | null, // the offending source line, without its newline
    public readonly end_lineno: number = lineno,
    public readonly end_offset: number = offset,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
  }
}
