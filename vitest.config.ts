import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples import the package by name; in tests that is the source.
    alias: [
      { find: /^routelab\/report$/, replacement: fileURLToPath(new URL('./src/report/index.ts', import.meta.url)) },
      { find: /^routelab$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // beforeAll hooks that run an experiment and render a report take seconds on a loaded machine
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine (CI's).
    // Two workers there run the suite in about 160 s instead of about 290 s (sum of file times
    // 287 s, 2026-12-07): the main process only transforms files, which is light next to the tests.
    maxWorkers: availableParallelism(),
    // Test files share their worker's module cache instead of re-importing the library per file:
    // the suite runs in about 85 s instead of 175 s on 2 cores. Tests must not leave global state
    // behind (restore spies, close pools and browsers).
    isolate: false,
  },
});
