// The JS backend: a trace (with its bridges inlined at their guards) becomes the source of one JS
// function, compiled with new Function(). Values are JS locals, the loop a real `for (;;)`.
// Objects and helpers reach the code only through the constants array `k`; the source holds
// opcodes, numbers and generated names (validate.ts checks this).
//
// Exit protocol: the function `trace(inp, out)` takes the values of the trace's inputargs in
// `inp` and returns the index of the exit taken, having written that exit's fail args into
// out[0..n-1] (see ExitDescr); for a raising call, out[n] holds the exception it threw.

import { Const, Op, Trace, Value, failArgsOf, canExit, labelIndex, ResumeData, FIELD_NAMES } from '../ir.js';
import { formatFloat } from '../ir_text.js';
import { RUNTIME, RuntimeName } from './runtime.js';

/** One way out of compiled code: a guard, a raising residual call, or finish. */
export interface ExitDescr {
  index: number;
  kind: 'guard' | 'call' | 'finish';
  op: Op;
  /** The values written to out[0..] when this exit is taken, in this order. */
  failArgs: Value[];
  resume: ResumeData | null;
  /** Times taken (counted by CompiledLoop.run). */
  failCount: number;
  /** Inlined at the exit on the next compile: its inputargs are failArgs, in order. */
  bridge: Trace | null;
  /** The driver's cache for finish exits: the compiled loop this exit goes on into (undefined: not known yet). */
  transfer?: unknown;
}

export function exitsOf(trace: Trace, firstIndex: number): ExitDescr[] {
  const exits: ExitDescr[] = [];
  for (const op of trace.ops) {
    if (!canExit(op)) continue;
    exits.push({
      index: firstIndex + exits.length,
      kind: op.name === 'finish' ? 'finish' : op.name === 'call_residual' ? 'call' : 'guard',
      op, failArgs: failArgsOf(op), resume: op.resume, failCount: 0, bridge: null,
    });
  }
  return exits;
}

export interface GeneratedCode { source: string; consts: unknown[]; outSize: number }

const RUNTIME_NAMES = Object.keys(RUNTIME) as RuntimeName[];

/**
 * Generates the factory source for `trace`; `exitOf(op)` finds each exit's descriptor (bridges
 * attached to them are inlined). The factory takes `k` and returns `function trace(inp, out)`.
 */
