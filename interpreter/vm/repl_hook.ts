// PRINT_EXPR: how the interactive prompt shows an expression statement's value (sys.displayhook).

import { PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { repr } from './ops/protocols.js';
import { ts } from './state.js';
import { writeStdout } from './stdio.js';

export function printExpr(v: PyObject): void {
  if (v === None) return;
  ts.builtins.setStr('_', v);
  writeStdout(repr(v) + '\n');
}
