// Source → CodeObject for modules and scripts, with an on-disk cache keyed by the source's hash,
// its file name and tspy's version, so that start-up does not re-parse the standard library.
// Cache folder: $TSPY_CACHE_DIR, else $XDG_CACHE_HOME/tspy, else ~/.cache/tspy; TSPY_NO_CACHE=1
// turns it off. A cache entry that cannot be read is ignored and rewritten.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { parseModule } from '../parser/index.js';
import { compile } from '../compiler/index.js';
import { CodeObject, CodeConst } from '../compiler/code.js';

const CACHE_FORMAT = 1;
const VERSION = `tspy-0.1.0-${CACHE_FORMAT}`;

function cacheDir(): string | null {
  if (process.env.TSPY_NO_CACHE) return null;
  if (process.env.TSPY_CACHE_DIR) return process.env.TSPY_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'tspy');
}

export function compileFile(source: string, filename: string): CodeObject {
  const dir = cacheDir();
  if (dir === null) return compileSource(source, filename);
  const key = createHash('sha1').update(VERSION).update('\0').update(filename).update('\0').update(source).digest('hex');
  const path = join(dir, key.slice(0, 2), key + '.json');
  try {
    return decodeCode(JSON.parse(readFileSync(path, 'utf8')));
  } catch { /* not cached yet, or unreadable */ }
  const code = compileSource(source, filename);
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(encodeCode(code)));
    renameSync(tmp, path);
  } catch { /* a read-only cache is not an error */ }
  return code;
}

function compileSource(source: string, filename: string): CodeObject {
  return compile(parseModule(source, filename), filename, 'exec', source);
}

// ---- serialisation: JSON with bigints as strings and typed arrays as plain arrays ----

type Json = unknown;

function encodeConst(c: CodeConst): Json {
  switch (c.t) {
    case 'int': return { t: 'int', v: c.v.toString() };
    case 'float': return { t: 'float', v: Object.is(c.v, -0) ? '-0' : String(c.v) };
    case 'complex': return { t: 'complex', imag: String(c.imag) };
    case 'bytes': return { t: 'bytes', v: Array.from(c.v) };
    case 'tuple': case 'frozenset': return { t: c.t, items: c.items.map(encodeConst) };
    case 'code': return { t: 'code', code: encodeCode(c.code) };
    default: return c;
  }
}

function decodeConst(j: any): CodeConst {
  switch (j.t) {
    case 'int': return { t: 'int', v: BigInt(j.v) };
    case 'float': return { t: 'float', v: j.v === '-0' ? -0 : Number(j.v) };
    case 'complex': return { t: 'complex', imag: Number(j.imag) };
    case 'bytes': return { t: 'bytes', v: Uint8Array.from(j.v) };
    case 'tuple': case 'frozenset': return { t: j.t, items: j.items.map(decodeConst) };
    case 'code': return { t: 'code', code: decodeCode(j.code) };
    default: return j as CodeConst;
  }
}

function encodeCode(c: CodeObject): Json {
  return {
    name: c.name, qualname: c.qualname, filename: c.filename, firstlineno: c.firstlineno,
    argcount: c.argcount, posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount,
    flags: c.flags, varnames: c.varnames, cellvars: c.cellvars, freevars: c.freevars,
    cell2arg: c.cell2arg ? Array.from(c.cell2arg) : null, names: c.names,
    consts: c.consts.map(encodeConst), code: Array.from(c.code), lines: Array.from(c.lines),
    positions: Array.from(c.positions), exceptionTable: c.exceptionTable, stacksize: c.stacksize, doc: c.doc,
  };
}

function decodeCode(j: any): CodeObject {
  return new CodeObject(j.name, j.qualname, j.filename, j.firstlineno, j.argcount, j.posonlyargcount,
    j.kwonlyargcount, j.flags, j.varnames, j.cellvars, j.freevars,
    j.cell2arg ? Int32Array.from(j.cell2arg) : null, j.names, j.consts.map(decodeConst),
    Int32Array.from(j.code), Int32Array.from(j.lines), Int32Array.from(j.positions), j.exceptionTable,
    j.stacksize, j.doc);
}