export function generate(trace: Trace, exitOf: (op: Op) => ExitDescr): GeneratedCode {
  const consts: unknown[] = RUNTIME_NAMES.map((n) => RUNTIME[n]);
  const constIndex = new Map<unknown, number>();
  const names = new Map<Value, string>();
  let nextVar = 0, nextTemp = 0, outSize = 1;
  const body: string[] = [];
  const catchCases: string[] = [];
  let hasCalls = false;
  const stubs = new Map<string, number[]>();

  const name = (v: Value): string => {
    let n = names.get(v);
    if (n === undefined) { n = `v${nextVar++}`; names.set(v, n); }
    return n;
  };
  const obj = (o: unknown): string => {
    let i = constIndex.get(o);
    if (i === undefined) { i = consts.length; consts.push(o); constIndex.set(o, i); }
    return `k${i}`;
  };
  const lit = (c: Const): string => {
    switch (c.type) {
      case 'int': case 'float': {
        const x = c.value as number;
        if (Number.isNaN(x)) return '(0/0)';
        if (!Number.isFinite(x)) return x > 0 ? '(1/0)' : '(-1/0)';
        const s = c.type === 'float' ? formatFloat(x) : String(x);
        return x < 0 || Object.is(x, -0) ? `(${s})` : s;
      }
      case 'bool': return c.value ? 'true' : 'false';
      default: return c.value === null ? 'null' : obj(c.value);
    }
  };
  const val = (v: Value): string => (v.kind === 'const' ? lit(v) : name(v));

  /** Parallel assignment (jump arguments may read the variables being assigned). */
  const move = (targets: readonly Value[], sources: readonly Value[], ind: string): void => {
    const temps = sources.map((s) => {
      if (s.kind === 'const') return lit(s);
      const t = `t${nextTemp++}`;
      body.push(`${ind}${t} = ${name(s)};`);
      return t;
    });
    targets.forEach((t, i) => { if (names.get(t) !== temps[i]) body.push(`${ind}${name(t)} = ${temps[i]};`); });
  };

  const exitCode = (exit: ExitDescr, ind: string): void => {
    if (exit.bridge !== null) {
      const br = exit.bridge;
      br.inputargs.forEach((a, i) => names.set(a, name(exit.failArgs[i])));
      emitOps(br, br.ops, ind, trace.inputargs);
      return;
    }
    outSize = Math.max(outSize, exit.failArgs.length + 1);
    const stores = exit.failArgs.map((v, i) => `out[${i}] = ${val(v)}; `).join('');
    // exits writing the same values share one stub after the loop: the hot code stays small
    let cases = stubs.get(stores);
    if (cases === undefined) stubs.set(stores, cases = []);
    cases.push(exit.index);
    body.push(`${ind}xi = ${exit.index}; break exits;`);
  };

  function emitOps(owner: Trace, ops: readonly Op[], ind: string, entryArgs: readonly Value[]): void {
    const label = labelIndex(owner);
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (op.name === 'jump') {
        const enteringLabel = ops[i + 1]?.name === 'label';
        if (enteringLabel) {
          move(ops[i + 1].args, op.args, ind);
          body.push(`${ind}loop: for (;;) {`);
          ind += '  ';
          i++;
          continue;
        }
        if (owner === trace && label >= 0) { move(ops[label].args, op.args, ind); body.push(`${ind}continue loop;`); }
        else { move(entryArgs, op.args, ind); body.push(`${ind}continue entry;`); }
        continue;
      }
      if (op.name === 'finish') { exitCode(exitOf(op), ind); continue; }
      const guard = guardCondition(op, val);
      if (guard !== null) {
        body.push(`${ind}if (!(${guard})) {`);
        exitCode(exitOf(op), ind + '  ');
        body.push(`${ind}}`);
        continue;
      }
      if (op.name === 'call_residual') {
        const fn = val(op.args[0]);
        const call = `${fn}(${op.args.slice(1).map(val).join(', ')})`;
        if (op.effect !== 'pure') {
          hasCalls = true;
          const exit = exitOf(op);
          body.push(`${ind}cur = ${exit.index};`);
          outSize = Math.max(outSize, exit.failArgs.length + 1);
          const stores = exit.failArgs.map((v, j) => `out[${j}] = ${val(v)}; `).join('');
          catchCases.push(`      case ${exit.index}: ${stores}out[${exit.failArgs.length}] = e; return ${exit.index};`);
        }
        body.push(op.type === 'void' ? `${ind}${call};` : `${ind}${name(op)} = ${call};`);
        continue;
      }
      const stmt = statement(op, val);
      if (stmt !== null) { body.push(`${ind}${stmt}`); continue; }
      const e = expression(op, val);
      if (e === null) throw new Error(`backend: no code for ${op.name}`);
      body.push(`${ind}${name(op)} = ${e};`);
      if (op.name.endsWith('_ovf')) body.push(`${ind}ovf = !(${name(op)} <= MAXSAFE && ${name(op)} >= -MAXSAFE);`);
    }
  }

  trace.inputargs.forEach(name);
  emitOps(trace, trace.ops, '    ', trace.inputargs);
  const declared = [...names.values()].filter((n, i, a) => a.indexOf(n) === i);
  const inputs = trace.inputargs.map((a, i) => `${name(a)} = inp[${i}]`);
  const locals = declared.filter((n) => !trace.inputargs.some((a) => names.get(a) === n));
  const temps = Array.from({ length: nextTemp }, (_, i) => `t${i}`);
  const loopClose = labelIndex(trace) >= 0 ? ['    }'] : [];
  const stubCode = [...stubs].map(([stores, cases]) => `    ${cases.map((c) => `case ${c}:`).join(' ')} ${stores}return xi;`);
  const src = [
    RUNTIME_NAMES.map((n, i) => `const ${n} = k[${i}];`).join('\n'),
    consts.slice(RUNTIME_NAMES.length).map((_, i) => `const k${i + RUNTIME_NAMES.length} = k[${i + RUNTIME_NAMES.length}];`).join('\n'),
    'return function trace(inp, out) {',
    `  let ${[...inputs, ...locals, ...temps, 'ovf = false', 'cur = -1', 'xi = -1'].join(', ')};`,
    hasCalls ? '  try {' : '  {',
    '  exits: {',
    '  entry: for (;;) {',
    ...body,
    ...loopClose,
    '  }',
    '  }',
    '  switch (xi) {',
    ...stubCode,
    '  }',
    '  return xi;',
    hasCalls ? `  } catch (e) {\n    switch (cur) {\n${catchCases.join('\n')}\n    }\n    throw e;\n  }` : '  }',
    '};',
  ].join('\n');
  return { source: src, consts, outSize };
}

function fieldName(v: Value): string {
  const name = v.kind === 'const' ? FIELD_NAMES[v.value as number] : undefined;
  if (name === undefined) throw new Error('backend: a field op needs a constant field index');
  return name;
}

