// The textual form of traces (PyPy-style), for tests, logs and debugging:
//   [i0, p1]
//   i2 = int_add_ovf(i0, 1)
//   guard_no_overflow() [loop@12: i0, p1 | i2, v0] {v0 = new_int(i2)}
//   p3 = call_residual(ConstPtr(binaryOp), p1, p1, 0, descr=may_raise) [loop@14: i0, p1 |]
//   jump(i2, p1)
// Value names carry the type: i int, f float, p ref, b bool, r raw; v names a virtual in resume
// data. A frame is `code@pc: locals | stack | env`; `-` is an empty slot. Objects (constants,
// code objects) are named through a table: parse(text, {intType}) / print(trace, {intType}).

import {
  Const, Effect, InputArg, Op, OpName, ResumeData, ResumeFrame, ResumeSlot, ResumeVirtual, Trace, Type,
  Value, ValueType, AllocOp, isOpName, isAlloc, OPS, resultType,
} from './ir.js';

export type NameTable = Record<string, unknown>;

const PREFIX: Record<ValueType, string> = { int: 'i', float: 'f', ref: 'p', bool: 'b', raw: 'r' };
const TYPE_OF_PREFIX: Record<string, ValueType> = { i: 'int', f: 'float', p: 'ref', b: 'bool', r: 'raw' };

export interface PrintOptions {
  /** Names for objects (inverse of the parser's table). */
  names?: NameTable;
  /** Fallback naming of objects not in the table (logs); default `objN`. */
  describe?: (o: unknown) => string;
}

/** Formats a float so that it reads back as a float (always a dot, an exponent, inf or nan). */
export function formatFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : s + '.0';
}

/** Prints traces; one printer names objects consistently across the traces it prints. */
export class TracePrinter {
  private objNames = new Map<unknown, string>();
  private nextObj = 0;
  constructor(private readonly opts: PrintOptions = {}) {
    for (const [k, v] of Object.entries(opts.names ?? {})) if (!this.objNames.has(v)) this.objNames.set(v, k);
  }

  objName(o: unknown): string {
    let n = this.objNames.get(o);
    if (n === undefined) {
      n = this.opts.describe ? this.opts.describe(o) : `obj${this.nextObj++}`;
      this.objNames.set(o, n);
    }
    return n;
  }

  print(trace: Trace): string {
    const names = new Map<Value, string>();
    let counter = 0;
    const define = (v: Value): string => {
      const n = PREFIX[v.type as ValueType] + counter++;
      names.set(v, n);
      return n;
    };
    const ref = (v: Value): string => {
      if (v.kind === 'const') return this.constText(v);
      const n = names.get(v);
      return n ?? `?${v.type}`; // undefined value: the verifier reports it
    };
    const lines = [`[${trace.inputargs.map(define).join(', ')}]`];
    for (const op of trace.ops) {
      let args: string[];
      if (op.name === 'label') args = op.args.map((a) => (names.has(a) ? ref(a) : define(a)));
      else args = op.args.map(ref);
      if (op.effect !== null) args.push(`descr=${op.effect}`);
      let line = `${op.name}(${args.join(', ')})`;
      if (op.type !== 'void') line = `${define(op)} = ${line}`;
      if (op.resume !== null) line += ' ' + this.resumeText(op.resume, ref);
      lines.push(line);
    }
    return lines.join('\n') + '\n';
  }

  constText(c: Const): string {
    switch (c.type) {
      case 'int': return String(c.value);
      case 'float': return formatFloat(c.value as number);
      case 'bool': return c.value ? 'true' : 'false';
      case 'ref': return c.value === null ? 'null' : `ConstPtr(${this.objName(c.value)})`;
      case 'raw': return `ConstRaw(${this.objName(c.value)})`;
    }
  }

  resumeText(rd: ResumeData, ref: (v: Value) => string): string {
    const vnames = new Map<ResumeVirtual, string>();
    const order: ResumeVirtual[] = [];
    const slot = (s: ResumeSlot): string => {
      if (s === null) return '-';
      if (s.kind === 'virtual') {
        let n = vnames.get(s);
        if (n === undefined) { n = `v${vnames.size}`; vnames.set(s, n); order.push(s); }
        return n;
      }
      return ref(s);
    };
    const frames = rd.frames.map((f) => {
      const parts = [f.locals.map(slot).join(', '), f.stack.map(slot).join(', ')];
      if (f.env.length) parts.push(f.env.map(slot).join(', '));
      return `${this.objName(f.code)}@${f.pc}: ${parts.join(' | ')}`.trimEnd();
    });
    let text = `[${frames.join('; ')}]`;
    if (order.length) {
      const defs: string[] = [];
      for (let i = 0; i < order.length; i++) { // slot() may append while we walk
        const v = order[i];
        defs.push(`${vnames.get(v)} = ${v.op}(${v.args.map(slot).join(', ')})`);
      }
      text += ` {${defs.join(', ')}}`;
    }
    return text;
  }
}

