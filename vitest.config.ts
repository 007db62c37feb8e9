import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs only the sources; `site` runs against the built dist/.
export default defineConfig({
  test: {
    // The default output, plus the slowest tests and any test past half its time limit.
    reporters: ['default', './tests/support/time-budget-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['converter/**/*.test.ts', 'src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/support/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/render/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