function guardCondition(op: Op, val: (v: Value) => string): string | null {
  const [a, b] = op.args;
  switch (op.name) {
    case 'guard_true': return val(a);
    case 'guard_false': return `!${val(a)}`;
    case 'guard_class': return `${val(a)}.cls === ${val(b)}`;
    case 'guard_value':
      if (b.kind === 'const' && typeof b.value === 'number' && Number.isNaN(b.value)) return `${val(a)} !== ${val(a)}`;
      return `${val(a)} === ${val(b)}`;
    case 'guard_map': return `${val(a)}.map === ${val(b)}`;
    case 'guard_version': return `${val(a)}.version === ${val(b)}`;
    case 'guard_nonnull': return `${val(a)} !== null`;
    case 'guard_isnull': return `${val(a)} === null`;
    case 'guard_no_overflow': return '!ovf';
    case 'guard_int': return `ISSMALLINT(${val(a)})`;
  }
  return null;
}

function statement(op: Op, val: (v: Value) => string): string | null {
  const [a, b, c] = op.args.map(val);
  switch (op.name) {
    case 'setfield_map_slot': return `${a}.slots[${b}] = ${c};`;
    case 'setfield_map_add': return `ADDSLOT(${a}, ${b}, ${c});`;
    case 'setarrayitem': return `${a}.items[${b}] = ${c};`;
    case 'setcell': return `${a}.contents = ${b};`;
    case 'setfield_int': case 'setfield_ref': return `${a}.${fieldName(op.args[1])} = ${c};`;
    case 'label': throw new Error('backend: label without the jump entering it');
  }
  return null;
}

function expression(op: Op, val: (v: Value) => string): string | null {
  const args = op.args.map(val);
  const [a, b] = args;
  switch (op.name) {
    case 'int_add': case 'int_add_ovf': case 'float_add': return `${a} + ${b}`;
    case 'int_sub': case 'int_sub_ovf': case 'float_sub': return `${a} - ${b}`;
    case 'int_mul': case 'int_mul_ovf': return `${a} * ${b} + 0`; // + 0: an int is never -0
    case 'float_mul': return `${a} * ${b}`;
    case 'float_truediv': return `${a} / ${b}`;
    case 'int_floordiv': return `FLOORDIV(${a}, ${b})`;
    case 'int_mod': return `MOD(${a}, ${b})`;
    case 'int_and': return `AND(${a}, ${b})`;
    case 'int_or': return `OR(${a}, ${b})`;
    case 'int_xor': case 'int_xor_ovf': return `XOR(${a}, ${b})`;
    case 'int_lshift': case 'int_lshift_ovf': return `LSHIFT(${a}, ${b})`;
    case 'int_rshift': return `RSHIFT(${a}, ${b})`;
    case 'int_neg': return `0 - ${a}`;
    case 'int_lt': case 'float_lt': return `${a} < ${b}`;
    case 'int_le': case 'float_le': return `${a} <= ${b}`;
    case 'int_eq': case 'float_eq': case 'ptr_eq': return `${a} === ${b}`;
    case 'int_ne': case 'float_ne': case 'ptr_ne': return `${a} !== ${b}`;
    case 'int_gt': case 'float_gt': return `${a} > ${b}`;
    case 'int_ge': case 'float_ge': return `${a} >= ${b}`;
    case 'int_is_zero': return `${a} === 0`;
    case 'int_is_true': return `${a} !== 0`;
    case 'float_floordiv': return `FFLOORDIV(${a}, ${b})`;
    case 'float_mod': return `FMOD(${a}, ${b})`;
    case 'float_neg': return `-${a}`;
    case 'float_abs': return `FABS(${a})`;
    case 'cast_int_to_float': return a;
    case 'cast_float_to_int': return `TRUNC(${a})`;
    case 'cast_bool_to_int': return `${a} ? 1 : 0`;
    case 'bool_not': return `!${a}`;
    case 'new_int': return `NEWINT(${a})`;
    case 'new_float': return `NEWFLOAT(${a})`;
    case 'new_bool': return `${a} ? TRUE : FALSE`;
    case 'unbox_int': case 'unbox_float': return `${a}.value`;
    case 'getfield_map_slot': return `${a}.slots[${b}]`;
    case 'getarrayitem': case 'getitem_tuple': return `${a}.items[${b}]`;
    case 'arraylen': case 'tuplelen': return `${a}.items.length`;
    case 'getcell': return `${a}.contents`;
    case 'getfield_int': case 'getfield_ref': return `${a}.${fieldName(op.args[1])}`;
    case 'strlen': return `STRLEN(${a})`;
    case 'new_with_map': return `NEWOBJ(${a}, ${b}, [${args.slice(2).join(', ')}])`;
    case 'new_tuple': return `NEWTUPLE([${args.join(', ')}])`;
    case 'new_list': return `NEWLIST([${args.join(', ')}])`;
  }
  return null;
}
