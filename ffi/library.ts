// Shared libraries: find one by short name exactly as CPython's ctypes.util.find_library does on
// Linux ('c' → 'libc.so.6', 'sqlite3' → 'libsqlite3.so.0'), load it with dlopen, and look up
// symbols with dlsym. dlopen/dlsym are called directly (not koffi.load) so errors carry glibc's
// dlerror() text, which is what CPython's ctypes puts in its OSError / AttributeError.

import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FFIError } from './errors.js';
import { c_dlclose, c_dlerror, c_dlopen, c_dlsym, RTLD_GLOBAL, RTLD_LAZY, RTLD_LOCAL, RTLD_NOW } from './native.js';
import type { Address } from './memory.js';

export { RTLD_GLOBAL, RTLD_LAZY, RTLD_LOCAL, RTLD_NOW };

// ---------------------------------------------------------------------------------------------
// find_library

const findCache = new Map<string, string | null>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): string | null {
  try {
    return execFileSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'latin1', timeout: 10000 });
  } catch (e) {
    // A failing command may still have printed what we need (gcc's link of -lfoo always fails).
    const out = (e as { stdout?: string; stderr?: string }).stdout;
    const err = (e as { stderr?: string }).stderr;
    if (typeof out === 'string' || typeof err === 'string') return `${out ?? ''}${err ?? ''}`;
    return null;
  }
}

/** _findSoname_ldconfig: the first `libNAME.*  (libc6,x86-64` entry of `/sbin/ldconfig -p`. */
function findSonameLdconfig(name: string): string | null {
  const out = run('/sbin/ldconfig', ['-p'], { LC_ALL: 'C', LANG: 'C' });
  if (out === null) return null;
  const abi = process.arch === 'x64' ? 'libc6,x86-64' : process.arch === 'arm64' ? 'libc6,AArch64' : 'libc6';
  const m = new RegExp(`\\s+(lib${escapeRegExp(name)}\\.[^\\s]+)\\s+\\(${escapeRegExp(abi)}`).exec(out);
  return m ? m[1] : null;
}

function isElf(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const b = Buffer.alloc(4);
      return readSync(fd, b, 0, 4, 0) === 4 && b.toString('latin1') === '\x7fELF';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function firstElf(trace: string, name: string): string | null {
  const re = new RegExp(`[^()\\s]*lib${escapeRegExp(name)}\\.[^()\\s]*`, 'g');
  for (const m of trace.match(re) ?? []) if (isElf(m)) return m;
  return null;
}

/** _findLib_gcc: trace the libraries gcc's linker opens for -lNAME. */
function findLibGcc(name: string): string | null {
  for (const cc of ['gcc', 'cc']) {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-findlib-'));
    try {
      const out = run(cc, ['-Wl,-t', '-o', join(dir, 'a.out'), `-l${name}`], { ...process.env, LC_ALL: 'C', LANG: 'C' });
      if (out !== null) return firstElf(out, name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return null;
}

/** _findLib_ld: the same with ld and LD_LIBRARY_PATH. */
function findLibLd(name: string): string | null {
  const args = ['-t'];
  for (const d of (process.env.LD_LIBRARY_PATH ?? '').split(':')) if (d) args.push('-L', d);
  args.push('-o', '/dev/null', `-l${name}`);
  const out = run('ld', args);
  return out === null ? null : firstElf(out, name);
}

/** _get_soname: the SONAME objdump reports for a library file. */
function getSoname(path: string | null): string | null {
  if (!path) return null;
  const out = run('objdump', ['-p', '-j', '.dynamic', path]);
  const m = out === null ? null : /\sSONAME\s+([^\s]+)/.exec(out);
  return m ? m[1] : null;
}

/** ctypes.util.find_library(name) for Linux; results (including misses) are cached. */
export function findLibrary(name: string): string | null {
  const cached = findCache.get(name);
  if (cached !== undefined) return cached;
  const found = findSonameLdconfig(name) ?? getSoname(findLibGcc(name)) ?? getSoname(findLibLd(name));
  findCache.set(name, found);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Loading and symbols

export class Library {
  /** The name it was loaded by (null: the main program, as CDLL(None)). */
  readonly name: string | null;
  private handleValue: number;
  private readonly symbols = new Map<string, Address>();

  constructor(name: string | null, handle: number) {
    this.name = name;
    this.handleValue = handle;
  }

  /** The dlopen handle (ctypes' CDLL._handle). */
  get handle(): number {
    return this.handleValue;
  }

  /** Address of an exported symbol; AttributeError with dlerror()'s text when missing, e.g.
   *  "/lib/x86_64-linux-gnu/libc.so.6: undefined symbol: nosuch". */
  symbol(name: string): Address {
    const cached = this.symbols.get(name);
    if (cached !== undefined) return cached;
    if (this.handleValue === 0) throw new FFIError('ValueError', `library ${this.name} is closed`);
    c_dlerror(); // clear any stale error: a NULL symbol value is legal, only dlerror tells
    const addr = c_dlsym(this.handleValue, name);
    if (addr === 0) {
      const err = c_dlerror();
      if (err !== null) throw new FFIError('AttributeError', err);
    }
    this.symbols.set(name, addr);
    return addr;
  }

  hasSymbol(name: string): boolean {
    try {
      this.symbol(name);
      return true;
    } catch {
      return false;
    }
  }

  /** dlclose. Functions already bound from this library must not be called afterwards (as in
   *  C and ctypes, that is a crash we cannot guard against). */
  close(): void {
    if (this.handleValue === 0) return;
    c_dlclose(this.handleValue);
    this.handleValue = 0;
    this.symbols.clear();
  }
}

/** dlopen(name, mode) like ctypes.CDLL(name, mode): a missing library is
 *  OSError("libfoo.so: cannot open shared object file: No such file or directory"). */
export function loadLibrary(name: string | null, mode: number = RTLD_LOCAL): Library {
  if ((mode & (RTLD_LAZY | RTLD_NOW)) === 0) mode |= RTLD_NOW;
  c_dlerror();
  const handle = c_dlopen(name, mode);
  if (handle === 0) {
    throw new FFIError('OSError', c_dlerror() ?? `${name}: cannot open shared object file`);
  }
  return new Library(name, handle);
}

/** Load by short name ('c', 'm', 'sqlite3') through findLibrary, or by file name / path. */
export function loadLibraryByName(name: string, mode?: number): Library {
  if (!name.includes('/') && !name.includes('.so')) {
    const found = findLibrary(name);
    if (found !== null) return loadLibrary(found, mode);
  }
  return loadLibrary(name, mode);
}
