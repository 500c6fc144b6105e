// Build step: compiles interpreter/grammar/*.ohm and ffi/cdecl/*.ohm once and saves each grammar as an Ohm recipe
// under dist/, so the runtime loads it with ohm.makeRecipe (a few ms) instead of compiling the
// .ohm text (100-300 ms) on every start.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ohm from 'ohm-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Grammar folders: the Python grammar, and the C declarations grammar of cffi (ffi/cdecl/).
const DIRS = [['interpreter', 'grammar'], ['ffi', 'cdecl']];

for (const [srcDir, outDir, file] of DIRS.flatMap((parts) => {
  const src = join(root, ...parts);
  const out = join(root, 'dist', ...parts);
  mkdirSync(out, { recursive: true });
  return readdirSync(src).filter((f) => f.endsWith('.ohm')).map((f) => [src, out, f]);
})) {
  const source = readFileSync(join(srcDir, file), 'utf8');
  let grammar;
  try {
    grammar = ohm.grammar(source);
  } catch (e) {
    console.error(`build-grammar: ${file}: ${e.message}`);
    process.exit(1);
  }
  const out = join(outDir, file.replace(/\.ohm$/, '.recipe.json'));
  writeFileSync(out, grammar.toRecipe());
  console.log(`build-grammar: ${file} -> ${out.slice(root.length + 1)}`);
}
