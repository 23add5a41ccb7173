import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // The JSON report lets .ci/run end with one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.cache/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**'] },
      },
      {
        // Builds the site once and serves it on loopback; see test/site/setup.ts.
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: ['test/site/setup.ts'], hookTimeout: 120_000 },
      },
    ],
  },
});
