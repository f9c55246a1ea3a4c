// Mutation testing (`npm run mutation`, or `npm run mutation -- --mutate src/metrics/collector.ts`):
// Stryker changes result-producing code in small ways and checks that some test fails. Too slow for
// CI (hours for every folder on 2 cores); the README's testing section gives the latest scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/model/**/*.ts',
    'src/metrics/**/*.ts',
    'src/experiment/**/*.ts',
    'src/routing/**/*.ts',
    '!src/**/index.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 60,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
