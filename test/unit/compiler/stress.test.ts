// Optional stress run over many real files (skipped unless TSPY_COMPILER_STRESS names a JSON-lines
// file made by `python3 test/unit/compiler/gen_stress.py 'GLOB' > FILE`): every file must compile,
// satisfy the structural invariants, and give CPython's code-object metadata.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCodes, checkAll, compiler, moduleOf, type CodeJson } from './helpers.js';

const path = process.env.TSPY_COMPILER_STRESS;
const KEYS = ['name', 'qualname', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags',
  'varnames', 'cellvars', 'freevars', 'names'] as const;

describe.skipIf(!path)('stress: real files compile like CPython', () => {
  const lines = path ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const j = JSON.parse(line) as { file: string; source: string; ast: unknown; codes: CodeJson[] };
    it(j.file, () => {
      const code = compiler.compile(moduleOf(j), j.file, 'exec', j.source);
      expect(checkAll(code)).toEqual([]);
      const ours = allCodes(code).map((c) => Object.fromEntries(KEYS.map((k) => [k, (c as any)[k]])));
      const theirs = j.codes.map((c) => Object.fromEntries(KEYS.map((k) => [k, (c as any)[k]])));
      expect(ours).toEqual(theirs);
    });
  }
});
