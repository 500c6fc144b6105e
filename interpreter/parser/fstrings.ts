// f-string bodies: splits one f-string literal into literal text and replacement fields
// ({expr=!conv:spec}), as CPython 3.11's fstring parser does, with its error messages. The
// expressions themselves are parsed by the caller's `parseExpr` (the Python grammar).

import type { Expr, FormattedValue, Pos } from './ast.js';
import { decodeEscapes } from './strings.js';

/** A piece of an f-string: literal text, or a replacement field. */
export type FPart = { kind: 'text'; v: string } | FormattedValue;

/** An error inside an f-string; CPython locates these just after the string literal. */
export class FStringError extends Error {}

export interface FStringEnv {
  /** Parses the expression `text`, which starts at source offset `sourceStart`. */
  parseExpr(text: string, sourceStart: number): Expr;
  /** Position given to every FormattedValue and to literal parts of format specs with fields. */
  wholePos: Pos;
  /** Position of the literal token being parsed (a format spec's JoinedStr gets it). */
  tokenPos: Pos;
}

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

/** Parses the body of an f-string whose first body character is at source offset `bodySource`. */
export function parseFString(body: string, bodySource: number, raw: boolean, env: FStringEnv): FPart[] {
  const parts: FPart[] = [];
  const end = parseLevel(body, 0, 0, raw, bodySource, env, parts);
  if (end !== body.length) throw new FStringError("f-string: single '}' is not allowed");
  return parts;
}

function parseLevel(body: string, i: number, level: number, raw: boolean, bodySource: number, env: FStringEnv, parts: FPart[]): number {
  const n = body.length;
  for (;;) {
    // Literal text up to the next '{' (a field) or, in a format spec, '}' (its end).
    let lit = '';
    let segStart = i;
    const flush = (to: number) => {
      const seg = body.slice(segStart, to);
      lit += raw ? seg : decodeEscapes(seg, false);
    };
    while (i < n) {
      const c = body[i];
      if (c === '\\' && !raw) {
        if (body[i + 1] === 'N' && body[i + 2] === '{') {
          const close = body.indexOf('}', i);
          i = close < 0 ? n : close + 1;
        } else {
          i += 2;
        }
        continue;
      }
      if (c === '{' || c === '}') {
        if (level === 0) {
          if (body[i + 1] === c) { // doubled brace: a literal one
            flush(i + 1);
            i += 2;
            segStart = i;
            continue;
          }
          if (c === '}') throw new FStringError("f-string: single '}' is not allowed");
        }
        break;
      }
      i++;
    }
    flush(Math.min(i, n));
    if (lit) parts.push({ kind: 'text', v: lit });
    if (i >= n || body[i] === '}') return i;
    i = parseField(body, i + 1, level, raw, bodySource, env, parts);
  }
}

/** Parses a replacement field whose expression starts at `i` (after the '{'); returns the index after its '}'. */
function parseField(body: string, i: number, level: number, raw: boolean, bodySource: number, env: FStringEnv, parts: FPart[]): number {
  if (level >= 2) throw new FStringError('f-string: expressions nested too deeply');
  const n = body.length;
  const exprStart = i;
  const nesting: string[] = [];
  let quote = '';
  for (; i < n; i++) {
    const c = body[i];
    if (c === '\\') throw new FStringError('f-string expression part cannot include a backslash');
    if (quote) {
      if (body.startsWith(quote, i)) { i += quote.length - 1; quote = ''; }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      continue;
    }
    if (c === '[' || c === '(' || c === '{') { nesting.push(c); continue; }
    if (c === '#') throw new FStringError("f-string expression part cannot include '#'");
    if (nesting.length === 0) {
      const d = body[i + 1];
      if ((c === '!' || c === '=' || c === '<' || c === '>') && d === '=') { i++; continue; }
      if (c === '!' || c === ':' || c === '}' || c === '=') break;
    }
    if (c === ']' || c === ')' || c === '}') {
      const open = nesting.pop();
      const want = c === ']' ? '[' : c === ')' ? '(' : '{';
      if (open !== want) {
        throw new FStringError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
      }
    }
  }
  if (quote) throw new FStringError('f-string: unterminated string');
  if (i >= n) throw new FStringError("f-string: expecting '}'");
  const exprText = body.slice(exprStart, i);
  if (exprText.trim() === '') throw new FStringError('f-string: empty expression not allowed');
  const value = env.parseExpr(exprText, bodySource + exprStart);

  let selfDoc: string | null = null;
  if (body[i] === '=') {
    i++;
    while (i < n && /\s/.test(body[i])) i++;
    selfDoc = body.slice(exprStart, i);
  }
  let conversion = -1;
  if (body[i] === '!') {
    i++;
    if (i >= n) throw new FStringError("f-string: expecting '}'");
    const conv = CONVERSIONS[body[i]];
    if (conv === undefined) throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = conv;
    i++;
  }
  let formatSpec: Expr | null = null;
  if (i < n && body[i] === ':') {
    const specParts: FPart[] = [];
    i = parseLevel(body, i + 1, level + 1, raw, bodySource, env, specParts);
    const hasFields = specParts.some((p) => p.kind !== 'text');
    const partPos = hasFields ? env.wholePos : env.tokenPos;
    formatSpec = { kind: 'JoinedStr', values: toExprs(specParts, partPos), ...env.tokenPos };
  }
  if (i >= n || body[i] !== '}') throw new FStringError("f-string: expecting '}'");
  i++;
  if (selfDoc !== null) {
    parts.push({ kind: 'text', v: selfDoc });
    if (conversion === -1 && !formatSpec) conversion = CONVERSIONS.r;
  }
  parts.push({ kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...env.wholePos });
  return i;
}

/** Literal parts become Constants (adjacent ones merged, empty ones dropped) at position `p`. */
export function toExprs(parts: FPart[], p: Pos): Expr[] {
  const out: Expr[] = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') { text += part.v; continue; }
    if (text) out.push({ kind: 'Constant', value: { t: 'str', v: text }, ...p });
    text = '';
    out.push(part);
  }
  if (text) out.push({ kind: 'Constant', value: { t: 'str', v: text }, ...p });
  return out;
}
