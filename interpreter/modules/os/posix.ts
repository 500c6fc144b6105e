// The posix module: the operating-system calls os.py builds on, over node:fs and process
// (files, directories, stat, environment, file descriptors, urandom), raising OSErrors as CPython.

import { hostChdir } from '../../vm/host.js';
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { PyObject } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyInt, newInt, newIntBig, newBool } from '../../objects/int.js';
import { PyFloat, newFloat } from '../../objects/float.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes } from '../../objects/bytes.js';
import { newList } from '../../objects/list.js';
import { PyTuple } from '../../objects/tuple.js';
import { newDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { callSpecial, indexNumber, typeName, truthy } from '../../vm/ops/protocols.js';
import { flushStdout } from '../../vm/stdio.js';
import { parseArgs, Kw } from '../../types/define.js';
import { decode, encode } from '../../lib/codecs.js';
import { makeStructSeqType } from '../structseq.js';
import { defFunction } from '../util.js';
import { fsCall, makeOSError, strerror } from './errors.js';

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
  'st_atime', 'st_mtime', 'st_ctime', // visible: whole seconds
  'st_atime', 'st_mtime', 'st_ctime', // attributes: float seconds (their getters win)
  'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'];
export const statResult = makeStructSeqType('os', 'stat_result', STAT_FIELDS, 10);

