// The import system: sys.modules, built-in modules written in TS, and .py modules and packages
// found on sys.path (script folder, TSPYPATH entries, tspy's stdlib/). IMPORT_NAME, IMPORT_FROM
// and IMPORT_STAR call into here; so does importlib.import_module.

import { statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyStr, newStr, internStr } from '../objects/str.js';
import { PyList, newList } from '../objects/list.js';
import { PyInt } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { E, pyError, newException, PyBaseException } from '../objects/exceptions.js';
import { getAttrOrNull } from './ops/attr.js';
import { toArray, truthy, isinstanceOf } from './ops/protocols.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';
import { ts } from './state.js';
import { compileFile } from './compile_cache.js';

/** Built-in modules: name → a function that creates the module (called once, on first import). */
const builtinModules = new Map<string, () => PyModule>();
export function registerBuiltinModule(name: string, make: () => PyModule): void { builtinModules.set(name, make); }
export function builtinModuleNames(): string[] { return [...builtinModules.keys()]; }

export const sysModules = newDict();
export const sysPath: PyList = newList([]);

export function getModule(name: string): PyObject | undefined { return sysModules.getStr(name); }

/** IMPORT_NAME: returns the top package for `import a.b`, the module itself when fromlist is set. */
export function importName(name: string, globals: PyDict, fromlist: PyObject, levelObj: PyObject): PyObject {
  const level = Number((levelObj as PyInt).value);
  const absName = level > 0 ? resolveRelative(name, globals, level) : name;
  if (absName === '') throw pyError(E.ValueError, 'Empty module name');
  const module = importModule(absName);
  const hasFromlist = fromlist !== None && truthy(fromlist);
  if (!hasFromlist) {
    if (level > 0 && name === '') return module;
    const top = name.split('.')[0];
    if (level === 0) return sysModules.getStr(top)!;
    // relative `import` without fromlist is not valid syntax; return the module
    return module;
  }
  // `from pkg import sub`: import submodules named in the fromlist when missing as attributes.
  if (module instanceof PyModule && module.ns.getStr('__path__') !== undefined) {
    for (const item of toArray(fromlist)) {
      const n = (item as PyStr).value;
      if (n === '*') continue;
      if (getAttrOrNull(module, n) === null) {
        try { importModule(`${absName}.${n}`); } catch (e) {
          if (!(e instanceof PyBaseException && isinstanceOf(e, E.ModuleNotFoundError))) throw e;
        }
      }
    }
  }
  return module;
}

