// The methods and attributes of functions, builtin functions, bound methods, cells, code objects
// and modules: reprs, __get__ (functions are descriptors), and the dunder attributes scripts read.

import { PyObject, PyType } from '../objects/object.js';
import {
  PyFunction, PyBuiltinFunction, PyMethod, PyCell, functionType, builtinFunctionType, methodType, cellType,
} from '../objects/function.js';
import { PyModule, moduleType } from '../objects/module.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyDict, newDict } from '../objects/dict.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { newInt, newBool } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { codeType, PyCode, Frame, frameType } from '../vm/frame.js';
import { addressOf, call, repr, typeName, idOf } from '../vm/ops/protocols.js';
import { instanceDict, descrGet } from '../vm/ops/attr.js';
import { defMethod, def0, defGetter, parseArgs, defStatic } from './define.js';
import { isCallable } from '../builtins/functions.js';

export function installFunctionTypes(): void {
  const f = functionType;
  f.flags |= 4; // functions accept arbitrary attributes (TF_HAS_DICT)
  def0(f, '__repr__', (self) => newStr(`<function ${(self as PyFunction).qualname} at ${addressOf(self)}>`));
  defMethod(f, '__get__', (args) => {
    const obj = args[1] ?? None;
    return obj === None ? args[0] : descrGet(args[0], obj, obj.cls);
  });
  defMethod(f, '__call__', (args, kw) => call(args[0], args.slice(1), kw));
  const fn = (o: PyObject) => o as PyFunction;
  defGetter(f, '__name__', (o) => newStr(fn(o).name), (o, v) => { fn(o).name = strValue(v, '__name__'); });
  defGetter(f, '__qualname__', (o) => newStr(fn(o).qualname), (o, v) => { fn(o).qualname = strValue(v, '__qualname__'); });
  defGetter(f, '__doc__', (o) => fn(o).doc ?? None, (o, v) => { fn(o).doc = v; });
  defGetter(f, '__module__', (o) => fn(o).module ?? None, (o, v) => { fn(o).module = v; });
  defGetter(f, '__defaults__', (o) => (fn(o).defaults ? newTuple(fn(o).defaults!) : None), (o, v) => {
    fn(o).defaults = v === null || v === None ? null : (v as PyTuple).items.slice();
  });
  defGetter(f, '__kwdefaults__', (o) => fn(o).kwdefaults ?? None, (o, v) => {
    fn(o).kwdefaults = v === null || v === None ? null : v as PyDict;
  });
  defGetter(f, '__code__', (o) => new PyCode(fn(o).code));
  defGetter(f, '__globals__', (o) => fn(o).globals);
  defGetter(f, '__closure__', (o) => (fn(o).closure ? newTuple(fn(o).closure!) : None));
  defGetter(f, '__annotations__', (o) => (fn(o).annotations ??= newDict()), (o, v) => { fn(o).annotations = v as PyDict; });
  defGetter(f, '__dict__', (o) => instanceDict(o));
  defGetter(f, '__builtins__', () => None);

  const b = builtinFunctionType;
  def0(b, '__repr__', (self) => {
    const bf = self as PyBuiltinFunction;
    if (bf.self !== null && !(bf.self instanceof PyModule)) {
      return newStr(`<built-in method ${bf.name} of ${bf.self instanceof PyType ? `type object` : `${typeName(bf.self)} object`} at ${addressOf(bf.self)}>`);
    }
    if (bf.owner !== null && bf.self === null) return newStr(`<method '${bf.name}' of '${bf.owner.name}' objects>`);
    return newStr(`<built-in function ${bf.name}>`);
  });
  defMethod(b, '__call__', (args, kw) => call(args[0], args.slice(1), kw));
  defMethod(b, '__get__', (args) => {
    const obj = args[1] ?? None;
    return obj === None ? args[0] : descrGet(args[0], obj, obj.cls);
  });
  defGetter(b, '__name__', (o) => newStr((o as PyBuiltinFunction).name));
  defGetter(b, '__qualname__', (o) => newStr((o as PyBuiltinFunction).qualname()));
  defGetter(b, '__doc__', (o) => ((o as PyBuiltinFunction).doc === null ? None : newStr((o as PyBuiltinFunction).doc!)));
  defGetter(b, '__self__', (o) => (o as PyBuiltinFunction).self ?? None);
  defGetter(b, '__module__', () => newStr('builtins'));

  const m = methodType;
  def0(m, '__repr__', (self) => {
    const bm = self as PyMethod;
    const name = bm.func instanceof PyFunction ? bm.func.qualname : (bm.func as PyBuiltinFunction).name ?? '?';
    return newStr(`<bound method ${name} of ${repr(bm.self)}>`);
  });
  defMethod(m, '__call__', (args, kw) => call(args[0], args.slice(1), kw));
  defStatic(m, '__new__', (args) => {
    if (args.length !== 3) throw pyError(E.TypeError, `method expected 2 arguments, got ${args.length - 1}`);
    if (!isCallable(args[1])) throw pyError(E.TypeError, 'first argument must be callable');
    if (args[2] === None) throw pyError(E.TypeError, 'instance must not be None');
    return new PyMethod(args[1], args[2]);
  });
  defGetter(m, '__self__', (o) => (o as PyMethod).self);
  defGetter(m, '__func__', (o) => (o as PyMethod).func);
  defGetter(m, '__name__', (o) => {
    const fo = (o as PyMethod).func;
    return fo instanceof PyFunction ? newStr(fo.name) : newStr((fo as PyBuiltinFunction).name);
  });
  defGetter(m, '__qualname__', (o) => {
    const fo = (o as PyMethod).func;
    return fo instanceof PyFunction ? newStr(fo.qualname) : newStr((fo as PyBuiltinFunction).name);
  });
  defGetter(m, '__doc__', (o) => {
    const fo = (o as PyMethod).func;
    return fo instanceof PyFunction ? fo.doc ?? None : None;
  });
  def0(m, '__hash__', (o) => newInt((idOf((o as PyMethod).self) ^ idOf((o as PyMethod).func)) & 0x7fffffff));
  defMethod(m, '__eq__', (args) => {
    const a = args[0] as PyMethod, o = args[1];
    return newBool(o instanceof PyMethod && o.func === a.func && o.self === a.self);
  });

  def0(cellType, '__repr__', (self) => newStr(`<cell at ${addressOf(self)}: ${(self as PyCell).contents === null ? 'empty' : `${typeName((self as PyCell).contents!)} object at ${addressOf((self as PyCell).contents!)}`}>`));
  defGetter(cellType, 'cell_contents', (o) => {
    const v = (o as PyCell).contents;
    if (v === null) throw pyError(E.ValueError, 'Cell is empty');
    return v;
  }, (o, v) => { (o as PyCell).contents = v; });

  const c = codeType;
  const code = (o: PyObject) => (o as PyCode).code;
  def0(c, '__repr__', (self) => newStr(`<code object ${code(self).name} at ${addressOf(self)}, file "${code(self).filename}", line ${code(self).firstlineno}>`));
  defGetter(c, 'co_name', (o) => newStr(code(o).name));
  defGetter(c, 'co_qualname', (o) => newStr(code(o).qualname));
  defGetter(c, 'co_filename', (o) => newStr(code(o).filename));
  defGetter(c, 'co_firstlineno', (o) => newInt(code(o).firstlineno));
  defGetter(c, 'co_argcount', (o) => newInt(code(o).argcount));
  defGetter(c, 'co_posonlyargcount', (o) => newInt(code(o).posonlyargcount));
  defGetter(c, 'co_kwonlyargcount', (o) => newInt(code(o).kwonlyargcount));
  defGetter(c, 'co_flags', (o) => newInt(code(o).flags));
  defGetter(c, 'co_varnames', (o) => newTuple(code(o).varnames.map(newStr)));
  defGetter(c, 'co_cellvars', (o) => newTuple(code(o).cellvars.map(newStr)));
  defGetter(c, 'co_freevars', (o) => newTuple(code(o).freevars.map(newStr)));
  defGetter(c, 'co_names', (o) => newTuple(code(o).names.map(newStr)));
  defGetter(c, 'co_nlocals', (o) => newInt(code(o).varnames.length));

  const mod = moduleType;
  mod.flags |= 4;
  defMethod(mod, '__init__', (args, kw) => {
    const [name, doc] = parseArgs('module', args, kw, ['name', 'doc'], 1, { skip: 1 });
    const m = args[0] as PyModule;
    m.name = strValue(name!, 'name');
    m.ns.setStr('__name__', name!);
    m.ns.setStr('__doc__', doc ?? None);
    return None;
  });
  def0(mod, '__repr__', (self) => {
    const m = self as PyModule;
    const file = m.ns.getStr('__file__');
    if (file instanceof PyStr) return newStr(`<module '${m.name}' from '${file.value}'>`);
    return newStr(m.builtin || m.name === 'sys' || m.name === 'builtins' ? `<module '${m.name}' (built-in)>` : `<module '${m.name}'>`);
  });
  defGetter(mod, '__dict__', (o) => (o as PyModule).ns);
  def0(mod, '__dir__', (self) => {
    const keys = [...(self as PyModule).ns.table.entries()].map(([k]) => k);
    return newList(keys);
  });
}


function strValue(v: PyObject | null, what: string): string {
  if (!(v instanceof PyStr)) throw pyError(E.TypeError, `${what} must be set to a string object`);
  return v.value;
}

/** Frame objects as Python sees them (sys._getframe(), tracebacks' tb_frame). */
export function installFrameType(): void {
  const t = frameType;
  const fr = (o: PyObject) => o as Frame;
  defGetter(t, 'f_code', (o) => new PyCode(fr(o).code));
  defGetter(t, 'f_globals', (o) => fr(o).globals);
  defGetter(t, 'f_builtins', (o) => fr(o).builtins);
  defGetter(t, 'f_lineno', (o) => newInt(fr(o).lineno));
  defGetter(t, 'f_lasti', (o) => newInt(Math.max(0, fr(o).pc - 1) * 2));
  defGetter(t, 'f_back', (o) => fr(o).back ?? None);
  defGetter(t, 'f_locals', (o) => fr(o).localsAsDict());
  def0(t, '__repr__', (o) => newStr(`<frame at ${addressOf(o)}, file '${fr(o).code.filename}', line ${fr(o).lineno}, code ${fr(o).code.name}>`));
}
