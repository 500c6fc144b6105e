// `disassemble` output for small programs, checked by hand against CPython 3.11's dis (same
// layout; our exception table has no `lasti` slot). TSPY_UPDATE_DIS=1 rewrites the expected files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExpression } from '../../tools/pyast.js';
import { OP_NAMES, compileFixture, compiler, fixtures } from './helpers.js';

const expectedPath = (name: string) => fileURLToPath(new URL(`./dis/${name}.txt`, import.meta.url));

function snapshot(name: string, text: string): void {
  const path = expectedPath(name);
  if (process.env.TSPY_UPDATE_DIS || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

const fixture = (name: string) => fixtures.snippets.find((f) => f.name === name)!;

describe('disassembly snapshots', () => {
  for (const name of ['dis_with_try.py', 'dis_class.py', 'dis_exprs.py', 'dis_loops.py']) {
    it(name, () => snapshot(name, compiler.disassemble(compileFixture(fixture(name)))));
  }
  it('eval mode returns the expression value', () => {
    const f = fixture('eval_expr.py');
    snapshot('eval_expr.py', compiler.disassemble(compiler.compile(loadExpression(f.ast as any), 'e', 'eval')));
  });
  it("'single' mode prints top-level expression statements only", () => {
    snapshot('repl_input.py', compiler.disassemble(compileFixture(fixture('repl_input.py'), 'single')));
  });
});

describe('source positions for tracebacks', () => {
  it('each instruction carries its node\'s line and columns', () => {
    // calls.py line 3: `f(a, b=1, c=2)`; line 14-15: `import os` / `os.getcwd()`.
    const code = compileFixture(fixture('calls.py'));
    const at = (i: number) => ({
      line: code.lines[i], col: code.positions[3 * i], endLine: code.positions[3 * i + 1], endCol: code.positions[3 * i + 2],
    });
    const ops = Array.from({ length: code.instructionCount }, (_, i) => OP_NAMES[code.code[2 * i]!]);
    const firstCallKw = ops.findIndex((op, i) => op === 'CALL_KW' && code.lines[i] === 3);
    expect(at(firstCallKw)).toEqual({ line: 3, col: 0, endLine: 3, endCol: 14 });
    const loadB = ops.findIndex((op, i) => op === 'LOAD_CONST' && code.lines[i] === 3);
    expect(at(loadB)).toEqual({ line: 3, col: 7, endLine: 3, endCol: 8 }); // the `1` of b=1
  });
});
