// Mutation testing: `npm run mutation` (every folder below), `npm run mutation -- --folder
// src/routing`, or `npm run mutation -- --mutate src/metrics/collector.ts`; scripts/mutation.ts
// sets the folder's files, its tests (vitest.mutation.config.ts) and its incremental file.
// Stryker changes result-producing code in small ways and checks that some test fails. Too slow for
// CI; the README's testing section gives the latest scores (`npm run mutation:scores`).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/model/**/*.ts',
    'src/metrics/**/*.ts',
    'src/experiment/**/*.ts',
    'src/routing/**/*.ts',
    '!src/**/index.ts',
  ],
  // Results are kept in committed files (reports/stryker-incremental/<folder>.json): a later run
  // only tests the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Mutants in code that runs when a module loads (constant tables) would need every test run
  // with a fresh module cache for each of them: hours. They are reported as ignored.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  // A mutant may take its tests' normal time x 3 + 30 s before it counts as a timeout (an
  // endless loop is detected, not waited out). The margin is wide because a timeout counts as
  // detected: on a machine shared by several runs (session 13: load 15 on 2 cores) tests ran ~7x
  // slower than in the dry run, and x 1.5 + 10 s turned every mutant of a run into a "timeout".
  timeoutFactor: 3,
  timeoutMS: 30_000,
  dryRunTimeoutMinutes: 60,
  tempDirName: '.stryker-tmp',
  // Other runs' sandboxes and build output are not copied into a sandbox.
  ignorePatterns: ['.stryker-tmp', '.scratch', 'dist', 'coverage', 'api-docs'],
  cleanTempDir: 'always',
};
