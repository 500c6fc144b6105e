// Where tspy's own files are: the project root is found from this module's location, which is
// dist/interpreter/paths.js normally and dist/tspy.mjs once bundled, so callers never depend on
// how deep their compiled file sits.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding tspy's package.json. */
export function projectRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'stdlib'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('tspy: cannot find the project root (package.json beside stdlib/)');
    dir = up;
  }
  return (root = dir);
}

export const distPath = (...parts: string[]): string => join(projectRoot(), 'dist', ...parts);
export const stdlibDir = (): string => join(projectRoot(), 'stdlib');
