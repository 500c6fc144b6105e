// Node's filesystem errors as Python OSErrors: errno numbers (Linux), glibc's strerror texts,
// and the OSError subclass CPython picks for each errno (FileNotFoundError for ENOENT, ...).

import { PyObject } from '../../objects/object.js';
import { newInt } from '../../objects/int.js';
import { newStr } from '../../objects/str.js';
import { None } from '../../objects/singletons.js';
import { E, excType, PyBaseException } from '../../objects/exceptions.js';
import { call } from '../../vm/ops/protocols.js';

export const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10,
  EAGAIN: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19,
  ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28,
  ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, EDOM: 33, ERANGE: 34, EDEADLK: 35, ENAMETOOLONG: 36,
  ENOLCK: 37, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40, ENOTSUP: 95, ECONNABORTED: 103, ECONNRESET: 104,
  ESHUTDOWN: 108, ETIMEDOUT: 110, ECONNREFUSED: 111, EALREADY: 114, EINPROGRESS: 115,
};

const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 3: 'No such process',
  4: 'Interrupted system call', 5: 'Input/output error', 6: 'No such device or address',
  7: 'Argument list too long', 8: 'Exec format error', 9: 'Bad file descriptor', 10: 'No child processes',
  11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory', 13: 'Permission denied',
  14: 'Bad address', 16: 'Device or resource busy', 17: 'File exists', 18: 'Invalid cross-device link',
  19: 'No such device', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  23: 'Too many open files in system', 24: 'Too many open files', 25: 'Inappropriate ioctl for device',
  27: 'File too large', 28: 'No space left on device', 29: 'Illegal seek', 30: 'Read-only file system',
  31: 'Too many links', 32: 'Broken pipe', 33: 'Numerical argument out of domain',
  34: 'Numerical result out of range', 35: 'Resource deadlock avoided', 36: 'File name too long',
  37: 'No locks available', 38: 'Function not implemented', 39: 'Directory not empty',
  40: 'Too many levels of symbolic links', 95: 'Operation not supported',
  103: 'Software caused connection abort', 104: 'Connection reset by peer',
  108: 'Cannot send after transport endpoint shutdown', 110: 'Connection timed out',
  111: 'Connection refused', 114: 'Operation already in progress', 115: 'Operation now in progress',
};

export function strerror(errno: number): string {
  return STRERROR[errno] ?? `Unknown error ${errno}`;
}

/** The OSError subclass CPython raises for an errno. */
function subclassFor(errno: number) {
  switch (errno) {
    case 11: case 114: case 115: return excType('BlockingIOError');
    case 10: return excType('ChildProcessError');
    case 32: case 108: return excType('BrokenPipeError');
    case 103: return excType('ConnectionAbortedError');
    case 111: return excType('ConnectionRefusedError');
    case 104: return excType('ConnectionResetError');
    case 17: return excType('FileExistsError');
    case 2: return excType('FileNotFoundError');
    case 21: return excType('IsADirectoryError');
    case 20: return excType('NotADirectoryError');
    case 4: return excType('InterruptedError');
    case 1: case 13: return excType('PermissionError');
    case 3: return excType('ProcessLookupError');
    case 110: return excType('TimeoutError');
    default: return E.OSError;
  }
}

/** OSError(errno, strerror[, filename[, None, filename2]]) of the right subclass. */
export function makeOSError(errno: number, filename?: PyObject | null, filename2?: PyObject | null): PyBaseException {
  const args: PyObject[] = [newInt(errno), newStr(strerror(errno))];
  if (filename != null) args.push(filename);
  if (filename != null && filename2 != null) args.push(None, filename2); // (winerror, filename2)
  return call(subclassFor(errno), args) as PyBaseException;
}

/** The errno of an error thrown by node:fs (libuv reports negated errno values). */
export function nodeErrno(e: unknown): number | null {
  if (typeof e !== 'object' || e === null) return null;
  const { errno, code } = e as { errno?: unknown; code?: unknown };
  if (typeof code === 'string' && ERRNO[code] !== undefined) return ERRNO[code];
  if (typeof errno === 'number') return Math.abs(errno);
  return null;
}

/** Runs a node:fs call, turning its errors into Python OSErrors naming the file(s). */
export function fsCall<T>(f: () => T, filename?: PyObject | null, filename2?: PyObject | null): T {
  try { return f(); } catch (e) {
    const errno = nodeErrno(e);
    if (errno === null) throw e;
    throw makeOSError(errno, filename, filename2);
  }
}
