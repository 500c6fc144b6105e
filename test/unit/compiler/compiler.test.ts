import { describe, expect, it } from 'vitest';
import {
  allCodes, checkAll, compileFixture, compiler, constfold, fixtures, moduleOf, symtable,
  type SymtableJson,
} from './helpers.js';

/** Our symbol table in the shape of the CPython-made fixture. */
function dumpTable(ste: any): SymtableJson {
  const symbols: Record<string, number> = {};
  for (const name of ste.symbols.keys()) symbols[name] = ste.combined(name);
  return {
    type: ste.type, name: ste.name, lineno: ste.lineno, symbols,
    children: ste.children.map(dumpTable),
  };
}

describe('structural invariants of compiled snippets', () => {
  for (const f of fixtures.snippets) {
    it(f.name, () => {
      expect(checkAll(compileFixture(f))).toEqual([]);
      expect(checkAll(compileFixture(f, 'single'))).toEqual([]);
    });
  }
});

describe('symbol tables match CPython 3.11', () => {
  for (const f of fixtures.snippets) {
    it(f.name, () => {
      const futureAnnotations = f.source.includes('from __future__ import annotations');
      const st = symtable.buildSymtable(constfold.foldModule(moduleOf(f)),
        { filename: f.name, sourceLines: null, futureAnnotations });
      expect(dumpTable(st.top)).toEqual(f.symtable);
    });
  }
});

describe('code objects match CPython 3.11 (names, locals, cells, flags, qualnames)', () => {
  for (const f of fixtures.snippets) {
    it(f.name, () => {
      const ours = allCodes(compileFixture(f)).map((c) => ({
        name: c.name, qualname: c.qualname, firstlineno: c.firstlineno, argcount: c.argcount,
        posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount, flags: c.flags,
        varnames: c.varnames, cellvars: c.cellvars, freevars: c.freevars, names: c.names,
        doc: (c.flags & 1) && !c.name.startsWith('<') ? c.doc : null,
      }));
      expect(ours).toEqual(f.codes);
    });
  }
});

describe('compile-time SyntaxErrors match CPython 3.11', () => {
  for (const f of fixtures.errors) {
    it(f.name, () => {
      let err: any = null;
      try {
        compiler.compile(moduleOf(f), 'err.py', 'exec', f.source);
      } catch (e) {
        err = e;
      }
      expect(err?.constructor?.name).toBe('PythonSyntaxError');
      expect({ msg: err.msg, lineno: err.lineno, offset: err.offset, text: err.text, filename: err.filename })
        .toEqual({ msg: f.msg, lineno: f.lineno, offset: f.offset, text: f.text, filename: 'err.py' });
    });
  }
});
