// Interpreter-wide state (CPython's thread state): the current frame, call depth and limit, and
// the exception currently being handled (what bare `raise` and sys.exc_info() see).

import type { Frame } from './frame.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { PyDict } from '../objects/dict.js';

export const ts = {
  frame: null as Frame | null,
  depth: 0,
  recursionLimit: 1000,
  handled: null as PyBaseException | null,
  /** The builtins module's namespace, set at start-up. */
  builtins: null as unknown as PyDict,
};
