// The one error type of the FFI layer: a JS Error that names the Python exception it becomes.
// The Python modules (_rawffi, _ffi) catch FFIError and raise `pyType` with `message`; nothing in
// ffi/ throws a bare Error for a user mistake, so no JS stack trace ever reaches a Python user.

export type PyErrorType = 'TypeError' | 'ValueError' | 'OSError' | 'AttributeError' | 'OverflowError' | 'MemoryError';

export class FFIError extends Error {
  /** For argument conversion errors: the 1-based argument number, so ctypes can raise
   *  `ArgumentError("argument N: TypeError: ...")` the way CPython does. */
  argIndex?: number;
  /** For OSError: the errno value, when there is one. */
  errno?: number;

  constructor(public pyType: PyErrorType, message: string) {
    super(message);
    this.name = `FFIError(${pyType})`;
  }
}

export function typeError(message: string): FFIError {
  return new FFIError('TypeError', message);
}

export function valueError(message: string): FFIError {
  return new FFIError('ValueError', message);
}

export function overflowError(message: string): FFIError {
  return new FFIError('OverflowError', message);
}

/** Python-ish name of a JS value's type, for messages ("int", "float", "str", "bytes", "NoneType"). */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? 'int' : 'float';
    case 'bigint': return 'int';
    case 'boolean': return 'bool';
    case 'string': return 'str';
    case 'function': return 'function';
  }
  if (v instanceof Uint8Array) return 'bytes';
  const ctor = (v as { constructor?: { name?: string } }).constructor;
  return ctor?.name ?? 'object';
}
