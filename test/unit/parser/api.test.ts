// The parser's API beyond conformance: parseExpression (eval input), literal values that JSON
// cannot show well (bigints, bytes, \N{...} names), and errors always being PythonSyntaxError.
import { describe, expect, it } from 'vitest';
import { parseExpression, parseModule, PythonSyntaxError } from '../../../dist/interpreter/parser/index.js';

const constantOf = (src: string) => {
  const body = parseExpression(src, '<string>').body;
  if (body.kind !== 'Constant') throw new Error(`not a constant: ${body.kind}`);
  return body.value;
};

describe('parseExpression', () => {
  it('parses an expression with positions', () => {
    const e = parseExpression('a + 1', '<string>');
    expect(e.kind).toBe('Expression');
    expect(e.body).toMatchObject({ kind: 'BinOp', op: 'Add', lineno: 1, col_offset: 0, end_col_offset: 5 });
  });
  it('accepts a tuple and trailing newlines', () => {
    expect(parseExpression('1, 2\n\n', '<string>').body.kind).toBe('Tuple');
  });
  it('rejects statements', () => {
    expect(() => parseExpression('x = 1', '<string>')).toThrow(PythonSyntaxError);
  });
});

describe('literal values', () => {
  it('keeps ints as bigints, however large', () => {
    expect(constantOf('123456789012345678901234567890')).toEqual({ t: 'int', v: 123456789012345678901234567890n });
    expect(constantOf('0x_ff')).toEqual({ t: 'int', v: 255n });
  });
  it('decodes bytes escapes to bytes', () => {
    expect(constantOf("b'\\x00\\xff\\n\\101' b'z'")).toEqual({ t: 'bytes', v: new Uint8Array([0, 255, 10, 65, 122]) });
  });
  it('knows common \\N{...} names and computes CJK ones', () => {
    expect(constantOf("'\\N{BULLET}\\N{greek small letter alpha}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{LINE FEED}'"))
      .toEqual({ t: 'str', v: '\u2022\u03b1\u4e00\n' });
  });
  it('keeps the backslash of invalid escapes', () => {
    expect(constantOf("'\\d\\q'")).toEqual({ t: 'str', v: '\\d\\q' });
  });
  it('reads complex and float literals', () => {
    expect(constantOf('1.5j')).toEqual({ t: 'complex', imag: 1.5 });
    expect(constantOf('1e400')).toEqual({ t: 'float', v: Infinity });
  });
});

describe('errors', () => {
  it('carries the filename and the offending line', () => {
    try {
      parseModule('x = 1\ny = (1 +\n', 'mod.py');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PythonSyntaxError);
      const err = e as PythonSyntaxError;
      expect(err.filename).toBe('mod.py');
      expect(err.text).toBe('y = (1 +');
    }
  });
  it('reports async/await (not supported yet) as a SyntaxError, not a crash', () => {
    expect(() => parseModule('async def f(): pass\n', 'f.py')).toThrow(PythonSyntaxError);
  });
});
