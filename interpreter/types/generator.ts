// The Python-visible generator protocol: __next__, send, throw, close, and introspection.

import { PyObject, PyType } from '../objects/object.js';
import { PyGenerator, generatorType, stopIteration } from '../objects/generator.js';
import { PyBaseException, E, pyError } from '../objects/exceptions.js';
import { newStr } from '../objects/str.js';
import { newBool } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { call, addressOf } from '../vm/ops/protocols.js';
import { closeGenerator } from '../vm/eval.js';
import { defMethod, def0, def1, defGetter } from './define.js';

const gen = (o: PyObject) => o as PyGenerator;

function step(g: PyGenerator, sent: PyObject, exc: PyBaseException | null): PyObject {
  const v = g.resume(sent, exc);
  if (v === null) throw stopIteration(g.returnValue);
  return v;
}

/** generator.throw(type[, value[, tb]]) or throw(exc): normalise to an exception instance. */
function makeThrown(args: PyObject[]): PyBaseException {
  const [t, v] = args;
  if (t instanceof PyBaseException) return t;
  if (t instanceof PyType && t.isSubtypeOf(E.BaseException)) {
    if (v instanceof PyBaseException) return v;
    const e = call(t, v === undefined || v === None ? [] : [v]);
    return e as PyBaseException;
  }
  throw pyError(E.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + t.cls.name);
}

export function installGenerator(): void {
  const t = generatorType;
  def0(t, '__iter__', (self) => self);
  def0(t, '__next__', (self) => step(gen(self), None, null));
  def1(t, 'send', (self, v) => step(gen(self), v, null));
  defMethod(t, 'throw', (args) => step(gen(args[0]), None, makeThrown(args.slice(1))));
  def0(t, 'close', (self) => { closeGenerator(gen(self)); return None; });
  def0(t, '__repr__', (self) => newStr(`<generator object ${gen(self).qualname} at ${addressOf(self)}>`));
  defGetter(t, '__name__', (o) => newStr(gen(o).name), (o, v) => { gen(o).name = (v as unknown as { value: string }).value; });
  defGetter(t, '__qualname__', (o) => newStr(gen(o).qualname));
  defGetter(t, 'gi_running', (o) => newBool(gen(o).running));
  defGetter(t, 'gi_frame', (o) => (gen(o).finished ? None : gen(o).frame));
  defGetter(t, 'gi_code', (o) => gen(o).frame);
}