function resolveRelative(name: string, globals: PyDict, level: number): string {
  const pkgObj = globals.getStr('__package__');
  let pkg: string;
  if (pkgObj instanceof PyStr) pkg = pkgObj.value;
  else {
    const modName = (globals.getStr('__name__') as PyStr | undefined)?.value ?? '';
    pkg = globals.getStr('__path__') !== undefined ? modName : modName.split('.').slice(0, -1).join('.');
  }
  if (pkg === '') throw pyError(E.ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 > parts.length - 1 && level > 1) {
    throw pyError(E.ImportError, 'attempted relative import beyond top-level package');
  }
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Imports a module by absolute dotted name (parents first), returning the leaf module. */
export function importModule(absName: string): PyObject {
  const existing = sysModules.getStr(absName);
  if (existing !== undefined) {
    if (existing === None) throw notFound(absName);
    return existing;
  }
  const dot = absName.lastIndexOf('.');
  if (dot < 0) return loadTopLevel(absName);
  const parentName = absName.slice(0, dot);
  const parent = importModule(parentName);
  const already = sysModules.getStr(absName);
  if (already !== undefined) return already;
  const pathObj = parent instanceof PyModule ? parent.ns.getStr('__path__') : undefined;
  if (pathObj === undefined) {
    const e = newException(E.ModuleNotFoundError, `No module named '${absName}'; '${parentName}' is not a package`);
    setImportErrorName(e, absName);
    throw e;
  }
  const dirs = toArray(pathObj).map((p) => (p as PyStr).value);
  const leaf = absName.slice(dot + 1);
  const m = findAndLoad(absName, leaf, dirs);
  if (m === null) throw notFound(absName);
  (parent as PyModule).ns.setStr(leaf, m);
  return m;
}

function loadTopLevel(name: string): PyObject {
  const make = builtinModules.get(name);
  if (make !== undefined) {
    const m = make();
    m.builtin = true;
    sysModules.setStr(name, m);
    return m;
  }
  const dirs = toArray(sysPath).map((p) => (p as PyStr).value);
  const m = findAndLoad(name, name, dirs);
  if (m === null) throw notFound(name);
  return m;
}

function notFound(name: string): PyBaseException {
  const e = newException(E.ModuleNotFoundError, `No module named '${name}'`);
  setImportErrorName(e, name);
  return e;
}

function setImportErrorName(e: PyBaseException, name: string): void {
  e.setExtra('name', newStr(name));
}

function isFile(p: string): boolean { try { return statSync(p).isFile(); } catch { return false; } }
function isDir(p: string): boolean { try { return statSync(p).isDirectory(); } catch { return false; } }

function findAndLoad(fullName: string, leaf: string, dirs: string[]): PyModule | null {
  for (const d of dirs) {
    const dir = d === '' ? process.cwd() : d;
    const pkgDir = join(dir, leaf);
    const init = join(pkgDir, '__init__.py');
    if (isDir(pkgDir) && isFile(init)) return loadSourceModule(fullName, init, pkgDir);
    const file = join(dir, leaf + '.py');
    if (isFile(file)) return loadSourceModule(fullName, file, null);
  }
  return null;
}

/** Creates, registers and executes a module from a .py file (a package when pkgDir is set). */
export function loadSourceModule(fullName: string, file: string, pkgDir: string | null): PyModule {
  const m = new PyModule(fullName);
  const ns = m.ns;
  ns.setStr('__file__', newStr(resolve(file)));
  if (pkgDir !== null) {
    ns.setStr('__path__', newList([newStr(resolve(pkgDir))]));
    ns.setStr('__package__', newStr(fullName));
  } else {
    ns.setStr('__package__', newStr(fullName.includes('.') ? fullName.slice(0, fullName.lastIndexOf('.')) : ''));
  }
  ns.setStr('__builtins__', builtinsModuleObject());
  ns.setStr('__loader__', None);
  ns.setStr('__spec__', None);
  ns.setStr('__cached__', None);
  sysModules.setStr(fullName, m);
  try {
    const code = compileFile(readFileSync(file, 'utf8'), file);
    execCode(code, ns);
  } catch (e) {
    sysModules.delStr(fullName);
    throw e;
  }
  return m;
}

import type { CodeObject } from '../compiler/code.js';
/** Runs module-level code in a namespace (module and exec()). */
export function execCode(code: CodeObject, globals: PyDict, locals: PyDict = globals): PyObject {
  const frame = new Frame(code, globals, ts.builtins, locals, null);
  return runFrame(frame);
}

let builtinsModule: PyModule | null = null;
export function setBuiltinsModule(m: PyModule): void { builtinsModule = m; }
export function builtinsModuleObject(): PyModule { return builtinsModule!; }

/** IMPORT_FROM: module.name, falling back to the submodule, else CPython's ImportError. */
export function importFrom(module: PyObject, name: string): PyObject {
  const v = getAttrOrNull(module, name);
  if (v !== null) return v;
  if (module instanceof PyModule) {
    const modName = (module.ns.getStr('__name__') as PyStr | undefined)?.value ?? '?';
    const sub = sysModules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
    const file = module.ns.getStr('__file__');
    const where = file instanceof PyStr ? file.value : 'unknown location';
    const e = newException(E.ImportError, `cannot import name '${name}' from '${modName}' (${where})`);
    e.setExtra('name', newStr(modName));
    if (file instanceof PyStr) e.setExtra('path', file);
    throw e;
  }
  throw pyError(E.ImportError, `cannot import name '${name}'`);
}

/** IMPORT_STAR: copies __all__ (or the public names) into the namespace. */
export function importStar(module: PyObject, into: PyDict): void {
  if (!(module instanceof PyModule)) return;
  const all = module.ns.getStr('__all__');
  if (all !== undefined) {
    for (const n of toArray(all)) {
      const name = (n as PyStr).value;
      const v = getAttrOrNull(module, name);
      if (v === null) {
        throw pyError(E.AttributeError, `module '${module.name}' has no attribute '${name}'`);
      }
      into.setStr(name, v);
    }
    return;
  }
  for (const [k, v] of module.ns.table.entries()) {
    const name = (k as PyStr).value;
    if (!name.startsWith('_')) into.setItem(internStr(name), v);
  }
}

export function initSysPath(scriptDir: string | null, stdlibDir: string): void {
  const items: PyObject[] = [];
  items.push(newStr(scriptDir ?? ''));
  const extra = process.env.TSPYPATH;
  if (extra) for (const p of extra.split(':')) if (p) items.push(newStr(resolve(p)));
  items.push(newStr(stdlibDir));
  sysPath.items = items;
}
