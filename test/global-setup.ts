// Before any test: build the C test library used by the FFI tests (test/c/build.js).
export default async function setup(): Promise<void> {
  try {
    const mod = await import('./c/build.js');
    const build = (mod as { buildTestLibrary?: () => unknown; default?: () => unknown }).buildTestLibrary ?? mod.default;
    if (typeof build === 'function') await build();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}
