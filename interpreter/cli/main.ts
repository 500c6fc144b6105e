// The `tspy` command: run a script, -c code, -m module or stdin as __main__; --dis; --version;
// --jit options; the interactive prompt when no script is given. Exit status as CPython's.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { bootstrap } from '../bootstrap.js';
import { stdlibDir } from '../paths.js';
import { PyModule } from '../objects/module.js';
import { PyBaseException, E } from '../objects/exceptions.js';
import { PyInt } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { newStr, PyStr } from '../objects/str.js';
import { isinstanceOf, str } from '../vm/ops/protocols.js';
import { getAttrOrNull } from '../vm/ops/attr.js';
import { sysModules, execCode, builtinsModuleObject, importModule, sysPath } from '../vm/import.js';
import { toPyException } from '../vm/exceptions.js';
import { formatException, setSourceProvider } from '../vm/traceback.js';
import { writeStderr, writeStdout, flushStdout } from '../vm/stdio.js';
import { readAll } from '../vm/stdin.js';
import { parseModule } from '../parser/index.js';
import { compile } from '../compiler/index.js';
import { disassemble } from '../compiler/dis.js';
import { compileFile } from '../vm/compile_cache.js';
import { TSPY_VERSION } from '../modules/sys.js';
import { parseJitOptions, jitOptions } from './jit_options.js';
import { runRepl } from './repl.js';

export const STDLIB_DIR = stdlibDir();

const USAGE = `usage: tspy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd         program passed in as string
  -m mod         run library module as a script
  --dis file     print the bytecode of file and exit
  --jit OPTS     'off', or threshold=N,function_threshold=M,trace_limit=K
  --version      print the version and exit
  -h, --help     print this help and exit
file             program read from script file
-                program read from stdin
arg ...          arguments passed to program in sys.argv[1:]
`;

const extraSources = new Map<string, string>();
let replStarted = false;

