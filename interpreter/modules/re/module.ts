// The re module: module-level functions over a cache of compiled patterns, the RegexFlag
// constants (an int subclass printing as re.IGNORECASE|re.MULTILINE), escape, purge, error.

import { PyObject, makeBuiltinType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes } from '../../objects/bytes.js';
import { PyInt, intType, newInt } from '../../objects/int.js';
import { newTuple } from '../../objects/tuple.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { indexNumber, typeName } from '../../vm/ops/protocols.js';
import { defMethod, def0, defGetter, parseArgs, Kw } from '../../types/define.js';
import { defFunction } from '../util.js';
import { FLAG } from './translate.js';
import {
  PyPattern, patternType, matchType, reError, compilePattern, runMatch, findall, finditer, split, subn, installReTypes,
} from './objects.js';

// ---- RegexFlag ----

export const regexFlagType = makeBuiltinType('RegexFlag', intType);
regexFlagType.module = 're';

const FLAG_MEMBERS: [string, number][] = [
  ['ASCII', FLAG.A], ['IGNORECASE', FLAG.I], ['LOCALE', FLAG.L], ['UNICODE', FLAG.U], ['MULTILINE', FLAG.M],
  ['DOTALL', FLAG.S], ['VERBOSE', FLAG.X], ['TEMPLATE', FLAG.T], ['DEBUG', FLAG.DEBUG],
];
const ALL_FLAGS = FLAG_MEMBERS.reduce((a, [, v]) => a | v, 0);

function regexFlag(v: number): PyInt { return new PyInt(regexFlagType, v); }

function flagRepr(v: number): string {
  if (v === 0) return 're.NOFLAG';
  const names: string[] = [];
  let rest = v;
  for (const [name, bit] of FLAG_MEMBERS) if (rest & bit) { names.push(`re.${name}`); rest &= ~bit; }
  if (rest) names.push('0x' + rest.toString(16));
  return names.join('|');
}

function installRegexFlag(): void {
  const t = regexFlagType;
  const val = (o: PyObject) => Number((o as PyInt).value);
  def0(t, '__repr__', (self) => newStr(flagRepr(val(self))));
  def0(t, '__str__', (self) => newStr(flagRepr(val(self))));
  defMethod(t, '__format__', (args) => newStr(flagRepr(val(args[0]))));
  for (const [name, op] of [['__or__', (a: number, b: number) => a | b], ['__and__', (a: number, b: number) => a & b],
    ['__xor__', (a: number, b: number) => a ^ b]] as const) {
    const f = (args: PyObject[]) => {
      const other = args[1];
      if (!(other instanceof PyInt)) return NotImplemented;
      return regexFlag(op(val(args[0]), Number(other.value)));
    };
    defMethod(t, name, f);
    defMethod(t, '__r' + name.slice(2), f);
  }
  def0(t, '__invert__', (self) => regexFlag(ALL_FLAGS & ~val(self)));
  defGetter(t, 'value', (self) => newInt(val(self)));
  defGetter(t, 'name', (self) => {
    const v = val(self);
    if (v === 0) return newStr('NOFLAG');
    const names = FLAG_MEMBERS.filter(([, bit]) => v & bit).map(([n]) => n);
    return names.length ? newStr(names.join('|')) : None;
  });
}

// ---- module functions ----

const cache = new Map<string, PyPattern>();
const MAX_CACHE = 512;

function flagsValue(o: PyObject | null): number {
  if (o === null) return 0;
  if (!(o instanceof PyInt)) return indexNumber(o);
  return Number(o.value);
}

