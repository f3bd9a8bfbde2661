import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'eval/**/*.test.ts', 'web/**/*.test.ts', 'test/**/*.test.ts'],
    // Native SQLite and real Chromium tests are slow to start on two shared cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
