// Symbol tables: which names each scope binds, and whether each is local, global, free or a cell.
// A port of CPython 3.11's symtable.c: one pass records how every name is used (DEF_* flags), a
// second pass (analyze) resolves scopes top-down, passing bound/global/free sets between blocks.

import type * as A from '../parser/ast.js';
import { PythonSyntaxError } from '../parser/errors.js';

// Use flags, as CPython's symtable.h (the `symtable` module shows the same numbers).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/** CPython stores the resolved scope in the same int, shifted by this much. */
export const SCOPE_OFFSET = 11;

export const enum Scope { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'genexp';

type Located = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

export class SymbolTableEntry {
  /** Name → DEF_* flags, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Name → resolved scope (filled by analysis). */
  readonly scopes = new Map<string, Scope>();
  /** Parameters in order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each global/nonlocal declaration was made, for error locations. */
  readonly directives = new Map<string, Located>();
  nested = false;
  generator = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  free = false; // this block has free variables
  childFree = false; // some child block has free variables
  needsClassClosure = false; // class body must create a __class__ cell
  comprehension: ComprehensionKind | null = null;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly lineno: number,
  ) {}

  flags(name: string): number { return this.symbols.get(name) ?? 0; }
  scope(name: string): Scope { return this.scopes.get(name) ?? Scope.NONE; }
  /** flags | scope << SCOPE_OFFSET: the number CPython's symtable module reports. */
  combined(name: string): number { return this.flags(name) | (this.scope(name) << SCOPE_OFFSET); }
}

export interface SymbolTable {
  top: SymbolTableEntry;
  /** The entry of each FunctionDef, ClassDef, Lambda and comprehension node. */
  byNode: Map<object, SymbolTableEntry>;
}

/** CPython's _Py_Mangle: `__x` inside class `Foo` becomes `_Foo__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export interface SymtableOptions {
  filename: string;
  sourceLines: string[] | null;
  /** `from __future__ import annotations`: annotations are not evaluated, so not visited. */
  futureAnnotations: boolean;
}

export function buildSymtable(mod: A.Module | A.Expression, opts: SymtableOptions): SymbolTable {
  const b = new Builder(opts);
  b.run(mod);
  return { top: b.top, byNode: b.byNode };
}

class Builder {
  top: SymbolTableEntry;
  cur: SymbolTableEntry;
  readonly stack: SymbolTableEntry[] = [];
  readonly byNode = new Map<object, SymbolTableEntry>();
  private privateName: string | null = null;

  constructor(private readonly opts: SymtableOptions) {
    this.top = new SymbolTableEntry('top', 'module', 0);
    this.cur = this.top;
    this.stack.push(this.top);
  }

  run(mod: A.Module | A.Expression): void {
    if (mod.kind === 'Module') for (const s of mod.body) this.stmt(s);
    else this.expr(mod.body);
    analyzeBlock(this.top, null, new Set(), new Set(), this.opts);
  }

  error(msg: string, at: Located): never {
    throw syntaxError(this.opts, msg, at);
  }

  // --- blocks ---

