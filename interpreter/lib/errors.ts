// The one exception type of interpreter/lib: an algorithm that must raise a Python exception
// throws PyLibError naming the Python exception class; the object model converts it into the
// real Python exception object (args = [message], or `args` when CPython uses other args).

export class PyLibError extends Error {
  /**
   * @param pyType name of the Python exception class, e.g. 'ValueError'
   * @param message CPython's exact message (str(exc))
   * @param args the exception's args when they are not just (message,), e.g. OverflowError(34,
   *   'Numerical result out of range') from float pow, or UnicodeDecodeError's five args
   */
  constructor(readonly pyType: string, message: string, readonly args?: readonly unknown[]) {
    super(message);
  }
}

/** Throws a PyLibError; returns `never` so callers can write `return raise(...)`. */
export function raise(pyType: string, message: string, args?: readonly unknown[]): never {
  throw new PyLibError(pyType, message, args);
}