function main(argv: string[]): number {
  let i = 0;
  let mode: 'file' | 'cmd' | 'module' | 'stdin' | 'repl' | 'dis' = 'repl';
  let target = '';
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--version' || a === '-V') { writeStdout(`Python 3.11.0 (tspy ${TSPY_VERSION})\n`); return 0; }
    if (a === '-h' || a === '--help') { writeStdout(USAGE); return 0; }
    if (a === '--jit') {
      const err = parseJitOptions(argv[i + 1] ?? '');
      if (err) { writeStderr(`tspy: ${err}\n`); return 2; }
      i += 2; continue;
    }
    if (a.startsWith('--jit=')) {
      const err = parseJitOptions(a.slice(6));
      if (err) { writeStderr(`tspy: ${err}\n`); return 2; }
      i++; continue;
    }
    if (a === '--jit-stats') { jitOptions.stats = true; i++; continue; }
    if (a === '--dis') { mode = 'dis'; target = argv[i + 1] ?? ''; i += 2; break; }
    if (a === '-c') { mode = 'cmd'; target = argv[i + 1] ?? ''; i += 2; break; }
    if (a === '-m') { mode = 'module'; target = argv[i + 1] ?? ''; i += 2; break; }
    if (a === '-') { mode = 'stdin'; i++; break; }
    if (a === '-u' || a === '-B' || a === '-E' || a === '-s' || a === '-S') { i++; continue; }
    if (a.startsWith('-') && a.length > 1) {
      writeStderr(`Unknown option: ${a}\n${USAGE}`);
      return 2;
    }
    mode = 'file'; target = a; i++; break;
  }
  const rest = argv.slice(i);

  if (mode === 'dis') return runDis(target);
  let scriptDir: string | null = null;
  let sysArgv: string[];
  switch (mode) {
    case 'file': scriptDir = dirname(resolve(target)); sysArgv = [target, ...rest]; break;
    case 'cmd': sysArgv = ['-c', ...rest]; break;
    case 'module': sysArgv = [target, ...rest]; break;
    case 'stdin': sysArgv = ['-', ...rest]; break;
    default: sysArgv = [''];
  }
  bootstrap(sysArgv, scriptDir, STDLIB_DIR);
  setSourceProvider((f) => extraSources.get(f) ?? null);

  if (mode === 'repl') { replStarted = true; return runRepl(extraSources); }

  const main = new PyModule('__main__');
  main.ns.setStr('__builtins__', builtinsModuleObject());
  sysModules.setStr('__main__', main);
  return runProtected(() => {
    if (mode === 'module') {
      sysModules.delStr('__main__');
      runModuleAsMain(target);
      return;
    }
    let source: string, filename: string;
    if (mode === 'file') {
      filename = target;
      try { source = readFileSync(target, 'utf8'); } catch (e) {
        const err = e as NodeJS.ErrnoException;
        writeStderr(`tspy: can't open file '${resolve(target)}': [Errno 2] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
        throw new ExitCode(2);
      }
      main.ns.setStr('__file__', newStr(target));
    } else if (mode === 'cmd') {
      filename = '<string>'; source = target;
    } else {
      filename = '<stdin>'; source = readAll();
    }
    const code = mode === 'stdin' ? compile(parseModule(source, filename), filename, 'exec', source) : compileFile(source, filename);
    execCode(code, main.ns);
  });
}

class ExitCode { constructor(public code: number) {} }

/** -m: import the module's code and run it with __name__ == '__main__'. */
function runModuleAsMain(name: string): void {
  const parts = name.split('.');
  if (parts.length > 1) importModule(parts.slice(0, -1).join('.'));
  const dirs = sysPath.items.map((p) => (p as PyStr).value);
  for (const d of dirs) {
    const base = join(d === '' ? process.cwd() : d, ...parts);
    for (const file of [base + '.py', join(base, '__main__.py')]) {
      if (existsSync(file)) {
        const main = new PyModule('__main__');
        main.ns.setStr('__builtins__', builtinsModuleObject());
        main.ns.setStr('__file__', newStr(file));
        sysModules.setStr('__main__', main);
        const src = readFileSync(file, 'utf8');
        execCode(compile(parseModule(src, file), file, 'exec', src), main.ns);
        return;
      }
    }
  }
  writeStderr(`${process.argv[1] ? 'tspy' : 'tspy'}: No module named ${name}\n`);
  throw new ExitCode(1);
}

/** Runs `body`, turning SystemExit and uncaught exceptions into CPython's exit status. */
export function runProtected(body: () => void): number {
  try {
    body();
    flushStdout();
    return 0;
  } catch (e) {
    if (e instanceof ExitCode) { flushStdout(); return e.code; }
    const exc = toPyException(e);
    return handleUncaught(exc);
  }
}

export function handleUncaught(exc: PyBaseException): number {
  flushStdout();
  if (isinstanceOf(exc, E.SystemExit)) {
    const code = getAttrOrNull(exc, 'code') ?? None;
    if (code === None) return 0;
    if (code instanceof PyInt) return Number(BigInt.asIntN(32, BigInt(code.value))) & 0xff;
    writeStderr(str(code) + '\n');
    return 1;
  }
  writeStderr(formatException(exc));
  return 1;
}

function runDis(file: string): number {
  try {
    const source = readFileSync(file, 'utf8');
    const code = compile(parseModule(source, file), file, 'exec', source);
    writeStdout(disassemble(code));
    flushStdout();
    return 0;
  } catch (e) {
    bootstrap([file], dirname(resolve(file)), STDLIB_DIR);
    return handleUncaught(toPyException(e));
  }
}

/**
 * Runs the command line. bin/tspy.js calls this on a worker thread with a large stack (so that
 * Python's recursion limit, not V8's default stack, bounds recursion) or, for the interactive
 * prompt, on the main thread. Returns the exit status, or null when the REPL keeps running.
 */
export function runCli(argv: string[]): number | null {
  const status = main(argv);
  flushStdout();
  return replStarted ? null : status;
}