  enter(name: string, type: BlockType, node: object, lineno: number): void {
    const prev = this.cur;
    const ste = new SymbolTableEntry(name, type, lineno);
    ste.nested = prev.nested || prev.type === 'function';
    ste.compIterExpr = prev.compIterExpr;
    prev.children.push(ste);
    this.byNode.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  // --- recording uses ---

  addDef(name: string, flag: number, at: Located, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        this.error(`duplicate argument '${name}' in function definition`, at);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, at);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      // `global x` anywhere marks x in the module's table too (CPython's st_global).
      this.top.symbols.set(mangled, flag | (this.top.symbols.get(mangled) ?? 0));
    }
  }

  lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  // --- statements ---

  stmts(body: A.Stmt[]): void { for (const s of body) this.stmt(s); }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'function', s, s.lineno);
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'class', s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AnnAssign': {
        const t = s.target;
        if (t.kind === 'Name') {
          const cur = this.lookup(t.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
            this.error(`annotated name '${t.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.expr(t);
        }
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'For':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'While': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'Import': for (const a of s.names) this.alias(a); break;
      case 'ImportFrom': for (const a of s.names) this.alias(a); break;
      case 'Global': this.declaration(s, s.names, DEF_GLOBAL, 'global'); break;
      case 'Nonlocal': this.declaration(s, s.names, DEF_NONLOCAL, 'nonlocal'); break;
      case 'Expr': this.expr(s.value); break;
      case 'Pass': case 'Break': case 'Continue': break;
      case 'With':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
    }
  }

  declaration(s: A.Global | A.Nonlocal, names: string[], flag: number, word: string): void {
    for (const name of names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, flag, s);
      this.recordDirective(name, s);
    }
  }

  recordDirective(name: string, at: Located): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, at);
  }

  alias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.error('import * only allowed at module level', a);
    }
  }

  params(args: A.arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  annotations(args: A.arguments, returns: A.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args];
    for (const a of all) if (a.annotation) this.annotation(a.annotation);
    if (args.vararg?.annotation) this.annotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.annotation(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.annotation(a.annotation);
    if (returns) this.annotation(returns);
  }

  annotation(e: A.Expr): void {
    // Under `from __future__ import annotations` CPython visits them in a throwaway block.
    if (!this.opts.futureAnnotations) this.expr(e);
  }

  // --- expressions ---

  exprs(es: A.Expr[]): void { for (const e of es) this.expr(e); }

  expr(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr': {
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        }
        if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target);
        this.expr(e.value);
        this.expr(e.target);
        break;
      }
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.enter('lambda', 'function', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        this.exprs(e.values);
        break;
      case 'Set': this.exprs(e.elts); break;
      case 'GeneratorExp': this.comprehension(e, 'genexpr', 'genexp', e.generators, e.elt, null); break;
      case 'ListComp': this.comprehension(e, 'listcomp', 'list', e.generators, e.elt, null); break;
      case 'SetComp': this.comprehension(e, 'setcomp', 'set', e.generators, e.elt, null); break;
      case 'DictComp': this.comprehension(e, 'dictcomp', 'dict', e.generators, e.key, e.value); break;
      case 'Yield':
      case 'YieldFrom': {
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        const comp = this.cur.comprehension;
        if (comp !== null) {
          const what = comp === 'list' ? 'list comprehension' : comp === 'set' ? 'set comprehension'
            : comp === 'dict' ? 'dict comprehension' : 'generator expression';
          this.error(`'yield' inside ${what}`, e);
        }
        break;
      }
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // `super` needs the __class__ cell of the enclosing class.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List': this.exprs(e.elts); break;
      case 'Tuple': this.exprs(e.elts); break;
    }
  }

  comprehension(e: A.Expr, scopeName: string, kind: ComprehensionKind, generators: A.comprehension[],
    elt: A.Expr, value: A.Expr | null): void {
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter(scopeName, 'function', e, e.lineno);
    this.cur.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (const g of generators.slice(1)) {
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
    }
    if (value) this.expr(value);
    this.expr(elt);
    this.cur.generator = kind === 'genexp';
    this.exit();
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module scope. */
  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== null) {
        if (ste.flags(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        this.addDef(name, (ste.flags(name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

export function syntaxError(opts: { filename: string; sourceLines: string[] | null }, msg: string,
  at: Located | null): PythonSyntaxError {
  const lineno = at?.lineno ?? 1;
  const text = opts.sourceLines?.[lineno - 1] ?? null;
  const offset = (at?.col_offset ?? 0) + 1;
  return new PythonSyntaxError('SyntaxError', msg, opts.filename, lineno, offset, text,
    at?.end_lineno ?? lineno, (at?.end_col_offset ?? (offset - 1)) + 1);
}

// --- analysis: resolve each name's scope (CPython's analyze_block and friends) ---

function analyzeName(ste: SymbolTableEntry, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, opts: SymtableOptions): void {
  const errAtDirective = (msg: string): never => {
    throw syntaxError(opts, msg, ste.directives.get(name) ?? null);
  };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errAtDirective(`name '${name}' is nonlocal and global`);
    ste.scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errAtDirective('nonlocal declaration not allowed at module level');
    if (!bound!.has(name)) errAtDirective(`no binding for nonlocal '${name}' found`);
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here.
  if (bound && bound.has(name)) {
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

function analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>,
  global: Set<string>, opts: SymtableOptions): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // Class bindings are not visible in nested functions, so children see the outer sets.
  if (ste.type === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, global, opts);

  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), opts);
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === 'function') {
    // Locals captured by children become cells.
    for (const [name, scope] of ste.scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        ste.scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === 'class') {
    if (newFree.delete('__class__')) ste.needsClassClosure = true;
  }

  // Free names of children that are not resolved here pass through this block.
  for (const name of newFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.type === 'class' && (flags & (DEF_BOUND | DEF_GLOBAL))) {
        ste.symbols.set(name, flags | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    ste.symbols.set(name, 0);
    ste.scopes.set(name, Scope.FREE);
  }
  for (const n of newFree) free.add(n);
}
