// Checks generated JS before it is compiled: it must parse (acorn), and contain no string,
// template or regexp literal and no identifier outside the backend's own vocabulary, so user
// text (names, strings) can only reach the code through the constants array.

import { createRequire } from 'node:module';
import { RUNTIME } from './runtime.js';
import { FIELD_NAMES } from '../ir.js';

type Acorn = {
  parse(src: string, opts: object): unknown;
  tokenizer(src: string, opts: object): Iterable<{ type: { label: string; keyword?: string }; value: unknown }>;
};
let acorn: Acorn | null = null;

const PROPS = new Set(['cls', 'map', 'slots', 'items', 'value', 'version', 'contents', 'length', ...FIELD_NAMES]);
const LOCALS = /^(v\d+|t\d+|k\d*|inp|out|ovf|cur|xi|e|trace|entry|exits|loop|let)$/;

export class UnsafeSourceError extends Error {}

export function validateSource(src: string): void {
  acorn ??= createRequire(import.meta.url)('acorn') as Acorn;
  acorn.parse(src, { ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true });
  for (const tok of acorn.tokenizer(src, { ecmaVersion: 2022, allowReturnOutsideFunction: true })) {
    const label = tok.type.label;
    if (label === 'string' || label === 'template' || label === '`' || label === 'regexp' || label === 'privateId') {
      throw new UnsafeSourceError(`generated code contains a ${label} literal`);
    }
    if (label === 'name') {
      const name = String(tok.value);
      if (!LOCALS.test(name) && !PROPS.has(name) && !Object.prototype.hasOwnProperty.call(RUNTIME, name)) {
        throw new UnsafeSourceError(`generated code uses an unexpected identifier '${name}'`);
      }
    }
  }
}
