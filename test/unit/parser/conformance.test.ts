// Parser conformance: every cases/*.py parses to exactly the AST CPython 3.11 produced for it
// (cases/*.json, made by test/tools/pyast_json.py), positions included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../dist/interpreter/parser/index.js';
import { normaliseCPython, normaliseOurs } from './normalise.js';

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();

describe('parser matches CPython 3.11 ast.parse', () => {
  it.each(cases)('%s', (file) => {
    const source = readFileSync(join(casesDir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(casesDir, file.replace(/\.py$/, '.json')), 'utf8'));
    expect(normaliseOurs(parseModule(source, file))).toEqual(normaliseCPython(expected));
  });
});