/** A path argument: str, bytes or os.PathLike, as a JS string (bytes decoded as UTF-8). */
export function pathArg(o: PyObject, fname: string, allowFd = false): string | number {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return decode(o.data, 'utf-8', 'surrogateescape');
  if (allowFd && o instanceof PyInt) return Number(o.value);
  if (o.cls.lookup('__fspath__') !== null) {
    const r = callSpecial(o, '__fspath__', [])!;
    if (r instanceof PyStr) return r.value;
    if (r instanceof PyBytes) return decode(r.data, 'utf-8', 'surrogateescape');
    throw pyError(E.TypeError, `expected ${typeName(o)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  const what = allowFd ? 'string, bytes, os.PathLike or integer' : 'string, bytes or os.PathLike';
  throw pyError(E.TypeError, `${fname}: path should be ${what}, not ${typeName(o)}`);
}

function pathStr(o: PyObject, fname: string): string { return pathArg(o, fname) as string; }

/** A name from the file system, returned as bytes when the caller passed bytes. */
function fsName(name: string, asBytes: boolean): PyObject {
  return asBytes ? newBytes(encode(name, 'utf-8', 'surrogateescape')) : newStr(name);
}

export function statToPy(st: fs.BigIntStats): PyObject {
  const secs = (ns: bigint) => ns / 1000000000n - (ns < 0n && ns % 1000000000n !== 0n ? 1n : 0n);
  const fsecs = (ns: bigint) => { const s = secs(ns); return Number(s) + Number(ns - s * 1000000000n) * 1e-9; };
  const i = (v: bigint) => newIntBig(v);
  return statResult.make([
    i(st.mode), i(st.ino), i(st.dev), i(st.nlink), i(st.uid), i(st.gid), i(st.size),
    i(secs(st.atimeNs)), i(secs(st.mtimeNs)), i(secs(st.ctimeNs)),
    newFloat(fsecs(st.atimeNs)), newFloat(fsecs(st.mtimeNs)), newFloat(fsecs(st.ctimeNs)),
    i(st.atimeNs), i(st.mtimeNs), i(st.ctimeNs), i(st.blksize), i(st.blocks), i(st.rdev),
  ]);
}

function intArg(o: PyObject | null, dflt: number): number {
  return o === null ? dflt : indexNumber(o);
}

const OPEN_FLAGS: Record<string, number> = {
  O_RDONLY: fs.constants.O_RDONLY, O_WRONLY: fs.constants.O_WRONLY, O_RDWR: fs.constants.O_RDWR,
  O_APPEND: fs.constants.O_APPEND, O_CREAT: fs.constants.O_CREAT, O_EXCL: fs.constants.O_EXCL,
  O_TRUNC: fs.constants.O_TRUNC, O_NOCTTY: fs.constants.O_NOCTTY ?? 0o400,
  O_NONBLOCK: fs.constants.O_NONBLOCK ?? 0o4000, O_SYNC: fs.constants.O_SYNC ?? 0o4010000,
  O_DIRECTORY: fs.constants.O_DIRECTORY ?? 0o200000, O_NOFOLLOW: fs.constants.O_NOFOLLOW ?? 0o400000,
  O_CLOEXEC: 0o2000000,
};

export function makePosixModule(): PyModule {
  const m = new PyModule('posix');
  const ns = m.ns;
  const def = (name: string, f: (args: PyObject[], kw: Kw) => PyObject) => defFunction(m, name, f);
  const args1 = (name: string, args: PyObject[], kw: Kw, names: string[], required: number) =>
    parseArgs(name, args, kw, names, required);

  def('getcwd', () => newStr(process.cwd()));
  def('getcwdb', () => newBytes(encode(process.cwd(), 'utf-8', 'surrogateescape')));
  def('chdir', (a, kw) => {
    const [p] = args1('chdir', a, kw, ['path'], 1);
    fsCall(() => hostChdir(pathStr(p!, 'chdir')), p);
    return None;
  });
  def('listdir', (a, kw) => {
    const [p] = args1('listdir', a, kw, ['path'], 0);
    const target = p === null || p === None ? '.' : pathArg(p, 'listdir', true);
    const asBytes = p instanceof PyBytes;
    const names = fsCall(() => (typeof target === 'number' ? fs.readdirSync(`/proc/self/fd/${target}`) : fs.readdirSync(target)), p ?? newStr('.'));
    return newList(names.map((n) => fsName(n, asBytes)));
  });
  def('mkdir', (a, kw) => {
    const [p, mode] = parseArgs('mkdir', a, kw, ['path', 'mode', 'dir_fd'], 1, { kwOnlyFrom: 2 });
    fsCall(() => fs.mkdirSync(pathStr(p!, 'mkdir'), { mode: intArg(mode, 0o777) }), p);
    return None;
  });
  for (const name of ['rmdir', 'remove', 'unlink']) {
    def(name, (a, kw) => {
      const [p] = parseArgs(name, a, kw, ['path', 'dir_fd'], 1, { kwOnlyFrom: 1 });
      const path = pathStr(p!, name);
      fsCall(() => (name === 'rmdir' ? fs.rmdirSync(path) : unlinkFile(path)), p);
      return None;
    });
  }
  for (const name of ['rename', 'replace']) {
    def(name, (a, kw) => {
      const [src, dst] = parseArgs(name, a, kw, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], 2, { kwOnlyFrom: 2 });
      fsCall(() => fs.renameSync(pathStr(src!, name), pathStr(dst!, name)), src, dst);
      return None;
    });
  }
  for (const name of ['stat', 'lstat']) {
    def(name, (a, kw) => {
      const [p, , follow] = parseArgs(name, a, kw, ['path', 'dir_fd', 'follow_symlinks'], 1, { kwOnlyFrom: 1 });
      const target = pathArg(p!, name, name === 'stat');
      const useLstat = name === 'lstat' || (follow !== null && !truthy(follow));
      return statToPy(fsCall(() => (typeof target === 'number' ? fs.fstatSync(target, { bigint: true })
        : useLstat ? fs.lstatSync(target, { bigint: true }) : fs.statSync(target, { bigint: true })), p));
    });
  }
  def('fstat', (a, kw) => {
    const [fd] = args1('fstat', a, kw, ['fd'], 1);
    return statToPy(fsCall(() => fs.fstatSync(indexNumber(fd!), { bigint: true })));
  });
  def('access', (a, kw) => {
    const [p, mode] = parseArgs('access', a, kw, ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], 2, { kwOnlyFrom: 2 });
    try { fs.accessSync(pathStr(p!, 'access'), indexNumber(mode!)); return newBool(true); } catch { return newBool(false); }
  });
  def('chmod', (a, kw) => {
    const [p, mode] = parseArgs('chmod', a, kw, ['path', 'mode', 'dir_fd', 'follow_symlinks'], 2, { kwOnlyFrom: 2 });
    fsCall(() => fs.chmodSync(pathStr(p!, 'chmod'), indexNumber(mode!)), p);
    return None;
  });
  def('readlink', (a, kw) => {
    const [p] = parseArgs('readlink', a, kw, ['path', 'dir_fd'], 1, { kwOnlyFrom: 1 });
    return fsName(fsCall(() => fs.readlinkSync(pathStr(p!, 'readlink')), p), p instanceof PyBytes);
  });
  def('symlink', (a, kw) => {
    const [src, dst] = parseArgs('symlink', a, kw, ['src', 'dst', 'target_is_directory', 'dir_fd'], 2, { kwOnlyFrom: 3 });
    fsCall(() => fs.symlinkSync(pathStr(src!, 'symlink'), pathStr(dst!, 'symlink')), src, dst);
    return None;
  });
  def('link', (a, kw) => {
    const [src, dst] = parseArgs('link', a, kw, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd', 'follow_symlinks'], 2, { kwOnlyFrom: 2 });
    fsCall(() => fs.linkSync(pathStr(src!, 'link'), pathStr(dst!, 'link')), src, dst);
    return None;
  });
  def('utime', (a, kw) => {
    const [p, times] = parseArgs('utime', a, kw, ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], 1, { kwOnlyFrom: 2 });
    let at = Date.now() / 1000, mt = at;
    if (times !== null && times !== None) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) throw pyError(E.TypeError, 'utime: \'times\' must be either a tuple of two ints or None');
      const num = (o: PyObject) => (o instanceof PyFloat ? o.value : Number((o as PyInt).value));
      at = num(times.items[0]); mt = num(times.items[1]);
    }
    fsCall(() => fs.utimesSync(pathStr(p!, 'utime'), at, mt), p);
    return None;
  });
  def('truncate', (a, kw) => {
    const [p, len] = args1('truncate', a, kw, ['path', 'length'], 2);
    const target = pathArg(p!, 'truncate', true);
    fsCall(() => (typeof target === 'number' ? fs.ftruncateSync(target, indexNumber(len!)) : fs.truncateSync(target, indexNumber(len!))), p);
    return None;
  });
  def('ftruncate', (a) => { fsCall(() => fs.ftruncateSync(indexNumber(a[0]), indexNumber(a[1]))); return None; });

  // ---- file descriptors ----
  def('open', (a, kw) => {
    const [p, flags, mode] = parseArgs('open', a, kw, ['path', 'flags', 'mode', 'dir_fd'], 2, { kwOnlyFrom: 3 });
    return newInt(fsCall(() => fs.openSync(pathStr(p!, 'open'), indexNumber(flags!), intArg(mode, 0o777)), p));
  });
  def('close', (a, kw) => { const [fd] = args1('close', a, kw, ['fd'], 1); fsCall(() => fs.closeSync(indexNumber(fd!))); return None; });
  def('read', (a) => {
    if (a.length !== 2) throw pyError(E.TypeError, `read expected 2 arguments, got ${a.length}`);
    const buf = Buffer.alloc(indexNumber(a[1]));
    const n = fsCall(() => fs.readSync(indexNumber(a[0]), buf, 0, buf.length, null));
    return newBytes(new Uint8Array(buf.subarray(0, n)));
  });
  def('write', (a) => {
    if (a.length !== 2) throw pyError(E.TypeError, `write expected 2 arguments, got ${a.length}`);
    const data = a[1];
    if (!(data instanceof PyBytes)) throw pyError(E.TypeError, `a bytes-like object is required, not '${typeName(data)}'`);
    const fd = indexNumber(a[0]);
    if (fd === 1) flushStdout();
    return newInt(fsCall(() => fs.writeSync(fd, data.data)));
  });
  def('isatty', (a) => newBool(fsCall(() => { try { return process.stdout.isTTY === true && indexNumber(a[0]) === 1; } catch { return false; } })));
  def('fsync', (a) => { fsCall(() => fs.fsyncSync(indexNumber(a[0]))); return None; });

  // ---- process and environment ----
  def('getpid', () => newInt(process.pid));
  def('getppid', () => newInt(process.ppid));
  def('getuid', () => newInt(process.getuid?.() ?? 0));
  def('geteuid', () => newInt(process.geteuid?.() ?? 0));
  def('getgid', () => newInt(process.getgid?.() ?? 0));
  def('getegid', () => newInt(process.getegid?.() ?? 0));
  def('getlogin', () => newStr(process.env.USER ?? process.env.LOGNAME ?? 'root'));
  def('cpu_count', () => newInt(cpus().length || 1));
  def('umask', (a) => newInt(process.umask(indexNumber(a[0]))));
  def('strerror', (a) => { if (a.length !== 1) throw pyError(E.TypeError, `strerror() takes exactly one argument (${a.length} given)`); return newStr(strerror(indexNumber(a[0]))); });
  def('urandom', (a) => {
    if (a.length !== 1) throw pyError(E.TypeError, `urandom() takes exactly one argument (${a.length} given)`);
    const n = indexNumber(a[0]);
    if (n < 0) throw pyError(E.ValueError, 'negative argument not allowed');
    return newBytes(new Uint8Array(randomBytes(n)));
  });
  const environ = newDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) environ.setItem(newStr(k), newStr(v));
  ns.setStr('environ', environ);
  def('putenv', (a) => {
    if (a.length !== 2) throw pyError(E.TypeError, `putenv expected 2 arguments, got ${a.length}`);
    const k = pathStr(a[0], 'putenv'), v = pathStr(a[1], 'putenv');
    if (k === '' || k.includes('=')) throw pyError(E.ValueError, 'illegal environment variable name');
    process.env[k] = v;
    return None;
  });
  def('unsetenv', (a) => {
    if (a.length !== 1) throw pyError(E.TypeError, `unsetenv() takes exactly one argument (${a.length} given)`);
    delete process.env[pathStr(a[0], 'unsetenv')];
    return None;
  });
  def('_exit', (a) => { flushStdout(); process.exit(indexNumber(a[0])); });
  def('kill', (a) => { fsCall(() => process.kill(indexNumber(a[0]), indexNumber(a[1]))); return None; });

  for (const [k, v] of Object.entries(OPEN_FLAGS)) ns.setStr(k, newInt(v));
  for (const [k, v] of Object.entries({ F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2 })) ns.setStr(k, newInt(v));
  ns.setStr('stat_result', statResult.type);
  ns.setStr('error', E.OSError);
  void makeOSError;
  return m;
}

/** unlink that refuses directories with EISDIR as Linux does (Node reports EPERM there). */
function unlinkFile(path: string): void {
  let isDir = false;
  try { isDir = fs.lstatSync(path).isDirectory(); } catch { /* unlinkSync reports the error */ }
  if (isDir) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  fs.unlinkSync(path);
}
