// Shared set-up for the compiler tests: the compiled compiler from dist/ (run `npx tsc -p
// tsconfig.json` first), the CPython-made fixtures, and a checker of a code object's structural
// invariants (jump targets, stack depth on every path, exception table, operand indices).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeObject } from '../../../interpreter/compiler/code.js';
import type { Module } from '../../../interpreter/parser/ast.js';
import { loadModule } from '../../tools/pyast.js';
// @ts-ignore -- compiled output, no .d.ts (declaration: false)
import * as compilerModule from '../../../dist/interpreter/compiler/index.js';
// @ts-ignore
import * as opcodesModule from '../../../dist/interpreter/compiler/opcodes.js';
// @ts-ignore
import * as stackModule from '../../../dist/interpreter/compiler/stackeffect.js';
// @ts-ignore
import * as symtableModule from '../../../dist/interpreter/compiler/symtable.js';
// @ts-ignore
import * as constfoldModule from '../../../dist/interpreter/compiler/constfold.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const compiler: {
  compile(mod: unknown, filename: string, mode: 'exec' | 'eval' | 'single', source?: string): CodeObject;
  disassemble(code: CodeObject): string;
} = compilerModule as any;
export const symtable: any = symtableModule;
export const constfold: any = constfoldModule;
export const { OP_NAMES, isJump }: { OP_NAMES: string[]; isJump(op: number): boolean } = opcodesModule as any;
const { stackEffect, isTerminator } = stackModule as any;

export interface SymtableJson { type: string; name: string; lineno: number; symbols: Record<string, number>; children: SymtableJson[] }
export interface CodeJson {
  name: string; qualname: string; firstlineno: number; argcount: number; posonlyargcount: number;
  kwonlyargcount: number; flags: number; varnames: string[]; cellvars: string[]; freevars: string[];
  names: string[]; doc: string | null;
}
export interface SnippetFixture { name: string; source: string; ast: unknown; symtable: SymtableJson; codes: CodeJson[] }
export interface ErrorFixture { name: string; source: string; ast: unknown; msg: string; lineno: number; offset: number; text: string | null }

export const fixtures: { snippets: SnippetFixture[]; errors: ErrorFixture[] } =
  JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures.json', import.meta.url)), 'utf8'));

export function moduleOf(f: { ast: unknown }): Module { return loadModule(f.ast as any); }

/** Every code object in `code`, itself first, then its nested ones depth-first in const order. */
export function allCodes(code: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(code);
  for (const k of code.consts) if (k.t === 'code') allCodes(k.code, out);
  return out;
}

const NAME_OPS = ['LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
  'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'IMPORT_NAME', 'IMPORT_FROM'];
const FAST_OPS = ['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'];
const CELL_OPS = ['LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF'];

/** Returns a list of problems (empty = valid) for one code object (not its children). */
export function checkInvariants(code: CodeObject): string[] {
  const problems: string[] = [];
  const n = code.instructionCount;
  const where = (i: number) => `${code.qualname}@${i}`;
  if (code.lines.length !== n) problems.push(`${code.qualname}: lines has ${code.lines.length} entries for ${n} instructions`);
  if (code.positions.length !== 3 * n) problems.push(`${code.qualname}: positions has ${code.positions.length} entries`);
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i]!, arg = code.code[2 * i + 1]!;
    const name = OP_NAMES[op];
    if (name === undefined) { problems.push(`${where(i)}: unknown opcode ${op}`); continue; }
    if (!(code.lines[i]! > 0)) problems.push(`${where(i)}: ${name} has no line`);
    if (isJump(op)) {
      if (arg < 0 || arg >= n) problems.push(`${where(i)}: ${name} target ${arg} out of range`);
      if (name === 'JUMP_BACKWARD' ? arg > i : arg <= i) problems.push(`${where(i)}: ${name} target ${arg} in the wrong direction`);
    }
    if (name === 'LOAD_CONST' && !(arg >= 0 && arg < code.consts.length)) problems.push(`${where(i)}: const ${arg}`);
    if (NAME_OPS.includes(name) && !(arg >= 0 && arg < code.names.length)) problems.push(`${where(i)}: name ${arg}`);
    if (FAST_OPS.includes(name) && !(arg >= 0 && arg < code.varnames.length)) problems.push(`${where(i)}: varname ${arg}`);
    if (CELL_OPS.includes(name) && !(arg >= 0 && arg < code.cellvars.length + code.freevars.length)) problems.push(`${where(i)}: cell ${arg}`);
  }
  // Exception table: well-formed, non-overlapping ranges.
  const handlerOf = new Array<{ target: number; depth: number } | null>(n).fill(null);
  for (const e of code.exceptionTable) {
    if (!(e.start >= 0 && e.start < e.end && e.end <= n)) problems.push(`${code.qualname}: bad range ${e.start}..${e.end}`);
    if (!(e.target >= 0 && e.target < n)) problems.push(`${code.qualname}: bad handler target ${e.target}`);
    if (!(e.depth >= 0)) problems.push(`${code.qualname}: bad handler depth ${e.depth}`);
    for (let i = e.start; i < e.end && i < n; i++) {
      if (handlerOf[i]) problems.push(`${where(i)}: covered by two table entries`);
      handlerOf[i] = { target: e.target, depth: e.depth };
    }
  }
  if (problems.length) return problems;
  // Stack depth along every path, exception edges included.
  const depth = new Array<number>(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, d: number, from: number) => {
    if (i >= n) { problems.push(`${where(from)}: control falls off the end`); return; }
    if (d < 0) { problems.push(`${where(from)}: stack underflow`); return; }
    max = Math.max(max, d);
    if (depth[i] === -1) { depth[i] = d; work.push(i); }
    else if (depth[i] !== d) problems.push(`${where(i)}: depth ${depth[i]} vs ${d} (from ${from})`);
  };
  if (n) reach(0, 0, 0);
  while (work.length && problems.length < 20) {
    const i = work.pop()!;
    const op = code.code[2 * i]!, arg = code.code[2 * i + 1]!;
    const d = depth[i]!;
    const h = handlerOf[i];
    if (h) {
      if (d < h.depth) problems.push(`${where(i)}: depth ${d} below its handler's ${h.depth}`);
      reach(h.target, h.depth + 1, i);
    }
    if (isJump(op)) reach(arg, d + stackEffect(op, arg, true), i);
    if (!isTerminator(op)) reach(i + 1, d + stackEffect(op, arg, false), i);
    else if (OP_NAMES[op] === 'RETURN_VALUE' && d !== 1) problems.push(`${where(i)}: RETURN_VALUE with depth ${d}`);
  }
  for (let i = 0; i < n; i++) if (depth[i] === -1) problems.push(`${where(i)}: unreachable ${OP_NAMES[code.code[2 * i]!]}`);
  if (max > code.stacksize) problems.push(`${code.qualname}: depth ${max} exceeds stacksize ${code.stacksize}`);
  return problems;
}

export function checkAll(code: CodeObject): string[] {
  return allCodes(code).flatMap(checkInvariants);
}

/** Snippet source → CPython AST via fixtures is not available for ad-hoc code; tests use fixtures. */
export function compileFixture(f: SnippetFixture, mode: 'exec' | 'single' = 'exec'): CodeObject {
  return compiler.compile(moduleOf(f), f.name, mode, f.source);
}
