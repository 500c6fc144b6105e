// Python regular expression syntax → a JS RegExp source (with the `u` flag), checking the pattern
// as sre_parse does (same error messages and positions). Python semantics that JS lacks are
// rewritten: '.', '^', '$', \A, \Z, \b in terms of lookarounds; \d \w \s as Unicode classes;
// named groups and atomic groups/possessive repeats through our own group numbering.

export const FLAG = { T: 1, I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, DEBUG: 128, A: 256 } as const;

export class RegexSyntaxError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) { super(msg); }
}

export interface Translation {
  source: string;
  /** JS flags besides g/y/d (which the matcher adds): 'u' and maybe 'i'. */
  jsFlags: string;
  flags: number;
  groups: number;
  groupIndex: Map<string, number>;
  /** parents[g] is the innermost group enclosing group g (0 for none). */
  parents: number[];
}

const UNI_WORD = '\\p{L}\\p{N}_';
const UNI_DIGIT = '\\p{Nd}';
const UNI_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const ASCII_WORD = 'A-Za-z0-9_';
const ASCII_DIGIT = '0-9';
const ASCII_SPACE = '\\t-\\r ';

const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/-'.split(''));
const ESCAPES: Record<string, string> = { a: '\x07', b: '\x08', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

interface LocalFlags { i: boolean; m: boolean; s: boolean; x: boolean }

function jsChar(c: string, inClass: boolean): string {
  if (SYNTAX_CHARS.has(c)) return (c === '-' && !inClass) ? '-' : '\\' + c;
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  return c;
}

/** Both cases of a letter, for (?i:...) scoped case-insensitivity. */
function caseVariants(c: string): string[] {
  const lo = c.toLowerCase(), up = c.toUpperCase();
  const out = [c];
  if ([...lo].length === 1 && lo !== c) out.push(lo);
  if ([...up].length === 1 && up !== c) out.push(up);
  return out;
}

class Translator {
  private readonly chars: string[];
  private i = 0;
  private out = '';
  private groupCount = 0;
  private hiddenCount = 0;
  readonly groupIndex = new Map<string, number>();
  private openGroups = new Set<number>();
  private groupStack: number[] = [];
  private readonly parents: number[] = [0];
  flags: number;

  constructor(readonly pattern: string, flags: number, readonly isBytes: boolean) {
    this.chars = [...pattern];
    this.flags = flags;
  }

  private err(msg: string, pos: number | null = this.i): never { throw new RegexSyntaxError(msg, pos); }
  private peek(k = 0): string | undefined { return this.chars[this.i + k]; }
  private get ascii(): boolean { return this.isBytes || (this.flags & FLAG.A) !== 0; }

  translate(): Translation {
    this.parseGlobalFlags();
    const local: LocalFlags = {
      i: false, m: (this.flags & FLAG.M) !== 0, s: (this.flags & FLAG.S) !== 0, x: (this.flags & FLAG.X) !== 0,
    };
    this.out = this.alternation(local, 0);
    if (this.i < this.chars.length) {
      if (this.chars[this.i] === ')') this.err('unbalanced parenthesis');
      this.err('unexpected end of pattern');
    }
    if (!this.isBytes && (this.flags & FLAG.A) === 0) this.flags |= FLAG.U;
    return {
      source: this.out, jsFlags: 'u' + ((this.flags & FLAG.I) ? 'i' : ''), flags: this.flags,
      groups: this.groupCount, groupIndex: this.groupIndex, parents: this.parents,
    };
  }

  /** Leading (?aiLmsux) groups set global flags (Python 3.11 allows them only at the start). */
  private parseGlobalFlags(): void {
    for (;;) {
      const start = this.i;
      if (this.peek() !== '(' || this.peek(1) !== '?') return;
      let j = this.i + 2;
      let add = 0;
      while (j < this.chars.length && 'aiLmsux'.includes(this.chars[j])) add |= flagBit(this.chars[j++]);
      if (j === this.i + 2 || this.chars[j] !== ')') return;
      this.checkFlagCombination(add, start + 2);
      this.flags |= add;
      this.i = j + 1;
    }
  }

  private checkFlagCombination(add: number, pos: number): void {
    const all = this.flags | add;
    if ((all & FLAG.A) && (all & FLAG.U)) this.err('bad inline flags: flags \'a\', \'u\' and \'L\' are incompatible', pos);
    if (this.isBytes && (add & FLAG.U)) this.err("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
    if (!this.isBytes && (add & FLAG.L)) this.err("bad inline flags: cannot use 'L' flag with a str pattern", pos);
  }

  private skipVerbose(local: LocalFlags): void {
    if (!local.x) return;
    for (;;) {
      const c = this.peek();
      if (c === undefined) return;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') { this.i++; continue; }
      if (c === '#') { while (this.i < this.chars.length && this.chars[this.i] !== '\n') this.i++; continue; }
      return;
    }
  }

  private alternation(local: LocalFlags, depth: number): string {
    const branches = [this.sequence(local, depth)];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence(local, depth));
    }
    return branches.join('|');
  }

  private sequence(local: LocalFlags, depth: number): string {
    let out = '';
    let lastAtom: string | null = null; // the last repeatable item, not yet in `out`
    let lastWasRepeat = false;
    const flushAtom = () => { if (lastAtom !== null) { out += lastAtom; lastAtom = null; } };
    for (;;) {
      this.skipVerbose(local);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const start = this.i;
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.isRepeatBrace())) {
        if (lastAtom === null) this.err(lastWasRepeat ? 'multiple repeat' : 'nothing to repeat');
        const q = this.quantifier();
        this.skipVerbose(local);
        let mode = '';
        if (this.peek() === '?') { mode = '?'; this.i++; } else if (this.peek() === '+') { mode = '+'; this.i++; }
        const base = needsGroup(lastAtom) ? `(?:${lastAtom})` : lastAtom;
        if (mode === '+') out += this.atomic(base + q);
        else out += base + q + mode;
        lastAtom = null;
        lastWasRepeat = true;
        continue;
      }
      flushAtom();
      lastWasRepeat = false;
      const atom = this.atom(local, depth, start);
      if (atom !== null) lastAtom = atom.text;
      if (atom !== null && !atom.repeatable) { out += atom.text; lastAtom = null; }
    }
    flushAtom();
    return out;
  }

  /** (?>X) as a lookahead capture plus backreference, which JS never backtracks into. */
  private atomic(inner: string): string {
    const g = ++this.hiddenCount;
    return `(?=(?<a${g}>${inner}))\\k<a${g}>`;
  }

  private isRepeatBrace(): boolean {
    let j = this.i + 1;
    const digits = () => { const s = j; while (j < this.chars.length && /[0-9]/.test(this.chars[j])) j++; return j > s; };
    const lo = digits();
    if (this.chars[j] === ',') { j++; digits(); } else if (!lo) return false;
    return this.chars[j] === '}';
  }

  private quantifier(): string {
    const c = this.chars[this.i++];
    if (c !== '{') return c;
    const start = this.i - 1;
    let lo = '';
    while (/[0-9]/.test(this.peek() ?? '')) lo += this.chars[this.i++];
    let hi: string | null = lo;
    if (this.peek() === ',') {
      this.i++;
      hi = '';
      while (/[0-9]/.test(this.peek() ?? '')) hi += this.chars[this.i++];
    }
    this.i++; // '}'
    const loN = lo === '' ? 0 : Number(lo);
    if (hi !== '' && hi !== null && Number(hi) < loN) this.err('min repeat greater than max repeat', start + 1);
    if (loN > 4294967295 || (hi && Number(hi) > 4294967295)) this.err('the repetition number is too large', start + 1);
    if (hi === lo) return `{${loN}}`;
    return hi === '' ? `{${loN},}` : `{${loN},${hi}}`;
  }

  private atom(local: LocalFlags, depth: number, start: number): { text: string; repeatable: boolean } | null {
    const c = this.chars[this.i++];
    switch (c) {
      case '(': return this.group(local, depth, start);
      case '[': return { text: this.charClass(local, start), repeatable: true };
      case '.': return { text: local.s ? '[\\s\\S]' : '[^\\n]', repeatable: true };
      case '^': return { text: local.m ? '(?<![^\\n])' : '(?<![\\s\\S])', repeatable: false };
      case '$': return { text: local.m ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', repeatable: false };
      case '\\': return this.escape(local, start);
      default: return { text: this.literal(c, local), repeatable: true };
    }
  }

  private literal(c: string, local: LocalFlags): string {
    if (local.i && !(this.flags & FLAG.I)) {
      const v = caseVariants(c);
      if (v.length > 1) return '[' + v.map((x) => jsChar(x, true)).join('') + ']';
    }
    return jsChar(c, false);
  }

  private classFor(kind: string): { pos: string; neg: boolean } {
    const lower = kind.toLowerCase();
    const body = lower === 'd' ? (this.ascii ? ASCII_DIGIT : UNI_DIGIT)
      : lower === 'w' ? (this.ascii ? ASCII_WORD : UNI_WORD) : (this.ascii ? ASCII_SPACE : UNI_SPACE);
    return { pos: body, neg: kind !== lower };
  }

  private escape(local: LocalFlags, start: number): { text: string; repeatable: boolean } {
    const c = this.chars[this.i++];
    if (c === undefined) this.err('bad escape (end of pattern)', start);
    if ('dDwWsS'.includes(c)) {
      const k = this.classFor(c);
      return { text: k.neg ? `[^${k.pos}]` : `[${k.pos}]`, repeatable: true };
    }
    const word = `[${this.classFor('w').pos}]`;
    switch (c) {
      case 'A': return { text: '(?<![\\s\\S])', repeatable: false };
      case 'Z': return { text: '(?![\\s\\S])', repeatable: false };
      case 'b': return { text: `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`, repeatable: false };
      case 'B': return { text: `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`, repeatable: false };
      default: break;
    }
    if (c >= '1' && c <= '9') {
      // Backreference (one or two digits) unless it reads as an octal escape of three digits.
      let digits = c;
      if (/[0-9]/.test(this.peek() ?? '')) {
        if (/[0-7]/.test(c) && /[0-7]/.test(this.peek() ?? '') && /[0-7]/.test(this.peek(1) ?? '')) {
          const oct = parseInt(c + this.chars[this.i] + this.chars[this.i + 1], 8);
          this.i += 2;
          if (oct > 0o377) this.err(`octal escape value \\${c}${this.chars[this.i - 2]}${this.chars[this.i - 1]} outside of range 0-0o377`, start);
          return { text: this.literal(String.fromCodePoint(oct), local), repeatable: true };
        }
        digits += this.chars[this.i++];
      }
      const n = Number(digits);
      if (n > this.groupCount || this.openGroups.has(n)) {
        if (this.openGroups.has(n)) this.err('cannot refer to an open group', start);
        this.err(`invalid group reference ${n}`, start + 1);
      }
      return { text: `(?:\\k<p${n}>)`, repeatable: true };
    }
    const lit = this.escapedChar(c, start, false);
    return { text: this.literal(lit, local), repeatable: true };
  }

  /** The character an escape stands for (letters, octal, \x, \u, \U, \N{...}, punctuation). */
  private escapedChar(c: string, start: number, inClass: boolean): string {
    if (ESCAPES[c] !== undefined && (c !== 'b' || inClass)) return ESCAPES[c];
    if (c === '0') {
      let v = '';
      while (v.length < 2 && /[0-7]/.test(this.peek() ?? '')) v += this.chars[this.i++];
      return String.fromCodePoint(parseInt('0' + v, 8));
    }
    if (inClass && /[1-7]/.test(c)) {
      let v = c;
      while (v.length < 3 && /[0-7]/.test(this.peek() ?? '')) v += this.chars[this.i++];
      if (v.length < 2 && /[0-9]/.test(this.peek() ?? '')) this.err(`bad escape \\${c}`, start);
      return String.fromCodePoint(parseInt(v, 8));
    }
    const hexEscape = (n: number) => {
      let h = '';
      for (let k = 0; k < n; k++) {
        const d = this.peek();
        if (d === undefined || !/[0-9a-fA-F]/.test(d)) this.err(`incomplete escape \\${c}${h}`, start);
        h += this.chars[this.i++];
      }
      const v = parseInt(h, 16);
      if (v > 0x10ffff) this.err(`bad escape \\${c}${h}`, start);
      return String.fromCodePoint(v);
    };
    if (c === 'x') return hexEscape(2);
    if (!this.isBytes && c === 'u') return hexEscape(4);
    if (!this.isBytes && c === 'U') return hexEscape(8);
    if (!this.isBytes && c === 'N') {
      this.err('bad escape \\N', start); // \N{NAME} needs the Unicode name database
    }
    if (/[A-Za-z0-9]/.test(c)) this.err(`bad escape \\${c}`, start);
    return c;
  }

  private charClass(local: LocalFlags, start: number): string {
    let negate = false;
    if (this.peek() === '^') { negate = true; this.i++; }
    const items: string[] = [];
    const negItems: string[] = []; // \W, \S, \D inside the class
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.err('unterminated character set', start);
      if (c === ']' && !first) { this.i++; break; }
      first = false;
      const itemStart = this.i;
      this.i++;
      let lo: string | null;
      if (c === '\\') {
        const e = this.peek();
        if (e === undefined) this.err('unterminated character set', start);
        this.i++;
        if ('dDwWsS'.includes(e)) {
          const k = this.classFor(e);
          if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
            this.err(`bad character range \\${e}-${this.peek(1)}`, itemStart);
          }
          (k.neg ? negItems : items).push(k.pos);
          continue;
        }
        lo = this.escapedChar(e, itemStart, true);
      } else {
        lo = c;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++;
        const hiStart = this.i;
        let hi = this.chars[this.i++];
        if (hi === '\\') {
          const e = this.chars[this.i++];
          if ('dDwWsS'.includes(e)) this.err(`bad character range ${lo}-\\${e}`, itemStart);
          hi = this.escapedChar(e, hiStart, true);
        }
        if (hi.codePointAt(0)! < lo.codePointAt(0)!) {
          this.err(`bad character range ${this.chars.slice(itemStart, this.i).join('')}`, itemStart);
        }
        items.push(this.classRange(lo, hi, local));
      } else {
        items.push(this.classChar(lo, local));
      }
    }
    const body = items.join('');
    if (negItems.length === 0) {
      if (body === '') return negate ? '[\\s\\S]' : '[]';
      return `[${negate ? '^' : ''}${body}]`;
    }
    // [...\W...]: JS classes cannot hold a complement, so use alternation / lookahead.
    const alts = [...(body ? [`[${body}]`] : []), ...negItems.map((n) => `[^${n}]`)];
    if (!negate) return `(?:${alts.join('|')})`;
    return `(?:(?!${alts.join('|')})[\\s\\S])`;
  }

  private classChar(c: string, local: LocalFlags): string {
    if (local.i && !(this.flags & FLAG.I)) return caseVariants(c).map((x) => jsChar(x, true)).join('');
    return jsChar(c, true);
  }

  private classRange(lo: string, hi: string, local: LocalFlags): string {
    let r = `${jsChar(lo, true)}-${jsChar(hi, true)}`;
    if (local.i && !(this.flags & FLAG.I)) {
      for (const f of [(s: string) => s.toLowerCase(), (s: string) => s.toUpperCase()]) {
        const a = f(lo), b = f(hi);
        if ([...a].length === 1 && [...b].length === 1 && a <= b && (a !== lo || b !== hi)) r += `${jsChar(a, true)}-${jsChar(b, true)}`;
      }
    }
    return r;
  }

  private groupName(start: number, end: string): string {
    let name = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.err(end === '>' ? 'missing >, unterminated name' : 'missing ), unterminated name', start);
      this.i++;
      if (c === end) break;
      name += c;
    }
    if (name === '') this.err('missing group name', start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(name)) this.err(`bad character in group name '${name}'`, start);
    return name;
  }

  private capture(local: LocalFlags, depth: number, start: number, name: string | null): { text: string; repeatable: boolean } {
    const n = ++this.groupCount;
    if (name !== null) this.groupIndex.set(name, n);
    this.parents[n] = this.groupStack.length ? this.groupStack[this.groupStack.length - 1] : 0;
    this.openGroups.add(n);
    this.groupStack.push(n);
    const inner = this.alternation({ ...local }, depth + 1);
    this.groupStack.pop();
    this.openGroups.delete(n);
    this.closeParen(start);
    // Every Python group is a JS named group p<N>: hidden groups (atomic) then never shift numbers.
    return { text: `(?<p${n}>${inner})`, repeatable: true };
  }

  private closeParen(start: number): void {
    if (this.peek() !== ')') this.err('missing ), unterminated subpattern', start);
    this.i++;
  }

  private group(local: LocalFlags, depth: number, start: number): { text: string; repeatable: boolean } | null {
    if (this.peek() !== '?') return this.capture(local, depth, start, null);
    this.i++;
    const c = this.peek();
    if (c === undefined) this.err('unexpected end of pattern');
    this.i++;
    switch (c) {
      case ':': {
        const inner = this.alternation({ ...local }, depth + 1);
        this.closeParen(start);
        return { text: `(?:${inner})`, repeatable: true };
      }
      case 'P': {
        const k = this.peek();
        if (k === '<') {
          this.i++;
          const nameStart = this.i;
          const name = this.groupName(nameStart, '>');
          const prev = this.groupIndex.get(name);
          if (prev !== undefined) this.err(`redefinition of group name '${name}' as group ${this.groupCount + 1}; was group ${prev}`, nameStart);
          return this.capture(local, depth, start, name);
        }
        if (k === '=') {
          this.i++;
          const nameStart = this.i;
          const name = this.groupName(nameStart, ')');
          const n = this.groupIndex.get(name);
          if (n === undefined) this.err(`unknown group name '${name}'`, nameStart);
          if (this.openGroups.has(n)) this.err('cannot refer to an open group', nameStart);
          return { text: `(?:\\k<p${n}>)`, repeatable: true };
        }
        if (k === undefined) this.err('unexpected end of pattern');
        this.err(`unknown extension ?P${k}`, start + 1);
        break;
      }
      case '#': {
        while (this.peek() !== undefined && this.peek() !== ')') this.i++;
        if (this.peek() === undefined) this.err('missing ), unterminated comment', start);
        this.i++;
        return null;
      }
      case '=': case '!': {
        const inner = this.alternation({ ...local }, depth + 1);
        this.closeParen(start);
        return { text: `(?${c}${inner})`, repeatable: false };
      }
      case '<': {
        const k = this.peek();
        if (k === '=' || k === '!') {
          this.i++;
          const inner = this.alternation({ ...local }, depth + 1);
          this.closeParen(start);
          return { text: `(?<${k}${inner})`, repeatable: false };
        }
        if (k === undefined) this.err('unexpected end of pattern');
        this.err(`unknown extension ?<${k}`, start + 1);
        break;
      }
      case '>': {
        const inner = this.alternation({ ...local }, depth + 1);
        this.closeParen(start);
        return { text: this.atomic(inner), repeatable: true };
      }
      case '(':
        this.err('conditional backref groups are not supported', start);
        break;
      default: {
        this.i--;
        return this.scopedFlags(local, depth, start);
      }
    }
    return null;
  }

  /** (?imsx-imsx:...) — and global flags placed too late, which 3.11 rejects. */
  private scopedFlags(local: LocalFlags, depth: number, start: number): { text: string; repeatable: boolean } {
    const next: LocalFlags = { ...local };
    let add = 0, sub = 0;
    let c = this.peek();
    if (c === undefined || !'aiLmsux-'.includes(c)) {
      if (c === undefined) this.err('unexpected end of pattern');
      this.err(`unknown extension ?${c}`, start + 1);
    }
    while (c !== undefined && 'aiLmsux'.includes(c)) { add |= flagBit(c); this.i++; c = this.peek(); }
    if (c === ')') this.err('global flags not at the start of the expression', start);
    if (c === '-') {
      this.i++;
      c = this.peek();
      if (c === undefined || !'imsx'.includes(c)) this.err('missing flag', this.i);
      while (c !== undefined && 'imsx'.includes(c)) { sub |= flagBit(c); this.i++; c = this.peek(); }
    }
    if (c !== ':') {
      if (c === undefined) this.err('missing -, : or )', this.i);
      this.err(c === ')' ? 'missing :' : 'missing -, : or )', this.i);
    }
    this.i++;
    if (add & FLAG.I) next.i = true;
    if (sub & FLAG.I) next.i = false;
    if (add & FLAG.M) next.m = true;
    if (sub & FLAG.M) next.m = false;
    if (add & FLAG.S) next.s = true;
    if (sub & FLAG.S) next.s = false;
    if (add & FLAG.X) next.x = true;
    if (sub & FLAG.X) next.x = false;
    const inner = this.alternation(next, depth + 1);
    this.closeParen(start);
    return { text: `(?:${inner})`, repeatable: true };
  }
}

