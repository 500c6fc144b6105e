// Shared set-up for the JIT tests: the compiled JIT modules from dist/ (run `npx tsc -p
// tsconfig.json` first), a name table for trace texts, and before/after helpers for passes.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { expect } from 'vitest';
// @ts-ignore -- compiled output, no .d.ts
import * as irMod from '../../../dist/jit/ir.js';
// @ts-ignore
import * as textMod from '../../../dist/jit/ir_text.js';
// @ts-ignore
import * as verifyMod from '../../../dist/jit/ir_verify.js';
// @ts-ignore
import * as objMod from '../../../dist/jit/objmodel.js';
// @ts-ignore
import * as pipelineMod from '../../../dist/jit/opt/pipeline.js';
// @ts-ignore
import * as compiledMod from '../../../dist/jit/backend/compiled.js';
// @ts-ignore
import * as validateMod from '../../../dist/jit/backend/validate.js';
// @ts-ignore
import * as objectMod from '../../../dist/interpreter/objects/object.js';

export const ir: any = irMod;
export const text: any = textMod;
export const obj: any = objMod;
export const pipeline: any = pipelineMod;
export const { CompiledLoop } = compiledMod as any;
export const { validateSource } = validateMod as any;

/** Stand-ins for code objects in resume data. */
export const loopCode = { qualname: 'f', firstlineno: 1, name: 'f' };
export const innerCode = { qualname: 'g', firstlineno: 9, name: 'g' };
export function helper(a: any, b: any): any { return obj.boxInt(a.value + b.value); }
export function pureAdd(a: number, b: number): number { return a + b; }

/** A user class with a map holding attributes x, y. */
const om: any = objectMod;
export const Point = new om.PyType(om.typeType, 'Point', [om.objectType], om.TF_BASETYPE | om.TF_HEAPTYPE);
const ROOT = obj.AttrMap.ROOT;
export const mapXY = ROOT.withAttr('x').withAttr('y');
export const mapX = ROOT.withAttr('x');

export const names: Record<string, unknown> = {
  f: loopCode, g: innerCode, intType: obj.intType, floatType: obj.floatType, tupleType: obj.tupleType,
  listType: obj.listType, Point, mapXY, mapX, helper, pureAdd,
  int7: obj.boxInt(7), True: obj.True, False: obj.False, hello: obj.makeTuple([]),
};

export const parse = (src: string): any => text.parseTrace(src, names);
export const print = (t: any): string => text.printTrace(t, { names });
export const verify = (t: any, opts?: any): void => verifyMod.verifyTrace(t, opts);

/** Normalises a trace text (renumbering, spacing) by a parse/print round trip. */
export const norm = (src: string): string => print(parse(src));

/** Runs `pass` over `before` and checks the result prints as `after`. */
export function expectPass(pass: (t: any) => any, before: string, after: string): any {
  const t = parse(before);
  verify(t);
  const out = pass(t);
  verify(out);
  expect(print(out)).toBe(norm(after));
  return out;
}

export function optimizeChecked(src: string, opts: any = {}): any {
  const t = parse(src);
  verify(t);
  return pipeline.optimizeLoop(t, { ...opts, onPass: (_n: string, tr: any) => verify(tr) });
}

export function compile(trace: any): any {
  return new CompiledLoop(trace, { validate: true });
}
