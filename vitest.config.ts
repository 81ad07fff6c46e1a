import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three suites, run in this order by `npm test` (scripts/test.sh):
//   unit         plain functions, in-memory zones, conformance suites (test/**, except the two below)
//   integration  the DNS client against real BIND + dnsdist on 127.0.0.1 (test/integration)
//   e2e          the built extension in real Chromium (test/e2e)
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/integration/**', 'test/e2e/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One retry: in about one run of seventeen, one browser test waited past its 30 s limit on a
          // loaded machine. A test that fails twice fails the run, and vitest marks retried tests.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