function flagBit(c: string): number {
  return { a: FLAG.A, i: FLAG.I, L: FLAG.L, m: FLAG.M, s: FLAG.S, u: FLAG.U, x: FLAG.X }[c] ?? 0;
}

/** Whether a translated atom must be wrapped in (?:...) before a quantifier applies to it. */
function needsGroup(atom: string): boolean {
  if ([...atom].length === 1) return false;
  if (/^\\.$/u.test(atom) || /^\\x[0-9a-f]{2}$/.test(atom)) return false;
  return !(atom.startsWith('[') && atom.endsWith(']') && !atom.slice(1, -1).includes(']')) &&
    !(atom.startsWith('(') && matchingParenAtEnd(atom));
}

function matchingParenAtEnd(s: string): boolean {
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') { k++; continue; }
    if (c === '[') { // skip a class
      for (k++; k < s.length && s[k] !== ']'; k++) if (s[k] === '\\') k++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') { depth--; if (depth === 0 && k !== s.length - 1) return false; }
  }
  return depth === 0;
}

export function translate(pattern: string, flags: number, isBytes: boolean): Translation {
  if (isBytes && (flags & FLAG.U)) throw new RegexSyntaxError('cannot use UNICODE flag with a bytes pattern', null);
  if (!isBytes && (flags & FLAG.L)) throw new RegexSyntaxError('cannot use LOCALE flag with a str pattern', null);
  if ((flags & FLAG.A) && (flags & FLAG.U)) throw new RegexSyntaxError('ASCII and UNICODE flags are incompatible', null);
  return new Translator(pattern, flags, isBytes).translate();
}
