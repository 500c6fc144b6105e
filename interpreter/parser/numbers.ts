// Numeric literals: the tokenizer's check of a literal's shape (CPython 3.11's messages and error
// columns, which come from where its tokenizer stood), and the conversion of a valid literal's
// text into a ConstValue.

import type { ConstValue } from './ast.js';

/**
 * A malformed literal. CPython reports the 0-based columns of `start` and `end` as the error's
 * (1-based) offset and end_offset: they are where its tokenizer stood.
 */
export interface NumberError { msg: string; start: number; end: number }

const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isIdentChar = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_' || c >= '\x80';

/**
 * Scans the number starting at `start` (a digit, or '.' followed by a digit) the way CPython's
 * tokenizer does. Returns the end offset, or the error CPython raises.
 */
export function scanNumber(src: string, start: number): number | NumberError {
  let pos = start;
  // Like tok_nextc/tok_backup: reading past the end yields '' but still advances.
  const next = () => src[pos++] ?? '';
  const backup = () => { pos--; };
  const fail = (msg: string): NumberError => ({ msg, start: pos, end: pos });
  const isErr = (x: unknown): x is NumberError => typeof x === 'object' && x !== null;

  // verify_end_of_number (c has just been read): a literal directly followed by a letter is an
  // error, except before the keywords that may legally follow a number ("1if x else y").
  const verifyEnd = (c: string, kind: string): NumberError | null => {
    if (/^(and|else|for|i[fns]|or|not)/.test(src.slice(pos - 1, pos + 3))) return null;
    if (c !== '' && isIdentChar(c)) { backup(); return fail(`invalid ${kind} literal`); }
    return null;
  };
  // tok_decimal_tail: more digits with single underscores between them; returns the char after.
  const decimalTail = (): string | NumberError => {
    for (;;) {
      let c;
      do c = next(); while (isDigit(c));
      if (c !== '_') return c;
      c = next();
      if (!isDigit(c)) { backup(); return fail('invalid decimal literal'); }
    }
  };
  const endBefore = (): number => { backup(); return pos; };

  // After the integer part: optional fraction, exponent, imaginary suffix.
  const tail = (c0: string, inFraction: boolean, octalError: NumberError | null): number | NumberError => {
    let c = c0;
    let isFloat = inFraction;
    if (!inFraction && c === '.') {
      isFloat = true;
      c = next();
      if (isDigit(c)) { const t = decimalTail(); if (isErr(t)) return t; c = t; }
    }
    if (c === 'e' || c === 'E') {
      const e = c;
      c = next();
      if (c === '+' || c === '-') {
        c = next();
        if (!isDigit(c)) { backup(); return fail('invalid decimal literal'); }
      } else if (!isDigit(c)) {
        backup();
        const err = verifyEnd(e, 'decimal');
        if (err) return err;
        return endBefore(); // "1else": the 'e' starts the keyword
      }
      isFloat = true;
      const t = decimalTail(); if (isErr(t)) return t; c = t;
    }
    if (c === 'j' || c === 'J') {
      c = next();
      return verifyEnd(c, 'imaginary') ?? endBefore();
    }
    if (!isFloat && octalError) { backup(); return octalError; }
    return verifyEnd(c, 'decimal') ?? endBefore();
  };

  let c = next();
  if (c === '.') {
    const t = decimalTail(); // the caller saw a digit after the '.'
    if (isErr(t)) return t;
    return tail(t, true, null);
  }
  if (c !== '0') {
    const t = decimalTail(); if (isErr(t)) return t;
    return tail(t, false, null);
  }
  c = next();
  const radix = c.toLowerCase();
  if (radix === 'x' || radix === 'o' || radix === 'b') {
    const kind = radix === 'x' ? 'hexadecimal' : radix === 'o' ? 'octal' : 'binary';
    const ok = radix === 'x' ? isHex : radix === 'o' ? (d: string) => d >= '0' && d <= '7' : (d: string) => d === '0' || d === '1';
    c = next();
    do {
      if (c === '_') c = next();
      if (!ok(c)) {
        if (radix !== 'x' && isDigit(c)) return fail(`invalid digit '${c}' in ${kind} literal`);
        backup();
        return fail(`invalid ${kind} literal`);
      }
      do c = next(); while (ok(c));
    } while (c === '_');
    if (radix !== 'x' && isDigit(c)) return fail(`invalid digit '${c}' in ${kind} literal`);
    return verifyEnd(c, kind) ?? endBefore();
  }
  // "0", "00", "0_0", or an old-style octal (an error unless it turns out to be a float).
  for (;;) {
    if (c === '_') {
      c = next();
      if (!isDigit(c)) { backup(); return fail('invalid decimal literal'); }
    }
    if (c !== '0') break;
    c = next();
  }
  const zerosEnd = pos;
  let nonzero = false;
  if (isDigit(c)) {
    nonzero = true;
    const t = decimalTail(); if (isErr(t)) return t; c = t;
  }
  const octalError: NumberError | null = nonzero ? {
    msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    start: start + 1, end: zerosEnd,
  } : null;
  return tail(c, false, octalError);
}

/** The value of a valid numeric literal's text. */
export function numberValue(text: string): ConstValue {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') return { t: 'complex', imag: Number(s.slice(0, -1)) };
  if (/^0[xX]/.test(s)) return { t: 'int', v: BigInt(s) };
  if (/^0[oO]/.test(s)) return { t: 'int', v: BigInt('0o' + s.slice(2)) };
  if (/^0[bB]/.test(s)) return { t: 'int', v: BigInt('0b' + s.slice(2)) };
  if (/[.eE]/.test(s)) return { t: 'float', v: Number(s) };
  return { t: 'int', v: BigInt(s) };
}
