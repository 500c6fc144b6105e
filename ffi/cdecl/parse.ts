// cffi's cdef() front end: strips comments and `#define NAME <integer>` lines, parses the C
// declarations with the Ohm grammar ffi/cdecl/cdecl.ohm (recipe built by scripts/build-grammar.js)
// and turns them into plain nested arrays (the C semantics: declarator inversion, primitive
// type names normalised as cffi does, integer constant expressions evaluated).

import { join } from 'node:path';
import { distPath, projectRoot } from '../../interpreter/paths.js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Ohm from 'ohm-js';

/** A node: ['prim', name] | ['name', typedefName] | ['struct', kind, name, fields|null, partial, bodyOffset|null]
 *  | ['enum', name, [[name, value]...]|null] | ['ptr', T, isConst] | ['array', T, len|null]
 *  | ['func', result, params, variadic]; a field is [name|null, T, bits|null]. */
export type CNode = (string | number | boolean | null | CNode)[];

/** A declaration: ['typedef', name, T] | ['decl', name, T] | ['tag', T] | ['const', name, value]
 *  | ['define', name, value]. */
export type CDecl = CNode;

export class CDeclError extends Error {}

interface OhmModule {
  grammar(source: string): Ohm.Grammar;
  makeRecipe(recipe: string): Ohm.Grammar;
}

let loaded: { grammar: Ohm.Grammar; semantics: Ohm.Semantics } | null = null;

