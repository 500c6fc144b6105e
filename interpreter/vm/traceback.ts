// Printing an uncaught exception the way CPython 3.11 does: the cause/context chain, each with
// "Traceback (most recent call last):", File/line/name entries with the source line, and the
// final "Type: message" line (SyntaxErrors show the offending line and a caret instead).

import { readFileSync } from 'node:fs';
import { PyObject } from '../objects/object.js';
import { PyBaseException, PyTraceback, E } from '../objects/exceptions.js';
import { PyStr } from '../objects/str.js';
import { PyInt } from '../objects/int.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { str, isinstanceOf } from './ops/protocols.js';
import { getAttrOrNull } from './ops/attr.js';

const sourceCache = new Map<string, string[] | null>();
let sourceOverride: ((filename: string) => string | null) | null = null;
/** Lets the CLI supply sources that are not files (-c, stdin, the REPL). */
export function setSourceProvider(f: (filename: string) => string | null): void { sourceOverride = f; }

export function sourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    let text: string | null = sourceOverride ? sourceOverride(filename) : null;
    if (text === null) { try { text = readFileSync(filename, 'utf8'); } catch { text = null; } }
    lines = text === null ? null : text.split(/\r?\n/);
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

export function formatException(exc: PyBaseException): string {
  const seen = new Set<PyBaseException>();
  return formatChain(exc, seen);
}

function formatChain(exc: PyBaseException, seen: Set<PyBaseException>): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += formatChain(exc.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatChain(exc.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  return out + formatOne(exc);
}

function formatOne(exc: PyBaseException): string {
  let out = '';
  if (exc.traceback !== null) {
    out += 'Traceback (most recent call last):\n';
    // As CPython: a run of identical entries prints three times, then a count of the rest.
    let last = '', repeats = 0;
    const flush = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 > 1 ? 's' : ''}]\n`;
    };
    for (let tb: PyTraceback | null = exc.traceback; tb !== null; tb = tb.next) {
      const code = tb.code;
      let entry = `  File "${code.filename}", line ${tb.lineno}, in ${code.name}\n`;
      const line = sourceLine(code.filename, tb.lineno);
      if (line !== null && line.trim() !== '') entry += `    ${line.trim()}\n`;
      if (entry === last) {
        repeats++;
        if (repeats > 3) continue;
      } else {
        flush();
        last = entry; repeats = 1;
      }
      out += entry;
    }
    flush();
  }
  if (isinstanceOf(exc, E.SyntaxError)) out += formatSyntaxErrorBody(exc);
  out += exceptionLine(exc) + '\n';
  const notes = getAttrOrNull(exc, '__notes__');
  if (notes instanceof PyList) {
    for (const n of notes.items) out += (n instanceof PyStr ? n.value : safeStr(n)) + '\n';
  }
  return out;
}

function formatSyntaxErrorBody(exc: PyBaseException): string {
  const get = (n: string) => getAttrOrNull(exc, n);
  const filename = get('filename'), lineno = get('lineno'), text = get('text'), offset = get('offset');
  const endOffset = get('end_offset'), endLineno = get('end_lineno');
  let out = '';
  if (filename instanceof PyStr && lineno instanceof PyInt) out += `  File "${filename.value}", line ${lineno.value}\n`;
  if (text instanceof PyStr) {
    const raw = text.value.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const lead = raw.length - stripped.length;
    out += `    ${stripped.replace(/\s+$/, '')}\n`;
    if (offset instanceof PyInt) {
      const start = Math.max(1, Number(offset.value) - lead);
      let end = start + 1;
      if (endOffset instanceof PyInt && (endLineno === null || endLineno === None || (endLineno instanceof PyInt && lineno instanceof PyInt && endLineno.value === lineno.value))) {
        const e = Number(endOffset.value) - lead;
        if (e > start) end = e;
      }
      out += `    ${' '.repeat(start - 1)}${'^'.repeat(Math.max(1, end - start))}\n`;
    }
  }
  return out;
}

/** "Type: message" with the module prefix CPython shows (none for builtins and __main__). */
export function exceptionLine(exc: PyObject): string {
  const t = exc.cls;
  const mod = t.module;
  const name = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
  let msg: string;
  try {
    msg = isinstanceOf(exc, E.SyntaxError) ? syntaxMsg(exc) : str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

function safeStr(o: PyObject): string {
  try { return str(o); } catch { return '<note str() failed>'; }
}

function syntaxMsg(exc: PyObject): string {
  const m = getAttrOrNull(exc, 'msg');
  return m instanceof PyStr ? m.value : str(exc);
}
