import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests; integration tests against a real PostgreSQL (one server per
// run, a fresh database per test file cloned from a migrated template); browser journeys in
// Chromium against a real server started with the demo district (run by scripts/e2e.mjs).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts'],
          globalSetup: ['packages/server/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          // A browser on a busy two-core machine: polls wait up to 10 s (the default is 1 s).
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