export function printTrace(trace: Trace, opts: PrintOptions = {}): string {
  return new TracePrinter(opts).print(trace);
}

// ---- parser ----

type Tok = { t: 'id' | 'num' | 'p'; s: string; line: number };

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s+|#[^\n]*|(-?(?:\d+\.\d*(?:e[+-]?\d+)?|\d+e[+-]?\d+|\d+))|([A-Za-z_][\w.]*)|([\[\](),=|;{}@:\-?])/gy;
  let line = 1, m: RegExpExecArray | null;
  while (re.lastIndex < text.length) {
    const at = re.lastIndex;
    m = re.exec(text);
    if (m === null) throw new SyntaxError(`trace text, line ${line}: unexpected '${text[at]}'`);
    if (m[1] !== undefined) toks.push({ t: 'num', s: m[1], line });
    else if (m[2] !== undefined) toks.push({ t: 'id', s: m[2], line });
    else if (m[3] !== undefined) toks.push({ t: 'p', s: m[3], line });
    line += (m[0].match(/\n/g) ?? []).length;
  }
  return toks;
}

/** Parses the text form. `names` resolves ConstPtr/ConstRaw names and frame code names. */
export function parseTrace(text: string, names: NameTable = {}): Trace {
  const toks = tokenize(text);
  let i = 0;
  const values = new Map<string, Value>();
  const peek = (k = 0): Tok | undefined => toks[i + k];
  const fail = (msg: string): never => {
    const t = toks[Math.min(i, toks.length - 1)];
    throw new SyntaxError(`trace text, line ${t?.line ?? 0}: ${msg}`);
  };
  const expect = (s: string): void => {
    const t = toks[i];
    if (t === undefined || t.s !== s) fail(`expected '${s}', got '${t?.s ?? 'end'}'`);
    i++;
  };
  const accept = (s: string): boolean => { if (toks[i]?.s === s && toks[i].t === 'p') { i++; return true; } return false; };
  const ident = (): string => { const t = toks[i]; if (t?.t !== 'id') fail(`expected a name, got '${t?.s ?? 'end'}'`); i++; return t!.s; };
  const lookupObj = (n: string): unknown => {
    if (!Object.prototype.hasOwnProperty.call(names, n)) fail(`unknown object name '${n}'`);
    return names[n];
  };
  const typeOfName = (n: string): ValueType => {
    const ty = /^[ifpbr]\d+$/.test(n) ? TYPE_OF_PREFIX[n[0]] : undefined;
    if (ty === undefined) fail(`bad value name '${n}'`);
    return ty!;
  };
  const defineInput = (n: string): InputArg => {
    if (values.has(n)) fail(`'${n}' defined twice`);
    const v = new InputArg(typeOfName(n));
    values.set(n, v);
    return v;
  };

  /** A constant, or undefined if the next tokens are not one. */
  const tryConst = (): Const | undefined => {
    const t = peek();
    if (t === undefined) return undefined;
    if (t.t === 'num') {
      i++;
      return /[.e]/.test(t.s) ? new Const('float', Number(t.s)) : new Const('int', Number(t.s));
    }
    if (t.t === 'p' && t.s === '-' && peek(1)?.s === 'inf') { i += 2; return new Const('float', -Infinity); }
    if (t.t !== 'id') return undefined;
    switch (t.s) {
      case 'true': i++; return new Const('bool', true);
      case 'false': i++; return new Const('bool', false);
      case 'null': i++; return new Const('ref', null);
      case 'inf': i++; return new Const('float', Infinity);
      case 'nan': i++; return new Const('float', NaN);
      case 'ConstPtr': case 'ConstRaw': {
        i++; expect('('); const n = ident(); expect(')');
        return new Const(t.s === 'ConstPtr' ? 'ref' : 'raw', lookupObj(n));
      }
    }
    return undefined;
  };
  const valueRef = (): Value => {
    const c = tryConst();
    if (c !== undefined) return c;
    const n = ident();
    const v = values.get(n);
    if (v === undefined) fail(`'${n}' used before definition`);
    return v!;
  };

  const parseResume = (): ResumeData => {
    const virtuals = new Map<string, ResumeVirtual>();
    const defined = new Set<string>();
    const virtual = (n: string): ResumeVirtual => {
      let v = virtuals.get(n);
      if (v === undefined) { v = new ResumeVirtual('new_int', []); virtuals.set(n, v); }
      return v;
    };
    const slot = (): ResumeSlot => {
      const t = peek();
      if (t?.t === 'p' && t.s === '-' && peek(1)?.s !== 'inf') { i++; return null; }
      if (t?.t === 'id' && /^v\d+$/.test(t.s)) { i++; return virtual(t.s); }
      return valueRef();
    };
    const slots = (): ResumeSlot[] => {
      const out: ResumeSlot[] = [];
      const end = () => { const s = peek()?.s; return s === '|' || s === ';' || s === ']' || s === ')'; };
      if (end()) return out;
      out.push(slot());
      while (accept(',')) out.push(slot());
      return out;
    };
    const frames: ResumeFrame[] = [];
    expect('[');
    if (!accept(']')) {
      do {
        const code = lookupObj(ident());
        expect('@');
        const pcTok = toks[i++];
        if (pcTok?.t !== 'num') fail('expected a pc');
        expect(':');
        const locals = slots();
        const stack = accept('|') ? slots() : [];
        const env = accept('|') ? slots() : [];
        frames.push({ code, pc: Number(pcTok.s), locals, stack, env });
      } while (accept(';'));
      expect(']');
    }
    if (accept('{')) {
      do {
        const n = ident();
        expect('=');
        const op = ident();
        if (!isOpName(op) || !isAlloc(op)) fail(`'${op}' is not an allocation`);
        expect('(');
        const v = virtual(n);
        v.op = op as AllocOp;
        v.args = slots();
        expect(')');
        defined.add(n);
      } while (accept(','));
      expect('}');
    }
    for (const n of virtuals.keys()) if (!defined.has(n)) fail(`virtual '${n}' is not defined`);
    return { frames };
  };

  const inputargs: InputArg[] = [];
  expect('[');
  if (!accept(']')) {
    do inputargs.push(defineInput(ident())); while (accept(','));
    expect(']');
  }
  const ops: Op[] = [];
  while (i < toks.length) {
    let resName: string | null = null;
    if (peek(1)?.s === '=' && peek()?.t === 'id') { resName = ident(); expect('='); }
    const name = ident();
    if (!isOpName(name)) fail(`unknown operation '${name}'`);
    expect('(');
    const args: Value[] = [];
    let effect: Effect | null = null;
    if (!accept(')')) {
      do {
        if (peek()?.s === 'descr' && peek(1)?.s === '=') {
          i += 2;
          const e = ident();
          if (e !== 'pure' && e !== 'may_raise' && e !== 'may_force') fail(`bad effect '${e}'`);
          effect = e as Effect;
        } else if (name === 'label' && peek()?.t === 'id' && !values.has(peek()!.s) && tryConstName() === false) {
          args.push(defineInput(ident()));
        } else args.push(valueRef());
      } while (accept(','));
      expect(')');
    }
    let type: Type = 'void';
    if (resName !== null) {
      type = typeOfName(resName);
      const fixed = OPS[name as OpName].result;
      if (fixed !== 'any' && fixed !== type) fail(`${name} returns ${fixed}, not ${type}`);
    } else type = resultType(name as OpName) === 'void' ? 'void' : fail(`${name} needs a result name`);
    if (name === 'call_residual' && effect === null) fail('call_residual needs descr=<effect>');
    const resume = peek()?.s === '[' ? parseResume() : null;
    const op = new Op(name as OpName, args, type, resume, effect);
    if (resName !== null) {
      if (values.has(resName)) fail(`'${resName}' defined twice`);
      values.set(resName, op);
    }
    ops.push(op);
  }
  return { inputargs, ops };

  function tryConstName(): boolean {
    const s = peek()?.s;
    return s === 'true' || s === 'false' || s === 'null' || s === 'inf' || s === 'nan' || s === 'ConstPtr' || s === 'ConstRaw';
  }
}
