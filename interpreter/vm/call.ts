// Calling Python functions: binding positional and keyword arguments to a new frame's fast locals
// (with CPython 3.11's error messages), then running it, or wrapping it in a generator.

import { PyObject } from '../objects/object.js';
import { PyFunction } from '../objects/function.js';
import { PyDict, newDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { internStr } from '../objects/str.js';
import { E, pyError } from '../objects/exceptions.js';
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';
import { newGenerator } from '../objects/generator.js';
import { ts } from './state.js';
import { jitHooks, jitCall } from '../../jit/hooks.js'; // JIT hook

export function callFunction(f: PyFunction, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const frame = makeFrame(f, args, kwnames);
  if (f.code.flags & CO_GENERATOR) return newGenerator(frame);
  if (jitHooks.on) { const r = jitCall(frame); if (r !== undefined) return r; } // JIT hook (jit/hooks.ts)
  return runFrame(frame);
}

/** A frame for `f` with its arguments bound. */
export function makeFrame(f: PyFunction, args: PyObject[], kwnames: readonly string[] | null): Frame {
  const code = f.code;
  const frame = new Frame(code, f.globals, ts.builtins, null, f);
  const fast = frame.fast;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  if (nkw === 0 && npos === argcount && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
      code.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) fast[i] = args[i];
  } else {
    bindArguments(f, frame, args, kwnames, npos);
  }
  frame.initCellArgs();
  return frame;
}

function bindArguments(f: PyFunction, frame: Frame, args: PyObject[], kwnames: readonly string[] | null,
  npos: number): void {
  const code = f.code;
  const fast = frame.fast;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const varargsIndex = argcount + kwonly;
  const varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);
  const name = f.qualname;

  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[i];
  if (hasVarargs) fast[varargsIndex] = newTuple(args.slice(n, npos));
  else if (npos > argcount) throw tooManyPositional(f, npos, kwnames, args);

  let kwdict: PyDict | null = null;
  if (hasVarkw) fast[varkwIndex] = kwdict = newDict();
  const posonlyPassedAsKw: string[] = [];
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const key = kwnames[k];
      const value = args[npos + k];
      let idx = -1;
      for (let j = code.posonlyargcount; j < argcount + kwonly; j++) {
        if (code.varnames[j] === key) { idx = j; break; }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setItem(internStr(key), value);
          continue;
        }
        if (code.varnames.slice(0, code.posonlyargcount).includes(key)) {
          posonlyPassedAsKw.push(key);
          continue;
        }
        throw pyError(E.TypeError, `${name}() got an unexpected keyword argument '${key}'`);
      }
      if (fast[idx] !== null) throw pyError(E.TypeError, `${name}() got multiple values for argument '${key}'`);
      fast[idx] = value;
    }
  }
  if (posonlyPassedAsKw.length) {
    throw pyError(E.TypeError,
      `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedAsKw.join(', ')}'`);
  }

  // Defaults for missing positional parameters.
  const defaults = f.defaults ?? [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = npos; i < argcount; i++) {
    if (fast[i] !== null) continue;
    if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
    else missing.push(code.varnames[i]);
  }
  if (missing.length) throw missingArgs(name, missing, 'positional');
  const missingKw: string[] = [];
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (fast[i] !== null) continue;
    const d = f.kwdefaults?.getStr(code.varnames[i]);
    if (d !== undefined) fast[i] = d;
    else missingKw.push(code.varnames[i]);
  }
  if (missingKw.length) throw missingArgs(name, missingKw, 'keyword-only');
}

function missingArgs(name: string, names: string[], kind: string) {
  const q = names.map((n) => `'${n}'`);
  const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` :
    `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  const s = names.length === 1 ? '' : 's';
  return pyError(E.TypeError, `${name}() missing ${names.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(f: PyFunction, npos: number, kwnames: readonly string[] | null, args: PyObject[]) {
  const code = f.code;
  const argcount = code.argcount;
  const ndefaults = f.defaults?.length ?? 0;
  const plural = (n: number) => (n === 1 ? '' : 's');
  let takes: string;
  if (ndefaults > 0) takes = `from ${argcount - ndefaults} to ${argcount} positional arguments`;
  else takes = `${argcount} positional argument${plural(argcount)}`;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const i = code.varnames.indexOf(k);
      if (i >= argcount && i < argcount + code.kwonlyargcount) kwonlyGiven++;
    }
  }
  void args;
  const given = kwonlyGiven
    ? `${npos} positional argument${plural(npos)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)}) were given`
    : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
  return pyError(E.TypeError, `${f.qualname}() takes ${takes} but ${given}`);
}