function cGrammar(): { grammar: Ohm.Grammar; semantics: Ohm.Semantics } {
  if (loaded) return loaded;
  const ohm = createRequire(import.meta.url)('ohm-js') as OhmModule;
  const recipe = distPath('ffi', 'cdecl', 'cdecl.recipe.json');
  const grammar = existsSync(recipe)
    ? ohm.makeRecipe(readFileSync(recipe, 'utf8'))
    : ohm.grammar(readFileSync(join(projectRoot(), 'ffi', 'cdecl', 'cdecl.ohm'), 'utf8'));
  const semantics = grammar.createSemantics();
  semantics.addOperation('ast', actions as unknown as Ohm.ActionDict<unknown>);
  loaded = { grammar, semantics };
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Declarators: a declarator is a function from the base type to the declared type, so that
// `int (*fp)(int)` builds ptr(func(int -> int)) inside out, as C reads it.

type Wrap = (t: CNode) => CNode;
interface Decl { name: string | null; wrap: Wrap; empty: boolean }

/** Integer constants visible to expressions: the caller's, #defines, enumerators so far. */
let env = new Map<string, number>();
/** Typedef names visible so far: the caller's, then each typedef as it is declared. */
let typedefNames = new Set<string>();

/** The typedef name a parenthesised declarator starts with (`(T)`, `(T[3])`), or null. C11
 *  6.7.6.3p11: an identifier that can be read as a typedef name or as a declarator's name is a
 *  typedef name, so `int (T)` is a function taking a T, not an int named T. */
function leadingTypedefName(declarator: Node): string | null {
  const [ptrs, direct] = declarator.children;
  if (ptrs.numChildren > 0) return null;
  const core = direct.children[0];
  if (core.numChildren === 0) return null;
  const alt = core.children[0].children[0];
  if (alt.ctorName !== 'DeclCore_name') return null;
  const name = alt.sourceString;
  return typedefNames.has(name) ? name : null;
}

function evalName(name: string): number {
  const v = env.get(name);
  if (v === undefined) throw new CDeclError(`unknown identifier '${name}' in a constant expression`);
  return v;
}

const SIGNED_CHAR = ['signed', 'char'];

/** 'long int unsigned' -> 'unsigned long', as cffi names primitive types. */
export function normalisePrimitive(words: string[]): string {
  if (words.join(' ') === SIGNED_CHAR.join(' ')) return 'signed char';
  const counts: Record<string, number> = {};
  const rest: string[] = [];
  for (const w of words) {
    if (w === 'short' || w === 'long' || w === 'signed' || w === 'unsigned') counts[w] = (counts[w] ?? 0) + 1;
    else rest.push(w);
  }
  let names = rest.length ? rest : ['int'];
  if (names.length === 1 && names[0] === 'int' && (counts.short || counts.long)) names = [];
  const prefix: string[] = [];
  for (const p of ['unsigned', 'short', 'long']) for (let i = 0; i < (counts[p] ?? 0); i++) prefix.push(p);
  return [...prefix, ...names].join(' ');
}

type Node = Ohm.Node;

const bin = (f: (a: number, b: number) => number) => (a: Node, _op: Node, b: Node) => f(a.ast(), b.ast());

const actions: Record<string, (...args: Node[]) => unknown> = {
  Program(decls, _end) {
    return decls.children.flatMap((d) => d.ast());
  },
  Decl_typedef(_kw, specs, decls, _semi) {
    const base = specs.ast() as CNode;
    return decls.asIteration().children.map((d) => {
      const dd = d.ast() as Decl;
      if (dd.name === null) throw new CDeclError('typedef does not declare any name');
      typedefNames.add(dd.name);
      return ['typedef', dd.name, dd.wrap(base)];
    });
  },
  Decl_plain(specs, decls, _semi) {
    const base = specs.ast() as CNode;
    const out: CDecl[] = [];
    for (const d of decls.asIteration().children) {
      const [dd, init] = d.ast() as [Decl, number | null];
      if (dd.name === null) {
        if (!dd.empty) throw new CDeclError('construct does not declare any variable');
        out.push(['tag', base]);
      } else if (init !== null) {
        out.push(['const', dd.name, init]);
      } else {
        out.push(['decl', dd.name, dd.wrap(base)]);
      }
    }
    if (out.length === 0) out.push(['tag', base]);
    return out;
  },
  Decl_empty(_semi) {
    return [];
  },
  InitDeclarator(decl, _eq, init) {
    return [decl.ast(), init.numChildren ? init.children[0].ast() : null];
  },
  DeclSpecs(pre, spec, post) {
    const t = spec.ast() as CNode;
    const quals = [...pre.children, ...post.children].map((q) => q.sourceString);
    return quals.includes('const') ? ['const', t] : t;
  },
  BuiltinType(words) {
    return ['prim', normalisePrimitive(words.children.map((w) => w.sourceString))];
  },
  TypeSpec(t) {
    if (t.ctorName === 'ident') return ['name', t.sourceString];
    return t.ast();
  },
  StructSpec_body(kw, name, _open, members, _close) {
    const fields: CNode[] = [];
    let partial = false;
    for (const m of members.children) {
      const r = m.ast() as CNode[] | 'dots';
      if (r === 'dots') partial = true;
      else fields.push(...r);
    }
    // the body's offset tells a struct declared twice from one body shared by several declarators
    return ['struct', kw.sourceString, name.numChildren ? name.sourceString : null, fields, partial, _open.source.startIdx];
  },
  StructSpec_ref(kw, name) {
    return ['struct', kw.sourceString, name.sourceString, null, false, null];
  },
  Member_dots(_dots, _semi) {
    return 'dots';
  },
  Member_fields(specs, decls, _semi) {
    const base = specs.ast() as CNode;
    return decls.asIteration().children.map((d) => {
      const [dd, bits] = d.ast() as [Decl, number | null];
      return [dd.name, dd.wrap(base), bits];
    });
  },
  Member_anon(specs, _semi) {
    return [[null, specs.ast(), null]];
  },
  MemberDeclarator(decl, _colon, bits) {
    return [decl.ast(), bits.numChildren ? bits.children[0].ast() : null];
  },
  EnumSpec_body(_kw, name, _open, list, _comma, _close) {
    let next = 0;
    const items: CNode[] = [];
    for (const e of list.asIteration().children) {
      const [n, v] = e.ast() as [string, number | null];
      const value = v ?? next;
      env.set(n, value);
      items.push([n, value]);
      next = value + 1;
    }
    return ['enum', name.numChildren ? name.sourceString : null, items];
  },
  EnumSpec_ref(_kw, name) {
    return ['enum', name.sourceString, null];
  },
  Enumerator(name, _eq, value) {
    return [name.sourceString, value.numChildren ? value.children[0].ast() : null];
  },
  Declarator(ptrs, direct) {
    const d = direct.ast() as Decl;
    const stars = ptrs.children.map((p) => p.children[1].children.some((q) => q.sourceString === 'const'));
    return {
      name: d.name,
      empty: d.empty && stars.length === 0,
      // `* const * p`: the pointers apply to the base type first, then the direct declarator.
      wrap: (t: CNode) => d.wrap(stars.reduce<CNode>((acc, c) => ['ptr', acc, c], t)),
    } satisfies Decl;
  },
  DirectDecl(core, suffixes) {
    const c: Decl = core.numChildren ? core.children[0].ast() : { name: null, wrap: (t) => t, empty: true };
    const sfx = suffixes.children.map((s) => s.ast() as Wrap);
    // Suffixes bind tighter than the core's own declarator: apply them right to left, then the core.
    return {
      name: c.name,
      empty: c.empty && sfx.length === 0,
      wrap: (t: CNode) => c.wrap(sfx.reduceRight<CNode>((acc, f) => f(acc), t)),
    } satisfies Decl;
  },
  DeclCore_paren(_open, decl, _close) {
    const d = decl.ast() as Decl;
    const typedefName = leadingTypedefName(decl);
    if (typedefName === null) return d;
    const param = d.wrap(['name', typedefName]);
    return { name: null, empty: false, wrap: (t: CNode) => ['func', t, [param], false] } satisfies Decl;
  },
  DeclCore_name(name) {
    return { name: name.sourceString, wrap: (t: CNode) => t, empty: false } satisfies Decl;
  },
  Suffix_array(_open, len, _close) {
    const n = len.numChildren ? (len.children[0].ast() as number) : null;
    if (n !== null && n < 0) throw new CDeclError('negative array length');
    return (t: CNode) => ['array', t, n];
  },
  Suffix_func(_open, params, _close) {
    const [ps, variadic] = params.ast() as [CNode[], boolean];
    return (t: CNode) => ['func', t, ps, variadic];
  },
  Params_void(_void, _lookahead) {
    return [[], false];
  },
  Params_list(list, _comma, dots) {
    return [list.asIteration().children.map((p) => p.ast()), dots.numChildren > 0];
  },
  Params_dotsonly(_dots) {
    return [[], true];
  },
  Param(specs, decl) {
    // (Parameters of array or function type decay to pointers: cffi does that when it resolves
    // the function type, so that a type parsed as a lone parameter keeps its own kind.)
    return (decl.ast() as Decl).wrap(specs.ast() as CNode);
  },
  ConstExpr_or: bin((a, b) => a | b),
  XorExpr_xor: bin((a, b) => a ^ b),
  AndExpr_and: bin((a, b) => a & b),
  ShiftExpr_shl: bin((a, b) => a * 2 ** b),
  ShiftExpr_shr: bin((a, b) => Math.floor(a / 2 ** b)),
  AddExpr_add: bin((a, b) => a + b),
  AddExpr_sub: bin((a, b) => a - b),
  MulExpr_mul: bin((a, b) => a * b),
  MulExpr_div: bin((a, b) => Math.trunc(a / b)),
  MulExpr_mod: bin((a, b) => a % b),
  UnaryExpr_neg(_op, e) {
    return -e.ast();
  },
  UnaryExpr_pos(_op, e) {
    return e.ast();
  },
  UnaryExpr_inv(_op, e) {
    return ~e.ast();
  },
  PrimaryExpr_paren(_open, e, _close) {
    return e.ast();
  },
  PrimaryExpr_name(name) {
    return evalName(name.sourceString);
  },
  number_hex(_x, digits, _suffix) {
    return parseInt(digits.sourceString, 16);
  },
  number_dec(digits, _suffix) {
    const s = digits.sourceString;
    return s.length > 1 && s[0] === '0' ? parseInt(s, 8) : parseInt(s, 10);
  },
  charLit(_q1, c, _q2) {
    return c.sourceString.charCodeAt(0);
  },
  _iter(...children) {
    return children.map((c) => c.ast());
  },
};

// ---------------------------------------------------------------------------------------------

const DEFINE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]*(.*)$/;
const INT_LITERAL = /^(-?)(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*$/;

/** Blank out comments (keeping newlines, so line numbers stay right). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
}

function parseIntLiteral(s: string): number | null {
  const m = INT_LITERAL.exec(s.trim());
  if (!m) return null;
  const body = m[2];
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (body.length > 1 && body[0] === '0') v = parseInt(body, 8);
  else v = parseInt(body, 10);
  return m[1] ? -v : v;
}

/** Parse `source` into declarations; `known` are integer constants and `typedefs` the typedef
 *  names from earlier cdef() calls. */
export function parseCDecl(source: string, known: Map<string, number>, typedefs: Iterable<string> = []): CDecl[] {
  const lines = stripComments(source).split('\n');
  const defines: CDecl[] = [];
  env = new Map(known);
  typedefNames = new Set(typedefs);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s*#/.test(line)) continue;
    lines[i] = '';
    if (/^\s*#\s*pragma\b/.test(line)) continue; // cffi ignores #pragma (with a warning)
    const m = DEFINE.exec(line);
    if (!m) throw new CDeclError(`cannot parse "${line.trim()}"\n<cdef source string>:${i + 1}:1: Directives not supported yet`);
    if (m[2].trim() === '...') continue; // a constant whose value only the C compiler knows: unusable in ABI mode
    const value = parseIntLiteral(m[2]);
    if (value === null) {
      throw new CDeclError(`only supports one of the following syntax:\n  #define ${m[1]} ...     (literally dot-dot-dot)\n  #define ${m[1]} NUMBER  (with NUMBER an integer constant, decimal/hex/octal)\ngot:\n  #define ${m[1]} ${m[2].trim()}`);
    }
    env.set(m[1], value);
    defines.push(['define', m[1], value]);
  }
  const text = lines.join('\n');
  const { grammar, semantics } = cGrammar();
  const match = grammar.match(text);
  if (match.failed()) {
    const pos = match.getRightmostFailurePosition();
    if (/^\s*$/.test(text.slice(pos))) throw new CDeclError('parse error\n<cdef source string>: At end of input');
    if (text[pos] === '{' && /\)\s*$/.test(text.slice(0, pos))) {
      // a function body: pycparser parses it, cffi refuses it (at the line the definition starts)
      const start = Math.max(text.lastIndexOf(';', pos), text.lastIndexOf('}', pos)) + 1;
      const first = start + (/^\s*/.exec(text.slice(start))?.[0].length ?? 0);
      const line = text.slice(0, first).split('\n').length;
      throw new CDeclError(`<cdef source string>:${line}: unexpected <FuncDef>: this construct is valid C but not valid in cdef()`);
    }
    const before = text.slice(0, pos);
    const lineNo = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n');
    const token = /^\s*(\w+|\S)/.exec(text.slice(pos))?.[1] ?? '<end>';
    throw new CDeclError(`cannot parse "${lines[lineNo - 1].trim()}"\n<cdef source string>:${lineNo}:${col}: before: ${token}`);
  }
  try {
    return [...defines, ...(semantics(match).ast() as CDecl[])];
  } catch (e) {
    if (e instanceof CDeclError) throw e;
    throw new CDeclError(`cdef: ${(e as Error).message}`);
  }
}
