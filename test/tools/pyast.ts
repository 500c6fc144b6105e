// Loads the JSON that test/tools/pyast_json.py prints (CPython's AST in tspy's shape) into our
// typed AST: ints become bigint, float/complex reprs become numbers, byte lists Uint8Array.
// Lets the compiler be tested against CPython's parser before (and independently of) ours.

import type { Module, Expression, ConstValue } from '../../interpreter/parser/ast.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function pyFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

function constValue(j: { [k: string]: Json }): ConstValue {
  switch (j.t) {
    case 'None': return { t: 'None' };
    case 'Ellipsis': return { t: 'Ellipsis' };
    case 'bool': return { t: 'bool', v: j.v as boolean };
    case 'int': return { t: 'int', v: BigInt(j.v as string) };
    case 'float': return { t: 'float', v: pyFloat(j.v as string) };
    case 'complex': return { t: 'complex', imag: pyFloat(j.imag as string) };
    case 'str': return { t: 'str', v: j.v as string };
    case 'bytes': return { t: 'bytes', v: Uint8Array.from(j.v as number[]) };
    default: throw new Error(`pyast: unknown constant ${JSON.stringify(j)}`);
  }
}

function convert(j: Json): unknown {
  if (Array.isArray(j)) return j.map(convert);
  if (j === null || typeof j !== 'object') return j;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) {
    out[k] = j.kind === 'Constant' && k === 'value' ? constValue(v as { [k: string]: Json }) : convert(v);
  }
  return out;
}

/** A Module from pyast_json.py output (a JSON string or the parsed value). */
export function loadModule(json: string | Json): Module {
  const j = typeof json === 'string' ? JSON.parse(json) as Json : json;
  return convert(j) as Module;
}

/** An Expression (eval mode) from a module whose body is one expression statement. */
export function loadExpression(json: string | Json): Expression {
  const mod = loadModule(json);
  const first = mod.body[0];
  if (mod.body.length !== 1 || first?.kind !== 'Expr') throw new Error('pyast: not a single expression');
  return { kind: 'Expression', body: first.value };
}
