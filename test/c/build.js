// Builds test/c/build/libffitest.so (the C library the FFI tests call) with the system C compiler,
// only when the .so is missing or older than one of its sources. Plain ESM so a vitest globalSetup,
// a bench script or `node test/c/build.js` can all run it before anything is compiled.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sources = ['ffitest.c', 'layout.c'].map((f) => join(here, f));
export const libffitestPath = join(here, 'build', 'libffitest.so');

/** Compiles libffitest.so if needed and returns its absolute path. Safe to call repeatedly. */
export function buildFfiTestLib() {
  const newest = Math.max(...sources.map((s) => statSync(s).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
  if (existsSync(libffitestPath) && statSync(libffitestPath).mtimeMs >= newest) return libffitestPath;
  mkdirSync(dirname(libffitestPath), { recursive: true });
  // Build to a temporary name and rename, so a concurrent test process never loads a half-written .so.
  const tmp = `${libffitestPath}.${process.pid}.tmp`;
  execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-o', tmp, ...sources], { stdio: 'inherit' });
  renameSync(tmp, libffitestPath);
  return libffitestPath;
}

/** vitest globalSetup entry point: `globalSetup: ['test/c/build.js']` works as is. */
export default function setup() {
  buildFfiTestLib();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(buildFfiTestLib());
}
