// Replacement templates of re.sub / Match.expand: parsed once (as sre_parse.parse_template) into
// literal pieces and group references, with CPython's error messages.

import { RegexSyntaxError } from './translate.js';

export type TemplatePart = string | number; // literal text, or a group number

const ESCAPES: Record<string, string> = { a: '\x07', b: '\x08', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Thrown for \g<name> with an unknown name (IndexError in CPython, not re.error). */
export class UnknownGroupName extends Error {}

export function parseTemplate(template: string, groups: number, groupIndex: Map<string, number>): TemplatePart[] {
  const chars = [...template];
  const parts: TemplatePart[] = [];
  let lit = '';
  const pushGroup = (n: number) => { if (lit) { parts.push(lit); lit = ''; } parts.push(n); };
  for (let i = 0; i < chars.length;) {
    const c = chars[i++];
    if (c !== '\\') { lit += c; continue; }
    const start = i - 1;
    const e = chars[i++];
    if (e === undefined) throw new RegexSyntaxError('bad escape (end of pattern)', start);
    if (e === 'g') {
      if (chars[i] !== '<') throw new RegexSyntaxError('missing <', i);
      i++;
      const nameStart = i;
      let name = '';
      while (i < chars.length && chars[i] !== '>') name += chars[i++];
      if (i >= chars.length) throw new RegexSyntaxError('missing >, unterminated name', nameStart);
      i++;
      if (name === '') throw new RegexSyntaxError('missing group name', nameStart);
      let n: number;
      if (/^[0-9]+$/.test(name)) {
        n = Number(name);
        if (n > groups) throw new RegexSyntaxError(`invalid group reference ${n}`, nameStart);
      } else {
        if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(name)) {
          throw new RegexSyntaxError(`bad character in group name '${name}'`, nameStart);
        }
        const g = groupIndex.get(name);
        if (g === undefined) throw new UnknownGroupName(`unknown group name '${name}'`);
        n = g;
      }
      pushGroup(n);
      continue;
    }
    if (e === '0') {
      let v = '';
      while (v.length < 2 && /[0-7]/.test(chars[i] ?? '')) v += chars[i++];
      lit += String.fromCodePoint(parseInt('0' + v, 8));
      continue;
    }
    if (/[1-9]/.test(e)) {
      let digits = e;
      if (/[0-9]/.test(chars[i] ?? '')) {
        if (/[0-7]/.test(e) && /[0-7]/.test(chars[i]) && /[0-7]/.test(chars[i + 1] ?? '')) {
          const oct = digits + chars[i] + chars[i + 1];
          i += 2;
          const v = parseInt(oct, 8);
          if (v > 0o377) throw new RegexSyntaxError(`octal escape value \\${oct} outside of range 0-0o377`, start);
          lit += String.fromCodePoint(v);
          continue;
        }
        digits += chars[i++];
      }
      const n = Number(digits);
      if (n > groups) throw new RegexSyntaxError(`invalid group reference ${n}`, start + 1);
      pushGroup(n);
      continue;
    }
    if (ESCAPES[e] !== undefined) { lit += ESCAPES[e]; continue; }
    if (/[A-Za-z]/.test(e)) throw new RegexSyntaxError(`bad escape \\${e}`, start);
    lit += '\\' + e;
  }
  if (lit) parts.push(lit);
  return parts;
}
