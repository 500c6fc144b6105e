// The compiler's state: one Unit per code object being built (constants, names, locals, cells,
// control-flow blocks) on a stack, plus the helpers every visitor uses: emitting with the current
// source location, name resolution to *_FAST/*_DEREF/*_GLOBAL/*_NAME, scope entry and exit.

import type * as A from '../parser/ast.js';
import { Op } from './opcodes.js';
import {
  CodeObject, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
  type CodeConst,
} from './code.js';
import { CodeBuilder, Label, type Loc } from './assembler.js';
import {
  DEF_FREE_CLASS, Scope, mangle, syntaxError, type SymbolTable, type SymbolTableEntry,
} from './symtable.js';

export type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Control-flow blocks that break/continue/return must unwind (CPython's fblockinfo). */
export type FBlock =
  | { type: 'while'; start: Label; exit: Label }
  | { type: 'for'; start: Label; exit: Label }
  | { type: 'try_except' }
  | { type: 'finally_try'; body: A.Stmt[] }
  | { type: 'finally_end' }
  | { type: 'with'; node: A.With }
  | { type: 'handler_cleanup'; name: string | null }
  | { type: 'pop_value' }
  | { type: 'exception_handler' };

export class Unit {
  readonly b = new CodeBuilder();
  readonly consts: CodeConst[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  doc: string | null = null;
  qualname = '';

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly kind: UnitKind,
    public privateName: string | null,
    readonly firstlineno: number,
  ) {
    this.varnames = [...ste.varnames];
    this.varnames.forEach((n, i) => this.varIndex.set(n, i));
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [n, scope] of ste.scopes) {
      if (scope === Scope.CELL) cells.push(n);
      if (scope === Scope.FREE || (ste.flags(n) & DEF_FREE_CLASS)) frees.push(n);
    }
    if (ste.needsClassClosure) cells.push('__class__');
    // As CPython 3.11's co_cellvars: parameters that are cells first (in parameter order), then
    // the other cells sorted; free variables sorted.
    const cellParams = ste.varnames.filter((n) => cells.includes(n));
    this.cellvars = [...cellParams, ...cells.filter((n) => !cellParams.includes(n)).sort(byCodePoint)];
    this.freevars = frees.sort(byCodePoint);
  }

  addConst(v: CodeConst): number {
    const key = constKey(v);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  addVarname(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  /** Index into cells = cellvars ++ freevars. */
  cellIndex(name: string, kind: 'cell' | 'free'): number {
    const i = kind === 'cell' ? this.cellvars.indexOf(name) : this.freevars.indexOf(name);
    if (i < 0) throw new Error(`compiler: no ${kind} variable '${name}' in ${this.qualname}`);
    return kind === 'cell' ? i : this.cellvars.length + i;
  }
}

/** Drops trailing constants that only dead code used (CPython 3.11's trim_unused_consts). */
function trimUnusedConsts(code: Int32Array, consts: CodeConst[]): CodeConst[] {
  let max = -1;
  for (let i = 0; i < code.length; i += 2) if (code[i] === Op.LOAD_CONST) max = Math.max(max, code[i + 1]!);
  return max + 1 < consts.length ? consts.slice(0, max + 1) : consts;
}

function byCodePoint(a: string, b: string): number {
  const ca = [...a], cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return ca.length - cb.length;
}

/** Equal constants share a slot; 1, 1.0, True and -0.0 vs 0.0 stay distinct, as in CPython. */
function constKey(v: CodeConst): string {
  switch (v.t) {
    case 'None': case 'Ellipsis': return v.t;
    case 'bool': return `b${v.v}`;
    case 'int': return `i${v.v}`;
    case 'float': return `f${Object.is(v.v, -0) ? '-0' : String(v.v)}`;
    case 'complex': return `c${Object.is(v.imag, -0) ? '-0' : String(v.imag)}`;
    case 'str': return `s${v.v}`;
    case 'bytes': return `y${Array.from(v.v).join(',')}`;
    case 'tuple': return `t(${v.items.map(constKey).join('|')})`;
    case 'frozenset': return `z(${v.items.map(constKey).join('|')})`;
    case 'code': return `k${codeKey(v.code)}`;
  }
}

/**
 * Equal code objects share a constant, as in CPython (a finally body is compiled twice, so a
 * lambda or comprehension in it would otherwise appear twice).
 */
const codeKeys = new WeakMap<object, string>();
function codeKey(code: CodeObject): string {
  let key = codeKeys.get(code);
  if (key === undefined) {
    key = JSON.stringify([
      code.name, code.qualname, code.firstlineno, code.argcount, code.posonlyargcount, code.kwonlyargcount,
      code.flags, Array.from(code.code), code.consts.map(constKey), code.names, code.varnames,
      code.cellvars, code.freevars, Array.from(code.lines), Array.from(code.positions), code.exceptionTable,
    ]);
    codeKeys.set(code, key);
  }
  return key;
}

export interface CompilerOptions {
  filename: string;
  sourceLines: string[] | null;
  interactive: boolean;
  futureAnnotations: boolean;
  /** Line of the last `from __future__ import` of the leading block (0: none). */
  futureLineno: number;
}

export class Compiler {
  /** The enclosing units of the current one, outermost first. */
  readonly units: Unit[] = [];
  u!: Unit;

  constructor(readonly st: SymbolTable, readonly opts: CompilerOptions) {}

  // --- errors and locations ---

  /** A SyntaxError at `at`, or (null) at the location of the code being compiled. */
  error(msg: string, at: A.Pos | null): never {
    if (at === null && this.units.length + (this.u ? 1 : 0) > 0) {
      const l = this.loc;
      at = { lineno: l.lineno, col_offset: Math.max(l.col, 0), end_lineno: l.endLineno, end_col_offset: l.endCol };
    }
    throw syntaxError(this.opts, msg, at);
  }

  get loc(): Loc { return this.u.b.loc; }
  set loc(l: Loc) { this.u.b.loc = l; }

  setLoc(node: A.Pos): void {
    this.u.b.loc = { lineno: node.lineno, col: node.col_offset, endLineno: node.end_lineno, endCol: node.end_col_offset };
  }

  // --- emitting ---

  emit(op: Op, arg = 0): void { this.u.b.emit(op, arg); }
  jump(op: Op, target: Label): void { this.u.b.emitJump(op, target); }
  bind(label: Label): void { this.u.b.bind(label); }
  loadConst(v: CodeConst): void { this.emit(Op.LOAD_CONST, this.u.addConst(v)); }
  loadNone(): void { this.loadConst({ t: 'None' }); }
  /** An instruction whose argument is a name in co_names, mangled as CPython's ADDOP_NAME. */
  emitName(op: Op, name: string): void { this.emit(op, this.u.addName(mangle(this.u.privateName, name))); }

  /** Load, store or delete a variable, choosing the instruction from its scope. */
  nameOp(name: string, ctx: A.ExprContext, at: A.Pos | null = null): void {
    const u = this.u;
    if (ctx !== 'Load' && name === '__debug__') {
      this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', at);
    }
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scope(mangled);
    const isFunction = u.ste.type === 'function';
    let kind: 'name' | 'fast' | 'global' | 'deref' = 'name';
    let derefKind: 'cell' | 'free' = 'cell';
    switch (scope) {
      case Scope.FREE: kind = 'deref'; derefKind = 'free'; break;
      case Scope.CELL: kind = 'deref'; derefKind = 'cell'; break;
      case Scope.LOCAL: if (isFunction) kind = 'fast'; break;
      case Scope.GLOBAL_IMPLICIT: if (isFunction) kind = 'global'; break;
      case Scope.GLOBAL_EXPLICIT: kind = 'global'; break;
      default: break;
    }
    const pick = (load: Op, store: Op, del: Op): Op => (ctx === 'Load' ? load : ctx === 'Store' ? store : del);
    switch (kind) {
      case 'deref': {
        const op = ctx === 'Load' && u.ste.type === 'class' ? Op.LOAD_CLASSDEREF
          : pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF);
        this.emit(op, u.cellIndex(mangled, derefKind));
        return;
      }
      case 'fast':
        this.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.addVarname(mangled));
        return;
      case 'global':
        this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), u.addName(mangled));
        return;
      case 'name':
        this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), u.addName(mangled));
        return;
    }
  }

  // --- scopes ---

  enterScope(name: string, kind: UnitKind, node: object | null, firstlineno: number): Unit {
    const ste = node === null ? this.st.top : this.st.byNode.get(node);
    if (!ste) throw new Error(`compiler: no symbol table for ${name}`);
    const parent: Unit | null = this.u ?? null;
    const unit = new Unit(ste, name, kind, parent?.privateName ?? null, firstlineno);
    unit.qualname = parent ? this.qualnameFor(unit, parent) : name;
    if (parent) this.units.push(parent);
    this.u = unit;
    unit.b.loc = { lineno: firstlineno, col: -1, endLineno: -1, endCol: -1 };
    return unit;
  }

  private qualnameFor(unit: Unit, parent: Unit): string {
    // The module is never a parent for qualname purposes.
    if (this.units.length === 0) return unit.name;
    if (unit.kind === 'function' || unit.kind === 'class') {
      const scope = parent.ste.scope(mangle(parent.privateName, unit.name));
      if (scope === Scope.GLOBAL_EXPLICIT) return unit.name;
    }
    const base = parent.kind === 'function' || parent.kind === 'lambda'
      ? parent.qualname + '.<locals>' : parent.qualname;
    return base + '.' + unit.name;
  }

  /** Finishes the current unit: appends `return None` if control can reach the end, assembles. */
  exitScope(): CodeObject {
    const u = this.u;
    if (u.b.endReachable()) {
      this.loadNone();
      this.emit(Op.RETURN_VALUE);
    }
    const asm = u.b.assemble();
    const consts = trimUnusedConsts(asm.code, u.consts);
    let flags = 0;
    if (u.ste.type === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (u.ste.nested) flags |= CO_NESTED;
      if (u.ste.generator) flags |= CO_GENERATOR;
      if (u.ste.varargs) flags |= CO_VARARGS;
      if (u.ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    let cell2arg: Int32Array | null = null;
    if (u.cellvars.some((n) => u.ste.varnames.includes(n))) {
      cell2arg = Int32Array.from(u.cellvars, (n) => u.ste.varnames.indexOf(n));
    }
    const code = new CodeObject(
      u.name, u.qualname, this.opts.filename, u.firstlineno,
      u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, flags,
      u.varnames, u.cellvars, u.freevars, cell2arg, u.names, consts,
      asm.code, asm.lines, asm.positions, asm.exceptionTable, asm.stacksize, u.doc,
    );
    const parent = this.units.pop();
    if (parent) this.u = parent;
    return code;
  }

  get nestLevel(): number { return this.units.length + 1; }
}
