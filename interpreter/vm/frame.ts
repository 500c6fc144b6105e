// An activation of a code object: fast locals, cells, the value stack and the pc. Generators keep
// their frame between resumptions; tracebacks and the JIT's resume data describe frames.

import type { CodeObject, CodeConst } from '../compiler/code.js';
import { PyObject } from '../objects/object.js';
import { PyCell, PyFunction } from '../objects/function.js';
import { PyDict, newDict } from '../objects/dict.js';
import { newIntBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, internStr } from '../objects/str.js';
import { newBytes } from '../objects/bytes.js';
import { newTuple } from '../objects/tuple.js';
import { frozensetConstant } from '../types/set.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { True, False } from '../objects/int.js';
import { makeBuiltinType } from '../objects/object.js';
import { newComplex } from '../objects/complex.js';

export const codeType = makeBuiltinType('code', undefined, 0);
export const frameType = makeBuiltinType('frame', undefined, 0);

/** A code object as a Python value (MAKE_FUNCTION's operand, `f.__code__`). */
export class PyCode extends PyObject {
  constructor(public code: CodeObject) { super(codeType); }
}

export interface CodeRuntime {
  consts: PyObject[];
  /** Packed arrays of nulls that new frames copy (slice of a packed array beats fill). */
  fastTemplate: (PyObject | null)[];
  stackTemplate: (PyObject | null)[];
}

export function boxConst(c: CodeConst): PyObject {
  switch (c.t) {
    case 'None': return None;
    case 'Ellipsis': return Ellipsis;
    case 'bool': return c.v ? True : False;
    case 'int': return newIntBig(c.v);
    case 'float': return newFloat(c.v);
    case 'complex': return newComplex(0, c.imag);
    case 'str': return c.v.length < 40 ? internStr(c.v) : newStr(c.v);
    case 'bytes': return newBytes(c.v);
    case 'tuple': return newTuple(c.items.map(boxConst));
    case 'frozenset': return frozensetConstant(c.items.map(boxConst));
    case 'code': return new PyCode(c.code);
  }
}

function nulls(n: number): (PyObject | null)[] {
  const a: (PyObject | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/** The code object's runtime data (boxed constants, frame templates), made once. */
export function codeRuntime(code: CodeObject): CodeRuntime {
  let rt = code.runtime as CodeRuntime | null;
  if (rt === null) {
    code.runtime = rt = {
      consts: code.consts.map(boxConst),
      fastTemplate: nulls(code.varnames.length),
      stackTemplate: nulls(code.stacksize + 1),
    };
  }
  return rt;
}

export function codeConsts(code: CodeObject): PyObject[] { return codeRuntime(code).consts; }

export class Frame extends PyObject {
  fast: (PyObject | null)[];
  cells: PyCell[];
  stack: (PyObject | null)[];
  sp = 0;
  pc = 0;
  back: Frame | null = null;
  consts: PyObject[];
  /** Set by YIELD_VALUE/YIELD_FROM when the frame suspends rather than returns. */
  yielded = false;
  /** True once the frame has returned or raised (generators). */
  finished = false;
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    public builtins: PyDict,
    /** The namespace dict of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    public localsDict: PyDict | null,
    public func: PyFunction | null,
  ) {
    super(frameType);
    const rt = codeRuntime(code);
    this.fast = rt.fastTemplate.slice();
    this.stack = rt.stackTemplate.slice();
    this.consts = rt.consts;
    const ncell = code.cellvars.length, nfree = code.freevars.length;
    this.cells = ncell + nfree === 0 ? NO_CELLS : new Array(ncell + nfree);
    for (let i = 0; i < ncell; i++) this.cells[i] = new PyCell(null);
    if (nfree) {
      const closure = func?.closure ?? [];
      for (let i = 0; i < nfree; i++) this.cells[ncell + i] = closure[i];
    }
  }

  /** Moves parameters that are cells into their cells (after argument binding). */
  initCellArgs(): void {
    const c2a = this.code.cell2arg;
    if (c2a === null) return;
    for (let i = 0; i < c2a.length; i++) {
      if (c2a[i] >= 0) { this.cells[i].contents = this.fast[c2a[i]]; }
    }
  }

  /** locals(): the namespace dict of module/class bodies, else a snapshot of fast locals and cells. */
  localsAsDict(): PyDict {
    if (this.localsDict !== null) return this.localsDict;
    const d = newDict();
    const code = this.code;
    code.varnames.forEach((n, i) => { const v = this.fast[i]; if (v !== null) d.setStr(n, v); });
    const ncell = code.cellvars.length;
    code.cellvars.forEach((n, i) => { const v = this.cells[i].contents; if (v !== null) d.setStr(n, v); });
    code.freevars.forEach((n, i) => { const v = this.cells[ncell + i].contents; if (v !== null) d.setStr(n, v); });
    return d;
  }

  /** The source line of the instruction being executed (or last executed). */
  get lineno(): number {
    const i = Math.max(0, Math.min(this.pc - 1, this.code.lines.length - 1));
    return this.code.lines.length ? this.code.lines[i] : this.code.firstlineno;
  }
}
const NO_CELLS: PyCell[] = [];
