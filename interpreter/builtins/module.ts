// The builtins module: builtin functions, builtin types, exception classes and constants, plus
// the functions that need the compiler (exec, eval, compile, __import__).

import { PyObject, PyType, objectType, typeType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyStr, newStr, strType } from '../objects/str.js';
import { PyDict } from '../objects/dict.js';
import { True, False, intType, boolType, newInt } from '../objects/int.js';
import { floatType } from '../objects/float.js';
import { complexType } from '../objects/complex.js';
import { listType } from '../objects/list.js';
import { tupleType } from '../objects/tuple.js';
import { dictType } from '../objects/dict.js';
import { setType, frozensetType } from '../objects/set.js';
import { bytesType, bytearrayType, PyBytes } from '../objects/bytes.js';
import { rangeType, sliceType } from '../objects/range.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { propertyType, classmethodType, staticmethodType } from '../objects/descriptors.js';
import { exceptionTypes, E, pyError } from '../objects/exceptions.js';
import { superType } from '../types/type.js';
import { builtinFunctions } from './functions.js';
import { builtinFunction, parseArgs } from '../types/define.js';
import { call, typeName } from '../vm/ops/protocols.js';
import { PyCode, Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';
import { ts } from '../vm/state.js';
import { importName, setBuiltinsModule, builtinsModuleObject } from '../vm/import.js';
import { parseModule, parseExpression } from '../parser/index.js';
import { compile } from '../compiler/index.js';
import { newTuple } from '../objects/tuple.js';

export function makeBuiltinsModule(extraTypes: [string, PyType][]): PyModule {
  const m = new PyModule('builtins');
  const ns = m.ns;
  for (const [name, fn] of builtinFunctions) ns.setStr(name, builtinFunction(name, fn));
  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['complex', complexType], ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType],
    ['list', listType], ['tuple', tupleType], ['dict', dictType], ['set', setType], ['frozenset', frozensetType],
    ['range', rangeType], ['slice', sliceType], ['property', propertyType], ['classmethod', classmethodType],
    ['staticmethod', staticmethodType], ['super', superType], ...extraTypes,
  ];
  for (const [name, t] of types) ns.setStr(name, t);
  for (const [name, t] of exceptionTypes) ns.setStr(name, t);
  ns.setStr('EnvironmentError', E.OSError);
  ns.setStr('IOError', E.OSError);
  ns.setStr('None', None); ns.setStr('True', True); ns.setStr('False', False);
  ns.setStr('NotImplemented', NotImplemented); ns.setStr('Ellipsis', Ellipsis);
  ns.setStr('__debug__', True);
  ns.setStr('__name__', newStr('builtins'));

  const fn = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) => ns.setStr(name, builtinFunction(name, f));
  fn('exec', (args, kw) => { runSource('exec', args, kw); return None; });
  fn('eval', (args, kw) => runSource('eval', args, kw));
  fn('compile', (args, kw) => {
    const [source, filename, mode] = parseArgs('compile', args, kw, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], 3);
    const src = sourceText(source!);
    const fname = (filename as PyStr).value;
    const md = (mode as PyStr).value;
    if (md !== 'exec' && md !== 'eval' && md !== 'single') throw pyError(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const tree = md === 'eval' ? parseExpression(src, fname) : parseModule(src, fname);
    return new PyCode(compile(tree, fname, md, src));
  });
  fn('__import__', (args, kw) => {
    const [name, globals, , fromlist, level] = parseArgs('__import__', args, kw, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
    const g = globals instanceof PyDict ? globals : ts.frame!.globals;
    return importName((name as PyStr).value, g, fromlist ?? newTuple([]), level ?? newInt(0));
  });
  const exitFn = (args: PyObject[]) => { throw call(E.SystemExit, args.length ? [args[0]] : []); };
  fn('exit', exitFn); fn('quit', exitFn);
  setBuiltinsModule(m);
  return m;
}

function sourceText(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return Buffer.from(o.data).toString('utf8');
  throw pyError(E.TypeError, `compile() arg 1 must be a string, bytes or AST object`);
}

/** exec()/eval(): source or code object, run with the given (or the caller's) namespaces. */
function runSource(mode: 'exec' | 'eval', args: PyObject[], kw: readonly string[] | null): PyObject {
  const [source, globals, locals] = parseArgs(mode, args, kw, ['source', 'globals', 'locals'], 1, { posOnly: 1 });
  const caller = ts.frame!;
  let g: PyDict, l: PyDict;
  if (globals === null || globals === None) {
    g = caller.globals;
    l = locals instanceof PyDict ? locals : caller.localsAsDict();
  } else {
    if (!(globals instanceof PyDict)) throw pyError(E.TypeError, `${mode}() globals must be a dict, not ${typeName(globals)}`);
    g = globals;
    l = locals instanceof PyDict ? locals : g;
  }
  if (g.getStr('__builtins__') === undefined) g.setStr('__builtins__', builtinsModuleObject());
  let code;
  if (source instanceof PyCode) code = source.code;
  else {
    const src = sourceText(source!);
    if (mode === 'eval') code = compile(parseExpression(src.replace(/^[ \t]+/, ''), '<string>'), '<string>', 'eval', src);
    else code = compile(parseModule(src, '<string>'), '<string>', 'exec', src);
  }
  const frame = new Frame(code, g, ts.builtins, l, null);
  return runFrame(frame);
}

