// CodeObject: what the compiler produces and the VM runs (CPython's code object, simplified).
// Instructions are (opcode, argument) pairs in one Int32Array; jump targets and exception-table
// ranges are instruction indices (not byte offsets). Constants are plain data so that code objects
// can be cached on disk; the VM boxes them once per code object.

import type { ConstValue } from '../parser/ast.js';

export type CodeConst =
  | ConstValue
  | { t: 'tuple'; items: CodeConst[] }
  | { t: 'frozenset'; items: CodeConst[] }
  | { t: 'code'; code: CodeObject };

/**
 * An exception raised while executing instruction index pc with start <= pc < end is handled by
 * the first entry (in array order) whose range contains pc: the value stack is cut back to `depth`
 * items, the exception is pushed, and execution continues at `target`. The compiler lists inner
 * handlers before outer ones. No entry: the exception leaves the frame.
 */
export interface ExceptionTableEntry { start: number; end: number; target: number; depth: number }

export const CO_OPTIMIZED = 0x1; // locals are fast slots (function bodies)
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;

export class CodeObject {
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    public argcount: number, // positional parameters, positional-only ones included
    public posonlyargcount: number,
    public kwonlyargcount: number,
    public flags: number,
    /** Fast local names: parameters first (positional, keyword-only, *args, **kwargs), then others. */
    public varnames: string[],
    /** Names of this code's locals that inner functions capture (cells are created at frame start). */
    public cellvars: string[],
    /** Names captured from the enclosing scope (cells come in via the function's closure). */
    public freevars: string[],
    /** For each cellvar that is also a parameter, that parameter's varnames index, else -1. */
    public cell2arg: Int32Array | null,
    /** Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* instructions. */
    public names: string[],
    public consts: CodeConst[],
    /** opcode, arg, opcode, arg, ... */
    public code: Int32Array,
    /** Source line of each instruction (index = instruction index = pc). */
    public lines: Int32Array,
    /** Per instruction: start column, end line, end column (3 ints), -1 where unknown; for carets. */
    public positions: Int32Array,
    public exceptionTable: ExceptionTableEntry[],
    /** Maximum value-stack depth. */
    public stacksize: number,
    /** The docstring, if the body starts with one (functions, classes, modules). */
    public doc: string | null,
  ) {}

  get instructionCount(): number { return this.code.length >> 1; }

  /** Runtime caches, owned by the VM and the JIT; never serialised. */
  runtime: unknown = null;
  /** The VM's per-instruction attribute caches (vm/ops/attr_cache.ts); never serialised. */
  attrCaches: unknown[] | null = null;
  /** The VM's per-instruction LOAD_GLOBAL caches (vm/eval.ts); never serialised. */
  globalCaches: unknown[] | null = null;
}