/** re.compile's argument handling: a Pattern (flags must be 0) or str/bytes source. */
export function getPattern(source: PyObject, flagsObj: PyObject | null): PyPattern {
  const flags = flagsValue(flagsObj);
  if (source instanceof PyPattern) {
    if (flags !== 0) throw pyError(E.ValueError, 'cannot process flags argument with a compiled pattern');
    return source;
  }
  if (!(source instanceof PyStr) && !(source instanceof PyBytes)) {
    throw pyError(E.TypeError, 'first argument must be string or compiled pattern');
  }
  const key = `${source instanceof PyStr ? 's' : 'b'}${flags}:${source instanceof PyStr ? source.value : String.fromCharCode(...source.data)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const p = compilePattern(source, flags);
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

const SPECIAL = new Set([...'()[]{}?*+-|^$\\.&~# \t\n\r\v\f']);

function escape(o: PyObject): PyObject {
  if (o instanceof PyStr) {
    let out = '';
    for (const c of o.value) out += SPECIAL.has(c) ? '\\' + c : c;
    return newStr(out);
  }
  if (o instanceof PyBytes) {
    const out: number[] = [];
    for (const b of o.data) { if (b < 128 && SPECIAL.has(String.fromCharCode(b))) out.push(92); out.push(b); }
    return newBytes(Uint8Array.from(out));
  }
  throw pyError(E.TypeError, `expected str or bytes, not ${typeName(o)}`);
}

export function makeReModule(): PyModule {
  installReTypes();
  installRegexFlag();
  const m = new PyModule('re');
  const def = (name: string, f: (args: PyObject[], kw: Kw) => PyObject) => defFunction(m, name, f);
  for (const [name, mode] of [['match', 'match'], ['search', 'search'], ['fullmatch', 'full']] as const) {
    def(name, (args, kw) => {
      const [p, s, flags] = parseArgs(name, args, kw, ['pattern', 'string', 'flags'], 2);
      return runMatch(getPattern(p!, flags), s!, null, null, mode);
    });
  }
  def('compile', (args, kw) => {
    const [p, flags] = parseArgs('compile', args, kw, ['pattern', 'flags'], 1);
    return getPattern(p!, flags);
  });
  def('findall', (args, kw) => {
    const [p, s, flags] = parseArgs('findall', args, kw, ['pattern', 'string', 'flags'], 2);
    return findall(getPattern(p!, flags), s!, null, null);
  });
  def('finditer', (args, kw) => {
    const [p, s, flags] = parseArgs('finditer', args, kw, ['pattern', 'string', 'flags'], 2);
    return finditer(getPattern(p!, flags), s!, null, null);
  });
  def('split', (args, kw) => {
    const [p, s, maxsplit, flags] = parseArgs('split', args, kw, ['pattern', 'string', 'maxsplit', 'flags'], 2);
    return split(getPattern(p!, flags), s!, maxsplit === null ? 0 : indexNumber(maxsplit));
  });
  def('sub', (args, kw) => {
    const [p, repl, s, count, flags] = parseArgs('sub', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
    return subn(getPattern(p!, flags), repl!, s!, count === null ? 0 : indexNumber(count))[0];
  });
  def('subn', (args, kw) => {
    const [p, repl, s, count, flags] = parseArgs('subn', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
    const [r, n] = subn(getPattern(p!, flags), repl!, s!, count === null ? 0 : indexNumber(count));
    return newTuple([r, newInt(n)]);
  });
  def('escape', (args, kw) => {
    const [p] = parseArgs('escape', args, kw, ['pattern'], 1);
    return escape(p!);
  });
  def('purge', () => { cache.clear(); return None; });
  const ns = m.ns;
  for (const [name, bit] of FLAG_MEMBERS) ns.setStr(name, regexFlag(bit));
  for (const [alias, bit] of [['A', FLAG.A], ['I', FLAG.I], ['L', FLAG.L], ['U', FLAG.U], ['M', FLAG.M], ['S', FLAG.S],
    ['X', FLAG.X], ['T', FLAG.T]] as const) ns.setStr(alias, regexFlag(bit));
  ns.setStr('NOFLAG', regexFlag(0));
  ns.setStr('RegexFlag', regexFlagType);
  ns.setStr('Pattern', patternType);
  ns.setStr('Match', matchType);
  ns.setStr('error', reError);
  ns.setStr('__version__', newStr('2.2.1'));
  return m;
}
