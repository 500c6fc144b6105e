// The sys module: argv, path, modules, the standard streams (text file objects over the VM's
// buffered stdio), exit, recursion limit, version information, exc_info.

import { PyObject, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyStr, newStr, internStr } from '../objects/str.js';
import { newInt, newIntBig, newBool, False, True, PyInt } from '../objects/int.js';
import { newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { newFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { E, pyError, PyBaseException } from '../objects/exceptions.js';
import { call, typeName, indexValue } from '../vm/ops/protocols.js';
import { sysModules, sysPath, registerBuiltinModule, builtinModuleNames } from '../vm/import.js';
import { writeStdout, writeStderr, flushStdout } from '../vm/stdio.js';
import { readLine, readAll } from '../vm/stdin.js';
import { ts } from '../vm/state.js';
import { def0, def1, defMethod, defGetter, builtinFunction, parseArgs } from '../types/define.js';
import { makeStructSeqType } from './structseq.js';
import { toArray } from '../vm/ops/protocols.js';

export const TSPY_VERSION = '0.1.0';
export const textIOType = makeBuiltinType('TextIOWrapper', undefined, 0);
textIOType.module = '_io';

class PyStdStream extends PyObject {
  constructor(public fd: number, public streamName: string) { super(textIOType); }
}
const stdin = new PyStdStream(0, '<stdin>');
const stdout = new PyStdStream(1, '<stdout>');
const stderr = new PyStdStream(2, '<stderr>');
export function stdoutObject(): PyObject { return stdout; }

let sysModule: PyModule | null = null;
export function getSysAttr(name: string): PyObject | undefined { return sysModule?.ns.getStr(name); }

function installStreams(): void {
  const t = textIOType;
  def1(t, 'write', (self, s) => {
    if (!(s instanceof PyStr)) throw pyError(E.TypeError, `write() argument must be str, not ${typeName(s)}`);
    const fd = (self as PyStdStream).fd;
    if (fd === 1) writeStdout(s.value);
    else if (fd === 2) writeStderr(s.value);
    else throw pyError(E.OSError, 'not writable');
    return newInt([...s.value].length);
  });
  def1(t, 'writelines', (self, lines) => {
    const fd = (self as PyStdStream).fd;
    for (const l of toArray(lines)) {
      if (!(l instanceof PyStr)) throw pyError(E.TypeError, `write() argument must be str, not ${typeName(l)}`);
      if (fd === 1) writeStdout(l.value); else writeStderr(l.value);
    }
    return None;
  });
  def0(t, 'flush', (self) => { if ((self as PyStdStream).fd === 1) flushStdout(); return None; });
  def0(t, 'fileno', (self) => newInt((self as PyStdStream).fd));
  def0(t, 'isatty', (self) => newBool(process.stdout.isTTY === true && (self as PyStdStream).fd === 1));
  def0(t, 'readable', (self) => newBool((self as PyStdStream).fd === 0));
  def0(t, 'writable', (self) => newBool((self as PyStdStream).fd !== 0));
  defMethod(t, 'readline', () => newStr(readLine() ?? ''));
  defMethod(t, 'read', () => newStr(readAll()));
  def0(t, 'readlines', () => { const out: PyObject[] = []; for (let l = readLine(); l !== null; l = readLine()) out.push(newStr(l)); return newList(out); });
  def0(t, '__iter__', (self) => self);
  def0(t, '__next__', () => {
    const l = readLine();
    if (l === null) throw pyError(E.StopIteration);
    return newStr(l);
  });
  def0(t, '__enter__', (self) => self);
  defMethod(t, '__exit__', () => None);
  def0(t, '__repr__', (self) => newStr(`<_io.TextIOWrapper name='${(self as PyStdStream).streamName}' mode='${(self as PyStdStream).fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`));
  defGetter(t, 'encoding', () => newStr('utf-8'));
  defGetter(t, 'name', (self) => newStr((self as PyStdStream).streamName));
  defGetter(t, 'closed', () => False);
}

export function makeSysModule(argv: string[]): PyModule {
  installStreams();
  const m = new PyModule('sys');
  const ns = m.ns;
  sysModule = m;
  ns.setStr('argv', newList(argv.map(newStr)));
  ns.setStr('orig_argv', newList(argv.map(newStr)));
  ns.setStr('path', sysPath);
  ns.setStr('modules', sysModules);
  ns.setStr('stdin', stdin); ns.setStr('stdout', stdout); ns.setStr('stderr', stderr);
  ns.setStr('__stdin__', stdin); ns.setStr('__stdout__', stdout); ns.setStr('__stderr__', stderr);
  ns.setStr('maxsize', newIntBig(9223372036854775807n)); // 2**63 - 1, as 64-bit CPython
  ns.setStr('version', newStr(`3.11.0 (tspy ${TSPY_VERSION}) [Node.js ${process.versions.node}]`));
  const versionInfo = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], 5);
  ns.setStr('version_info', versionInfo.make([newInt(3), newInt(11), newInt(0), newStr('final'), newInt(0)]));
  ns.setStr('hexversion', newInt(0x030b00f0));
  ns.setStr('platform', newStr(process.platform));
  ns.setStr('byteorder', newStr('little'));
  ns.setStr('executable', newStr(process.argv[1] ?? 'tspy'));
  ns.setStr('maxunicode', newInt(0x10ffff));
  ns.setStr('dont_write_bytecode', True);
  const impl = new PyModule('implementation');
  impl.ns.setStr('name', newStr('tspy'));
  impl.ns.setStr('version', newTuple([newInt(0), newInt(1), newInt(0), newStr('alpha'), newInt(0)]));
  impl.ns.setStr('cache_tag', None);
  ns.setStr('implementation', impl);
  const floatInfo = makeStructSeqType('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'], 11);
  ns.setStr('float_info', floatInfo.make([newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)]));

  const fn = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) => ns.setStr(name, builtinFunction(name, f));
  fn('exit', (args) => {
    const e = call(E.SystemExit, args.length ? [args[0]] : []) as PyBaseException;
    throw e;
  });
  fn('getrecursionlimit', () => newInt(ts.recursionLimit));
  fn('setrecursionlimit', (args) => {
    const [n] = parseArgs('setrecursionlimit', args, null, ['limit'], 1);
    if (!(n instanceof PyInt)) throw pyError(E.TypeError, "'float' object cannot be interpreted as an integer");
    const v = Number(indexValue(n!));
    if (v < 1) throw pyError(E.ValueError, 'recursion limit must be greater or equal than 1');
    ts.recursionLimit = v;
    return None;
  });
  fn('intern', (args) => internStr((args[0] as PyStr).value));
  fn('exc_info', () => {
    const h = ts.handled;
    return h === null ? newTuple([None, None, None]) : newTuple([h.cls, h, h.traceback ?? None]);
  });
  fn('exception', () => ts.handled ?? None);
  fn('getdefaultencoding', () => newStr('utf-8'));
  fn('getfilesystemencoding', () => newStr('utf-8'));
  fn('getsizeof', () => newInt(64));
  fn('_getframe', (args) => {
    let depth = args.length ? Number(indexValue(args[0])) : 0;
    let f = ts.frame;
    while (depth-- > 0 && f !== null) f = f.back;
    if (f === null) throw pyError(E.ValueError, 'call stack is not deep enough');
    return f;
  });
  const intInfo = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], 4);
  ns.setStr('int_info', intInfo.make([newInt(30), newInt(4), newInt(4300), newInt(640)]));
  const hashInfo = makeStructSeqType('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], 9);
  ns.setStr('hash_info', hashInfo.make([newInt(64), newIntBig(2305843009213693951n), newInt(314159), newInt(0), newInt(1000003), newStr('siphash13'), newInt(64), newInt(128), newInt(0)]));
  const flags = makeStructSeqType('sys', 'flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization',
    'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'], 18);
  ns.setStr('flags', flags.make([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 4300].map((v, i) => (i === 13 ? False : newInt(v)))));
  fn('getrefcount', () => newInt(2));
  return m;
}


/** sys.builtin_module_names, set once every TS module has been registered. */
export function setBuiltinModuleNames(): void {
  const names = [...new Set(['builtins', 'sys', ...builtinModuleNames()])].sort();
  sysModule!.ns.setStr('builtin_module_names', newTuple(names.map(newStr)));
}

export function registerSys(argv: string[]): PyModule {
  const m = makeSysModule(argv);
  sysModules.setStr('sys', m);
  registerBuiltinModule('sys', () => m);
  return m;
}
