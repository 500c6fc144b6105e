// The koffi module and the handful of libc functions the FFI itself is built on (allocation,
// memmove/memset, dlopen/dlsym). Bound once at import; every pointer crosses as a JS number
// (`uintptr_t` in the koffi signature), which is both faster than koffi's BigInt pointers and
// the representation the Python side uses (see memory.ts for the address convention).
import koffi from 'koffi';

export { koffi };
export type KoffiType = ReturnType<typeof koffi.type>;
export type KoffiFunction = ((...args: unknown[]) => unknown) & { info?: unknown };

const libc = koffi.load('libc.so.6');

export const c_calloc = libc.func('calloc', 'uintptr_t', ['size_t', 'size_t']) as (n: number, size: number) => number;
export const c_aligned_alloc = libc.func('aligned_alloc', 'uintptr_t', ['size_t', 'size_t']) as (align: number, size: number) => number;
export const c_free = libc.func('free', 'void', ['uintptr_t']) as (p: number) => void;
export const c_memmove = libc.func('memmove', 'uintptr_t', ['uintptr_t', 'uintptr_t', 'size_t']) as (d: number, s: number, n: number) => number;
export const c_memset = libc.func('memset', 'uintptr_t', ['uintptr_t', 'int', 'size_t']) as (d: number, c: number, n: number) => number;

// glibc >= 2.34 has dlopen & co in libc itself; older ones keep them in libdl.so.2.
const libdl = (() => {
  try {
    libc.symbol('dlopen');
    return libc;
  } catch {
    return koffi.load('libdl.so.2');
  }
})();

export const c_dlopen = libdl.func('dlopen', 'uintptr_t', ['str', 'int']) as (path: string | null, mode: number) => number;
export const c_dlsym = libdl.func('dlsym', 'uintptr_t', ['uintptr_t', 'str']) as (handle: number, name: string) => number;
export const c_dlclose = libdl.func('dlclose', 'int', ['uintptr_t']) as (handle: number) => number;
export const c_dlerror = libdl.func('dlerror', 'str', []) as () => string | null;

export const RTLD_LAZY = 0x1;
export const RTLD_NOW = 0x2;
export const RTLD_GLOBAL = 0x100;
export const RTLD_LOCAL = 0;
