// Syntax errors: for each source in errors.json, the parser raises the error CPython 3.11's
// ast.parse raised (type, message, line and column range). Regenerate the file with
// `python3 test/unit/parser/gen_errors.py test/unit/parser/errors.txt test/unit/parser/errors.json`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseModule, PythonSyntaxError } from '../../../dist/interpreter/parser/index.js';

interface ErrorCase {
  source: string; type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number;
}
const cases: ErrorCase[] = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'errors.json'), 'utf8'));

function errorOf(source: string): Omit<ErrorCase, 'source'> | string {
  try {
    parseModule(source, 'f.py');
    return 'no error';
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) return `not a PythonSyntaxError: ${String(e)}`;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
  }
}

describe('syntax errors as CPython 3.11 reports them', () => {
  it.each(cases.map((c) => [JSON.stringify(c.source), c] as const))('%s', (_name, c) => {
    const { source, ...expected } = c;
    expect(errorOf(source)).toEqual(expected);
  });
});
