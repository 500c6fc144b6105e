// Test configuration: unit tests import the compiled tree in dist/ (built by `npm test` first);
// the conformance corpus runs bin/tspy.js on test/py scripts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
