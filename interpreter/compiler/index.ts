// The compiler's entry point: AST → CodeObject for a module ('exec'), an expression ('eval') or
// a REPL input ('single', where expression statements print their value with PRINT_EXPR).
// Steps: __future__ check, constant folding, symbol tables, code generation, assembly.

import type * as A from '../parser/ast.js';
import type { CodeObject } from './code.js';
import { Op } from './opcodes.js';
import { foldModule } from './constfold.js';
import { buildSymtable, syntaxError } from './symtable.js';
import { Compiler } from './compiler.js';
import { compileExpr } from './expressions.js';
import { compileBody, compileStmts, docstringOf, findAnnotations } from './statements.js';

export { disassemble } from './dis.js';
export type CompileMode = 'exec' | 'eval' | 'single';

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

interface FutureInfo { annotations: boolean; lineno: number }

/** CPython's future.c: `from __future__` imports allowed only at the top (after a docstring). */
function parseFuture(mod: A.Module, filename: string, sourceLines: string[] | null): FutureInfo {
  const info: FutureInfo = { annotations: false, lineno: 0 };
  let done = false;
  let prevLine = 0;
  const body = mod.body;
  for (let i = docstringOf(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw syntaxError({ filename, sourceLines }, 'from __future__ imports must occur at the beginning of the file', s);
      }
      for (const a of s.names) {
        if (a.name === 'braces') throw syntaxError({ filename, sourceLines }, 'not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) {
          throw syntaxError({ filename, sourceLines }, `future feature ${a.name} is not defined`, s);
        }
        if (a.name === 'annotations') info.annotations = true;
      }
      info.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return info;
}

export function compile(mod: A.Module | A.Expression, filename: string, mode: CompileMode,
  source?: string): CodeObject {
  const sourceLines = source !== undefined ? source.split(/\r\n|\r|\n/) : null;
  if (mode === 'eval' && mod.kind !== 'Expression') throw new TypeError("compile(): 'eval' mode needs an Expression");
  if (mode !== 'eval' && mod.kind !== 'Module') throw new TypeError(`compile(): '${mode}' mode needs a Module`);
  const future = mod.kind === 'Module' ? parseFuture(mod, filename, sourceLines) : { annotations: false, lineno: 0 };
  const folded = foldModule(mod);
  const st = buildSymtable(folded, { filename, sourceLines, futureAnnotations: future.annotations });
  const c = new Compiler(st, {
    filename, sourceLines, interactive: mode === 'single',
    futureAnnotations: future.annotations, futureLineno: future.lineno,
  });
  c.enterScope('<module>', 'module', null, 1);
  if (folded.kind === 'Expression') {
    compileExpr(c, folded.body);
    c.emit(Op.RETURN_VALUE);
  } else if (mode === 'single') {
    if (findAnnotations(folded.body)) c.emit(Op.SETUP_ANNOTATIONS);
    compileStmts(c, folded.body);
  } else {
    compileBody(c, folded.body);
  }
  return c.exitScope();
}
