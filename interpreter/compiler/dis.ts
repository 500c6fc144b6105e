// `tspy --dis`: a code object printed the way CPython 3.11's dis.dis prints one (line column,
// jump-target marks, instruction index, opname, argument, resolved argument), with its exception
// table, then each nested code object. Code objects get stable fake addresses (0x1, 0x2, ...).

import { Op, OP_NAMES, isJump } from './opcodes.js';
import type { CodeObject, CodeConst } from './code.js';

const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='];
const NB_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERTERS = ['', 'str', 'repr', 'ascii'];

/** Instructions shown without an argument (CPython's opcodes below HAVE_ARGUMENT, and ours alike). */
const NO_ARG = new Set<Op>([
  Op.NOP, Op.POP_TOP, Op.RETURN_VALUE, Op.LOAD_BUILD_CLASS, Op.LOAD_ASSERTION_ERROR,
  Op.SETUP_ANNOTATIONS, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.UNARY_POSITIVE,
  Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.GET_ITER, Op.LIST_TO_TUPLE, Op.YIELD_VALUE,
  Op.GET_YIELD_FROM_ITER, Op.YIELD_FROM, Op.RERAISE, Op.PUSH_EXC_INFO, Op.POP_EXCEPT,
  Op.CHECK_EXC_MATCH, Op.BEFORE_WITH, Op.WITH_EXCEPT_START, Op.IMPORT_STAR, Op.PRINT_EXPR,
]);

const NAME_OPS = new Set<Op>([
  Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL,
  Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_METHOD, Op.IMPORT_NAME, Op.IMPORT_FROM,
]);
const LOCAL_OPS = new Set<Op>([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST]);
const CELL_OPS = new Set<Op>([Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF]);

class Addresses {
  private readonly ids = new Map<CodeObject, number>();
  of(code: CodeObject): string {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(code, id);
    }
    return '0x' + id.toString(16);
  }
}

export function disassemble(code: CodeObject): string {
  const out: string[] = [];
  const addr = new Addresses();
  addr.of(code);
  disassembleRecursive(code, out, addr);
  return out.join('\n') + '\n';
}

function codeRepr(code: CodeObject, addr: Addresses): string {
  return `<code object ${code.name} at ${addr.of(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

function disassembleRecursive(code: CodeObject, out: string[], addr: Addresses): void {
  disassembleOne(code, out, addr);
  for (const k of code.consts) {
    if (k.t !== 'code') continue;
    out.push('');
    out.push(`Disassembly of ${codeRepr(k.code, addr)}:`);
    disassembleRecursive(k.code, out, addr);
  }
}

export function argRepr(code: CodeObject, op: Op, arg: number, addr = new Addresses()): string {
  if (op === Op.LOAD_CONST) return constRepr(code.consts[arg]!, (c) => codeRepr(c, addr));
  if (NAME_OPS.has(op)) return code.names[arg] ?? '?';
  if (LOCAL_OPS.has(op)) return code.varnames[arg] ?? '?';
  if (CELL_OPS.has(op)) return [...code.cellvars, ...code.freevars][arg] ?? '?';
  if (isJump(op)) return `to ${arg}`;
  switch (op) {
    case Op.COMPARE_OP: return CMP_OPS[arg] ?? '?';
    case Op.BINARY_OP: return arg >= NB_OPS.length ? NB_OPS[arg - NB_OPS.length] + '=' : NB_OPS[arg] ?? '?';
    case Op.MAKE_FUNCTION: return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case Op.FORMAT_VALUE: {
      let s = FORMAT_CONVERTERS[arg & 3]!;
      if (arg & 4) s += (s ? ', ' : '') + 'with format';
      return s;
    }
    default: return '';
  }
}

function disassembleOne(code: CodeObject, out: string[], addr: Addresses): void {
  const n = code.instructionCount;
  const maxLine = Math.max(0, ...code.lines);
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = n - 1 >= 10000 ? String(n - 1).length : 4;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (isJump(code.code[2 * i] as Op)) targets.add(code.code[2 * i + 1]!);
  }
  for (const e of code.exceptionTable) targets.add(e.target);
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i] as Op;
    const arg = code.code[2 * i + 1]!;
    const line = code.lines[i]!;
    const startsLine = line > 0 && line !== lastLine;
    if (startsLine) {
      if (i > 0) out.push('');
      lastLine = line;
    }
    const fields = [
      startsLine ? String(line).padStart(linenoWidth) : ' '.repeat(linenoWidth),
      '   ',
      targets.has(i) ? '>>' : '  ',
      String(i).padStart(offsetWidth),
      (OP_NAMES[op] ?? `<${op}>`).padEnd(20),
    ];
    if (!NO_ARG.has(op)) {
      fields.push(String(arg).padStart(5));
      const r = argRepr(code, op, arg, addr);
      if (r) fields.push(`(${r})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]`);
  }
}

// --- Python reprs of constants ---

export function constRepr(v: CodeConst, codeRepr?: (c: CodeObject) => string): string {
  switch (v.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return v.v.toString();
    case 'float': return floatRepr(v.v);
    case 'complex': return complexImagRepr(v.imag);
    case 'str': return strRepr(v.v);
    case 'bytes': return bytesRepr(v.v);
    case 'tuple':
      if (v.items.length === 1) return `(${constRepr(v.items[0]!, codeRepr)},)`;
      return `(${v.items.map((x) => constRepr(x, codeRepr)).join(', ')})`;
    case 'frozenset':
      return v.items.length ? `frozenset({${v.items.map((x) => constRepr(x, codeRepr)).join(', ')}})` : 'frozenset()';
    case 'code':
      return codeRepr ? codeRepr(v.code) : `<code object ${v.code.name}, file "${v.code.filename}", line ${v.code.firstlineno}>`;
  }
}

/** Python's repr(float): shortest round-tripping digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  return formatShortest(x, true);
}

function formatShortest(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1;
  let body: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    const e = decpt - 1;
    const rest = digits.slice(1);
    body = digits[0] + (rest ? '.' + rest : '') + 'e' + (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
  }
  return sign + body;
}

function complexImagRepr(imag: number): string {
  return formatShortest(imag, false) + 'j';
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || cp === 0x20) out += ch;
    else if (!NON_PRINTABLE.test(ch)) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
