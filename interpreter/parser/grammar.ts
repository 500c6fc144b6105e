// Loads the Python grammar, lazily and once: from the recipe that scripts/build-grammar.js saved
// next to the compiled code (a few ms), or, in a source checkout that was not built, from the
// .ohm text (slower, for development only). ohm-js itself (~40 ms to load) is required only
// here, on the first parse, so code that never parses (e.g. cached bytecode) never loads it.

import { join } from 'node:path';
import { distPath, projectRoot } from '../paths.js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Ohm from 'ohm-js';
import { expressionActions } from './semantics-expr.js';
import { statementActions } from './semantics-stmt.js';

export interface PythonGrammar {
  grammar: Ohm.Grammar;
  semantics: Ohm.Semantics;
}

/** The part of ohm-js used here (makeRecipe is exported but missing from its type declarations). */
interface OhmModule {
  grammar(source: string): Ohm.Grammar;
  makeRecipe(recipe: string): Ohm.Grammar;
}

let loaded: PythonGrammar | null = null;

export function pythonGrammar(): PythonGrammar {
  if (loaded) return loaded;
  const ohm = createRequire(import.meta.url)('ohm-js') as OhmModule;
  const recipe = distPath('interpreter', 'grammar', 'python.recipe.json');
  const grammar = existsSync(recipe)
    ? ohm.makeRecipe(readFileSync(recipe, 'utf8'))
    : ohm.grammar(readFileSync(join(projectRoot(), 'interpreter', 'grammar', 'python.ohm'), 'utf8'));
  const semantics = grammar.createSemantics();
  semantics.addOperation('ast', { ...expressionActions, ...statementActions } as unknown as Ohm.ActionDict<unknown>);
  loaded = { grammar, semantics };
  return loaded;
}
