// Shared set-up for the FFI tests: builds test/c/build/libffitest.so (when stale) and loads the
// compiled FFI engine from dist/ (run `npx tsc -p tsconfig.json` first).
// @ts-ignore -- plain ESM helper without type declarations
import { buildFfiTestLib } from '../../c/build.js';
// @ts-ignore -- compiled output, no .d.ts (declaration: false)
import * as ffiModule from '../../../dist/ffi/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ffi: any = ffiModule;
export const T = ffi.types;
export const M = ffi.memory;

let lib: any;
/** The loaded libffitest.so Library (built on first use). */
export function testLib(): any {
  if (!lib) lib = ffi.loadLibrary(buildFfiTestLib());
  return lib;
}

/** A CFunction from libffitest: fn('add1', [T.sint], T.sint). */
export function fn(name: string, args: unknown[], result: unknown = T.void, extra: object = {}): any {
  return ffi.cfunction(testLib().symbol(name), { args, result, ...extra }, name);
}

export function libcFn(name: string, args: unknown[], result: unknown = T.void, extra: object = {}): any {
  return ffi.cfunction(ffi.loadLibrary('libc.so.6').symbol(name), { args, result, ...extra }, name);
}

export const enc = (s: string) => new TextEncoder().encode(s);
export const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** The FFIError thrown by f (fails the test when nothing or something else is thrown). */
export function ffiError(f: () => unknown): { pyType: string; message: string; argIndex?: number } {
  try {
    f();
  } catch (e) {
    if (e instanceof ffi.FFIError) return e as any;
    throw e;
  }
  throw new Error('expected an FFIError');
}
