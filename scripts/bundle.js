// Bundles the compiled CLI (dist/interpreter/cli/main.js and everything it imports) into one
// file, dist/tspy.mjs: loading ~200 separate ES modules dominated start-up time.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/interpreter/cli/main.js'],
  outfile: 'dist/tspy.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['koffi', 'ohm-js', 'acorn'],
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
  // Modules that locate files relative to themselves (the grammar recipe, stdlib/) ask for
  // import.meta.url; in the bundle that is dist/tspy.mjs, so they must resolve from dist/.
  banner: { js: '// tspy, bundled by scripts/bundle.js' },
});
