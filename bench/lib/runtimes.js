// The runtimes compared: tspy with the JIT off, tspy as shipped, python3, pypy3 (when installed)
// and the hand-written JavaScript floor. Each knows how to run a benchmark script and `-c pass`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Is the Python `cmd` on PATH and runnable? Returns { version, executable } or null. The executable
 * is the interpreter's own sys.executable: launchers such as pyenv's shims are shell scripts that
 * add ~80 ms to every process, which would be charged to Python's time.
 */
export function probePython(cmd) {
  const r = spawnSync(cmd, ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const [executable, version] = r.stdout.trim().split('\n');
  return { executable: executable && existsSync(executable) ? executable : cmd, version: `${cmd} ${version}` };
}

/**
 * The runtimes, in table order. `args(bench, size)` gives the argv to run a benchmark, or null when
 * this runtime has no version of it; `startupArgs` runs an empty program. `tspyRoot` is the tspy
 * checkout to measure (by default this one; --tspy points at another, e.g. a stable snapshot).
 */
export function makeRuntimes(root, tspyRoot = root) {
  const tspy = path.join(tspyRoot, 'bin', 'tspy.js');
  const bench = (name) => path.join(root, 'bench', `${name}.py`);
  const jsFile = (name) => path.join(root, 'bench', 'js', `${name}.js`);
  const node = process.execPath;
  return [
    { id: 'tspy-nojit', label: 'tspy --jit off', cmd: node,
      args: (b, n) => [tspy, '--jit', 'off', bench(b.name), String(n)],
      startupArgs: [tspy, '--jit', 'off', '-c', 'pass'] },
    { id: 'tspy', label: 'tspy', cmd: node,
      args: (b, n) => [tspy, bench(b.name), String(n)],
      startupArgs: [tspy, '-c', 'pass'] },
    { id: 'python3', label: 'python3', cmd: 'python3',
      args: (b, n) => [bench(b.name), String(n)],
      startupArgs: ['-c', 'pass'] },
    { id: 'pypy3', label: 'pypy3', cmd: 'pypy3',
      args: (b, n) => [bench(b.name), String(n)],
      startupArgs: ['-c', 'pass'] },
    { id: 'js', label: 'JS (node)', cmd: node,
      args: (b, n) => (existsSync(jsFile(b.name)) ? [jsFile(b.name), String(n)] : null),
      startupArgs: ['-e', '0'] },
  ];
}
