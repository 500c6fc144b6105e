// re.Pattern and re.Match: compiled patterns (search, match, fullmatch, findall, finditer, sub,
// subn, split) and match objects (group, groups, groupdict, span, expand, ...), with CPython's
// argument handling and messages. Subjects are str, or bytes matched as latin-1 text.

import { PyObject, makeBuiltinType } from '../../objects/object.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes } from '../../objects/bytes.js';
import { PyInt, newInt, newBool, True } from '../../objects/int.js';
import { newTuple } from '../../objects/tuple.js';
import { newList } from '../../objects/list.js';
import { newDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { E, pyError, newException, PyBaseException } from '../../objects/exceptions.js';
import { call, repr, typeName, indexNumber, pyHash } from '../../vm/ops/protocols.js';
import { instanceSet } from '../../vm/ops/attr.js';
import { defMethod, def0, defGetter, parseArgs, Kw } from '../../types/define.js';
import { makeExceptionClass } from '../util.js';
import { FLAG, RegexSyntaxError, translate } from './translate.js';
import { Engine, Subject, Span } from './engine.js';
import { parseTemplate, TemplatePart, UnknownGroupName } from './template.js';

export const reError = makeExceptionClass('re', 'error');
export const patternType = makeBuiltinType('Pattern', undefined, 0);
patternType.module = 're';
export const matchType = makeBuiltinType('Match', undefined, 0);
matchType.module = 're';
const iteratorType = makeBuiltinType('callable_iterator', undefined, 0);

export class PyPattern extends PyObject {
  constructor(readonly source: PyStr | PyBytes, readonly isBytes: boolean, readonly engine: Engine) { super(patternType); }
  get flags(): number { return this.engine.t.flags; }
  get groups(): number { return this.engine.t.groups; }
  get groupIndex(): Map<string, number> { return this.engine.t.groupIndex; }
}

export class PyMatch extends PyObject {
  constructor(readonly pattern: PyPattern, readonly subjectObj: PyObject, readonly subject: Subject,
    readonly spans: Span[], readonly pos: number, readonly endpos: number) { super(matchType); }
}

class PyMatchIter extends PyObject {
  done = false;
  constructor(readonly next: () => PyMatch | null) { super(iteratorType); }
}

// ---- errors ----

/** Fills an re.error: args, msg, pattern, pos, lineno, colno, with CPython's str(). */
function fillError(e: PyBaseException, msg: string, pattern: PyObject, pos: number | null): void {
  let full = msg;
  let lineno: PyObject = None, colno: PyObject = None;
  if (pos !== null) {
    const text = pattern instanceof PyStr ? pattern.value : pattern instanceof PyBytes ? latin1(pattern.data) : '';
    const before = [...text].slice(0, pos);
    const line = before.filter((c) => c === '\n').length + 1;
    const col = pos - before.lastIndexOf('\n');
    lineno = newInt(line); colno = newInt(col);
    full = `${msg} at position ${pos}`;
    if (text.includes('\n')) full += ` (line ${line}, column ${col})`;
  }
  e.args = [newStr(full)];
  instanceSet(e, 'msg', newStr(msg));
  instanceSet(e, 'pattern', pattern);
  instanceSet(e, 'pos', pos === null ? None : newInt(pos));
  instanceSet(e, 'lineno', lineno);
  instanceSet(e, 'colno', colno);
}

export function regexError(msg: string, pattern: PyObject, pos: number | null): PyBaseException {
  const e = newException(reError);
  fillError(e, msg, pattern, pos);
  return e;
}

// ---- compiling ----

export function compilePattern(source: PyStr | PyBytes, flags: number): PyPattern {
  const isBytes = source instanceof PyBytes;
  const text = isBytes ? String.fromCharCode(...source.data) : source.value;
  try {
    const t = translate(text, flags, isBytes);
    return new PyPattern(source, isBytes, new Engine(t));
  } catch (e) {
    if (e instanceof RegexSyntaxError) {
      if (e.pos === null) throw pyError(E.ValueError, e.msg);
      throw regexError(e.msg, source, e.pos);
    }
    if (e instanceof SyntaxError) throw regexError(`unsupported pattern (${e.message})`, source, null);
    throw e;
  }
}

// ---- subjects and results ----

function subjectOf(p: PyPattern, o: PyObject): Subject {
  if (o instanceof PyStr) {
    if (p.isBytes) throw pyError(E.TypeError, 'cannot use a bytes pattern on a string-like object');
    return new Subject(o.value);
  }
  if (o instanceof PyBytes) {
    if (!p.isBytes) throw pyError(E.TypeError, 'cannot use a string pattern on a bytes-like object');
    return new Subject(latin1(o.data));
  }
  throw pyError(E.TypeError, `expected string or bytes-like object, got '${typeName(o)}'`);
}

function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

function textObj(p: PyPattern, s: string): PyObject {
  if (!p.isBytes) return newStr(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return newBytes(out);
}

function groupText(m: PyMatch, g: number, dflt: PyObject = None): PyObject {
  const s = m.spans[g];
  return s === null ? dflt : textObj(m.pattern, m.subject.slice(s[0], s[1]));
}

function bounds(subject: Subject, posObj: PyObject | null, endObj: PyObject | null): [number, number] {
  let pos = posObj === null ? 0 : indexNumber(posObj);
  let end = endObj === null ? subject.length : indexNumber(endObj);
  if (pos < 0) pos = 0;
  if (end > subject.length) end = subject.length;
  if (end < 0) end = 0;
  if (pos > subject.length) pos = subject.length;
  return [pos, end];
}

export function runMatch(p: PyPattern, subjectObj: PyObject, posObj: PyObject | null, endObj: PyObject | null,
  mode: 'search' | 'match' | 'full'): PyObject {
  const subject = subjectOf(p, subjectObj);
  const [pos, end] = bounds(subject, posObj, endObj);
  const r = p.engine.exec(subject, pos, end, mode);
  return r === null ? None : new PyMatch(p, subjectObj, subject, r.spans, pos, end);
}

/** The successive non-overlapping matches (Python's finditer semantics for empty matches). */
function* iterate(p: PyPattern, subjectObj: PyObject, subject: Subject, pos: number, end: number): Generator<PyMatch> {
  let at = pos;
  while (at <= end) {
    const r = p.engine.exec(subject, at, end, 'search');
    if (r === null) return;
    const [s, e] = r.spans[0]!;
    yield new PyMatch(p, subjectObj, subject, r.spans, pos, end);
    at = e === s ? e + 1 : e;
  }
}

export function findall(p: PyPattern, subjectObj: PyObject, posObj: PyObject | null, endObj: PyObject | null): PyObject {
  const subject = subjectOf(p, subjectObj);
  const [pos, end] = bounds(subject, posObj, endObj);
  const empty = textObj(p, '');
  const out: PyObject[] = [];
  for (const m of iterate(p, subjectObj, subject, pos, end)) {
    if (p.groups === 0) out.push(groupText(m, 0));
    else if (p.groups === 1) out.push(groupText(m, 1, empty));
    else {
      const items: PyObject[] = [];
      for (let g = 1; g <= p.groups; g++) items.push(groupText(m, g, empty));
      out.push(newTuple(items));
    }
  }
  return newList(out);
}

export function finditer(p: PyPattern, subjectObj: PyObject, posObj: PyObject | null, endObj: PyObject | null): PyObject {
  const subject = subjectOf(p, subjectObj);
  const [pos, end] = bounds(subject, posObj, endObj);
  const gen = iterate(p, subjectObj, subject, pos, end);
  return new PyMatchIter(() => { const r = gen.next(); return r.done ? null : r.value; });
}

export function split(p: PyPattern, subjectObj: PyObject, maxsplit: number): PyObject {
  const subject = subjectOf(p, subjectObj);
  const out: PyObject[] = [];
  let last = 0, n = 0;
  for (const m of iterate(p, subjectObj, subject, 0, subject.length)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    const [s, e] = m.spans[0]!;
    out.push(textObj(p, subject.slice(last, s)));
    for (let g = 1; g <= p.groups; g++) out.push(groupText(m, g));
    last = e;
    n++;
  }
  out.push(textObj(p, subject.slice(last, subject.length)));
  return newList(out);
}

function templateOf(p: PyPattern, repl: PyObject): TemplatePart[] {
  const text = repl instanceof PyStr ? repl.value : latin1((repl as PyBytes).data);
  try {
    return parseTemplate(text, p.groups, p.groupIndex);
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw regexError(e.msg, repl, e.pos);
    if (e instanceof UnknownGroupName) throw pyError(E.IndexError, e.message);
    throw e;
  }
}

function expandTemplate(m: PyMatch, parts: TemplatePart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else { const s = m.spans[part]; if (s !== null) out += m.subject.slice(s[0], s[1]); }
  }
  return out;
}

export function subn(p: PyPattern, repl: PyObject, subjectObj: PyObject, count: number): [PyObject, number] {
  const subject = subjectOf(p, subjectObj);
  let parts: TemplatePart[] | null = null;
  const callable = !(repl instanceof PyStr) && !(repl instanceof PyBytes);
  if (callable && repl.cls.lookup('__call__') === null) {
    throw pyError(E.TypeError, `decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  }
  if (!callable) {
    if (p.isBytes !== (repl instanceof PyBytes)) {
      throw pyError(E.TypeError, p.isBytes ? `expected a bytes-like object, ${typeName(repl)} found` : `expected str instance, ${typeName(repl)} found`);
    }
    parts = templateOf(p, repl);
  }
  let out = '';
  let last = 0, n = 0;
  let pieces = 0; // how many items CPython's list of pieces holds (for the join error's index)
  for (const m of iterate(p, subjectObj, subject, 0, subject.length)) {
    if (count > 0 && n >= count) break;
    const [s, e] = m.spans[0]!;
    if (s > last) pieces++;
    out += subject.slice(last, s);
    if (parts !== null) out += expandTemplate(m, parts);
    else {
      const r = call(repl, [m]);
      if (r !== None) {
        if (p.isBytes ? !(r instanceof PyBytes) : !(r instanceof PyStr)) {
          throw pyError(E.TypeError, `sequence item ${pieces}: expected ${p.isBytes ? 'a bytes-like object' : 'str instance'}, ${typeName(r)} found`);
        }
        out += r instanceof PyStr ? r.value : latin1((r as PyBytes).data);
        pieces++;
      }
    }
    last = e;
    n++;
  }
  out += subject.slice(last, subject.length);
  return [textObj(p, out), n];
}

// ---- flags display ----

const PATTERN_FLAG_ORDER: [number, string][] = [
  [FLAG.T, 'TEMPLATE'], [FLAG.I, 'IGNORECASE'], [FLAG.L, 'LOCALE'], [FLAG.M, 'MULTILINE'], [FLAG.S, 'DOTALL'],
  [FLAG.U, 'UNICODE'], [FLAG.X, 'VERBOSE'], [FLAG.DEBUG, 'DEBUG'], [FLAG.A, 'ASCII'],
];

function patternRepr(p: PyPattern): string {
  let flags = p.flags;
  if (!p.isBytes) flags &= ~FLAG.U;
  const src = repr(p.source).slice(0, 200);
  if (flags === 0) return `re.compile(${src})`;
  const names: string[] = [];
  for (const [bit, name] of PATTERN_FLAG_ORDER) if (flags & bit) { names.push(`re.${name}`); flags &= ~bit; }
  if (flags) names.push('0x' + flags.toString(16));
  return `re.compile(${src}, ${names.join('|')})`;
}

// ---- Match methods ----

function groupNumber(m: PyMatch, o: PyObject): number {
  if (o instanceof PyInt) {
    const n = Number(o.value);
    if (n < 0 || n > m.pattern.groups || typeof o.value === 'bigint') throw pyError(E.IndexError, 'no such group');
    return n;
  }
  if (o instanceof PyStr) {
    const n = m.pattern.groupIndex.get(o.value);
    if (n === undefined) throw pyError(E.IndexError, 'no such group');
    return n;
  }
  if (o.cls.lookup('__index__') !== null) return groupNumber(m, newInt(indexNumber(o)));
  throw pyError(E.IndexError, 'no such group');
}

function installMatch(): void {
  const t = matchType;
  const M = (self: PyObject) => self as PyMatch;
  defMethod(t, 'group', (args) => {
    const m = M(args[0]);
    if (args.length <= 1) return groupText(m, 0);
    if (args.length === 2) return groupText(m, groupNumber(m, args[1]));
    return newTuple(args.slice(1).map((g) => groupText(m, groupNumber(m, g))));
  });
  defMethod(t, '__getitem__', (args) => groupText(M(args[0]), groupNumber(M(args[0]), args[1])));
  defMethod(t, 'groups', (args, kw) => {
    const m = M(args[0]);
    const [dflt] = parseArgs('groups', args, kw, ['default'], 0, { skip: 1 });
    const items: PyObject[] = [];
    for (let g = 1; g <= m.pattern.groups; g++) items.push(groupText(m, g, dflt ?? None));
    return newTuple(items);
  });
  defMethod(t, 'groupdict', (args, kw) => {
    const m = M(args[0]);
    const [dflt] = parseArgs('groupdict', args, kw, ['default'], 0, { skip: 1 });
    const d = newDict();
    for (const [name, g] of m.pattern.groupIndex) d.setItem(newStr(name), groupText(m, g, dflt ?? None));
    return d;
  });
  const spanOf = (args: PyObject[]): Span => {
    const m = M(args[0]);
    return m.spans[args.length > 1 ? groupNumber(m, args[1]) : 0];
  };
  defMethod(t, 'start', (args) => newInt(spanOf(args)?.[0] ?? -1));
  defMethod(t, 'end', (args) => newInt(spanOf(args)?.[1] ?? -1));
  defMethod(t, 'span', (args) => {
    const s = spanOf(args);
    return newTuple([newInt(s?.[0] ?? -1), newInt(s?.[1] ?? -1)]);
  });
  defMethod(t, 'expand', (args) => {
    const m = M(args[0]);
    const tpl = args[1];
    if (!(tpl instanceof PyStr) && !(tpl instanceof PyBytes)) throw pyError(E.TypeError, `expected str instance, ${typeName(tpl)} found`);
    return textObj(m.pattern, expandTemplate(m, templateOf(m.pattern, tpl)));
  });
  defGetter(t, 'string', (self) => M(self).subjectObj);
  defGetter(t, 're', (self) => M(self).pattern);
  defGetter(t, 'pos', (self) => newInt(M(self).pos));
  defGetter(t, 'endpos', (self) => newInt(M(self).endpos));
  defGetter(t, 'lastindex', (self) => {
    const n = M(self).pattern.engine.lastIndex(M(self).spans);
    return n === null ? None : newInt(n);
  });
  defGetter(t, 'lastgroup', (self) => {
    const m = M(self);
    const n = m.pattern.engine.lastIndex(m.spans);
    if (n === null) return None;
    for (const [name, g] of m.pattern.groupIndex) if (g === n) return newStr(name);
    return None;
  });
  defGetter(t, 'regs', (self) => newTuple(M(self).spans.map((s) => newTuple([newInt(s?.[0] ?? -1), newInt(s?.[1] ?? -1)]))));
  def0(t, '__bool__', () => True);
  def0(t, '__repr__', (self) => {
    const m = M(self);
    const [s, e] = m.spans[0]!;
    return newStr(`<re.Match object; span=(${s}, ${e}), match=${repr(groupText(m, 0))}>`);
  });
  def0(t, '__copy__', (self) => self);
  defMethod(t, '__deepcopy__', (args) => args[0]);
}

// ---- Pattern methods ----

function installPattern(): void {
  const t = patternType;
  const P = (self: PyObject) => self as PyPattern;
  for (const [name, mode] of [['match', 'match'], ['search', 'search'], ['fullmatch', 'full']] as const) {
    defMethod(t, name, (args, kw) => {
      const [s, pos, end] = parseArgs(name, args, kw, ['string', 'pos', 'endpos'], 1, { skip: 1 });
      return runMatch(P(args[0]), s!, pos, end, mode);
    });
  }
  defMethod(t, 'findall', (args, kw) => {
    const [s, pos, end] = parseArgs('findall', args, kw, ['string', 'pos', 'endpos'], 1, { skip: 1 });
    return findall(P(args[0]), s!, pos, end);
  });
  defMethod(t, 'finditer', (args, kw) => {
    const [s, pos, end] = parseArgs('finditer', args, kw, ['string', 'pos', 'endpos'], 1, { skip: 1 });
    return finditer(P(args[0]), s!, pos, end);
  });
  defMethod(t, 'split', (args, kw) => {
    const [s, maxsplit] = parseArgs('split', args, kw, ['string', 'maxsplit'], 1, { skip: 1 });
    return split(P(args[0]), s!, maxsplit === null ? 0 : indexNumber(maxsplit));
  });
  defMethod(t, 'sub', (args, kw) => {
    const [repl, s, count] = parseArgs('sub', args, kw, ['repl', 'string', 'count'], 2, { skip: 1 });
    return subn(P(args[0]), repl!, s!, count === null ? 0 : indexNumber(count))[0];
  });
  defMethod(t, 'subn', (args, kw) => {
    const [repl, s, count] = parseArgs('subn', args, kw, ['repl', 'string', 'count'], 2, { skip: 1 });
    const [r, n] = subn(P(args[0]), repl!, s!, count === null ? 0 : indexNumber(count));
    return newTuple([r, newInt(n)]);
  });
  defGetter(t, 'pattern', (self) => P(self).source);
  defGetter(t, 'flags', (self) => newInt(P(self).flags));
  defGetter(t, 'groups', (self) => newInt(P(self).groups));
  defGetter(t, 'groupindex', (self) => {
    const d = newDict();
    for (const [name, g] of P(self).groupIndex) d.setItem(newStr(name), newInt(g));
    return d;
  });
  def0(t, '__repr__', (self) => newStr(patternRepr(P(self))));
  defMethod(t, '__eq__', (args) => {
    const a = P(args[0]), b = args[1];
    if (!(b instanceof PyPattern)) return newBool(false);
    return newBool(a.flags === b.flags && a.isBytes === b.isBytes && repr(a.source) === repr(b.source));
  });
  def0(t, '__hash__', (self) => newInt(pyHash(P(self).source) ^ P(self).flags));
  def0(t, '__copy__', (self) => self);
  defMethod(t, '__deepcopy__', (args) => args[0]);

  const it = iteratorType;
  def0(it, '__iter__', (self) => self);
  def0(it, '__next__', (self) => {
    const r = (self as PyMatchIter).next();
    if (r === null) throw pyError(E.StopIteration);
    return r;
  });
}

let installed = false;
export function installReTypes(): void {
  if (installed) return;
  installed = true;
  installMatch();
  installPattern();
  defMethod(reError, '__init__', (args: PyObject[], kw: Kw) => {
    const [msg, pattern, pos] = parseArgs('error', args, kw, ['msg', 'pattern', 'pos'], 1, { skip: 1 });
    fillError(args[0] as PyBaseException, msg instanceof PyStr ? msg.value : repr(msg!), pattern ?? None,
      pos === null || pos === None ? null : indexNumber(pos));
    return None;
  });
}
