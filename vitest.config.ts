import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // The JSON report lets .ci/run end with one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.cache/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/cluster/**'] },
      },
      {
        // Builds the site once and serves it on loopback; see test/site/setup.ts.
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'], exclude: ['test/site/lighthouse.test.ts'], globalSetup: ['test/site/setup.ts'], hookTimeout: 120_000 },
      },
      {
        // Lighthouse on the site's test build (test/site/setup.ts builds it once more for this
        // project): last and alone, since it measures time and the other tests' load would be in it.
        extends: true,
        test: { name: 'lighthouse', include: ['test/site/lighthouse.test.ts'], globalSetup: ['test/site/setup.ts'], hookTimeout: 120_000, sequence: { groupOrder: 2 } },
      },
      {
        // Three `npm start` instances, PostgreSQL and nginx (test/cluster/setup.ts): after the
        // others and alone, so neither they nor the others' timing suffer from the load.
        extends: true,
        test: { name: 'cluster', include: ['test/cluster/**/*.test.ts'], globalSetup: ['test/cluster/setup.ts'], hookTimeout: 180_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
