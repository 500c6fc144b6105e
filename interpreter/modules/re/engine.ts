// Running a translated pattern: search / match / fullmatch at a position with an end bound, as
// spans in Python indices (code points; the JS engine works in UTF-16 units), plus Python's
// lastindex rule. bytes subjects are matched as latin-1 strings.

import { Translation } from './translate.js';

/** A subject string with code-point <-> UTF-16 index conversion (identity when no astral chars). */
export class Subject {
  private cpAt: Int32Array | null = null; // UTF-16 index -> code point index
  private u16At: Int32Array | null = null; // code point index -> UTF-16 index
  readonly length: number; // in code points

  constructor(readonly text: string) {
    const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
    if (!astral) { this.length = text.length; return; }
    const cpAt = new Int32Array(text.length + 1);
    const u16: number[] = [];
    let cp = 0;
    for (let u = 0; u < text.length; cp++) {
      u16.push(u);
      const c = text.charCodeAt(u);
      const step = c >= 0xd800 && c <= 0xdbff && u + 1 < text.length && (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      cpAt[u] = cp;
      if (step === 2) cpAt[u + 1] = cp + 1;
      u += step;
    }
    cpAt[text.length] = cp;
    u16.push(text.length);
    this.cpAt = cpAt;
    this.u16At = Int32Array.from(u16);
    this.length = cp;
  }

  toCp(u: number): number { return this.cpAt === null ? u : this.cpAt[u]; }
  toU16(cp: number): number { return this.u16At === null ? cp : this.u16At[cp]; }
  /** text[start:end] in code points. */
  slice(start: number, end: number): string { return this.text.slice(this.toU16(start), this.toU16(end)); }
}

export type Span = [number, number] | null;

export interface MatchResult {
  /** spans[0] is the whole match; spans[i] group i (null when it did not participate). */
  spans: Span[];
}

export class Engine {
  private readonly search: RegExp;
  private readonly sticky: RegExp;
  private fullRe: RegExp | null = null;

  constructor(readonly t: Translation) {
    this.search = new RegExp(t.source, 'gd' + t.jsFlags);
    this.sticky = new RegExp(t.source, 'yd' + t.jsFlags);
  }

  private full(): RegExp {
    this.fullRe ??= new RegExp(`(?:${this.t.source})(?![\\s\\S])`, 'yd' + this.t.jsFlags);
    return this.fullRe;
  }

  /** One match attempt; `mode` picks anchoring. pos/endpos are code-point indices (clamped). */
  exec(subject: Subject, pos: number, endpos: number, mode: 'search' | 'match' | 'full'): MatchResult | null {
    if (endpos > subject.length) endpos = subject.length;
    if (pos < 0) pos = 0;
    if (pos > endpos) return null;
    const endU = subject.toU16(endpos);
    const text = endU < subject.text.length ? subject.text.slice(0, endU) : subject.text;
    const re = mode === 'search' ? this.search : mode === 'match' ? this.sticky : this.full();
    re.lastIndex = subject.toU16(pos);
    const m = re.exec(text);
    if (m === null) return null;
    const spans: Span[] = [];
    const conv = (r: [number, number] | undefined): Span => (r === undefined ? null : [subject.toCp(r[0]), subject.toCp(r[1])]);
    spans.push(conv(m.indices![0]));
    const named = m.indices!.groups ?? {};
    for (let g = 1; g <= this.t.groups; g++) spans.push(conv(named[`p${g}`]));
    return { spans };
  }

  /** Python's lastindex: the matched group that closed last (an enclosing group closes after its parts). */
  lastIndex(spans: Span[]): number | null {
    let best: number | null = null;
    for (let g = 1; g < spans.length; g++) {
      const s = spans[g];
      if (s === null) continue;
      if (best === null) { best = g; continue; }
      const b = spans[best]!;
      if (s[1] > b[1]) best = g;
      else if (s[1] === b[1] && !this.isAncestor(g, best)) best = g;
    }
    return best;
  }

  private isAncestor(a: number, b: number): boolean {
    for (let p = this.t.parents[b]; p !== 0; p = this.t.parents[p]) if (p === a) return true;
    return false;
  }
}
