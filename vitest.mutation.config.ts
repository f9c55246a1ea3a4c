import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * Vitest settings for mutation runs (`npm run mutation`): only the test files that exercise the
 * folder being mutated, named by `MUTATION_TESTS` and `MUTATION_EXCLUDE` (comma-separated globs,
 * set by scripts/mutation.ts). Fewer tests make Stryker's dry run and each mutant's run affordable on 2
 * cores; mutants that only the other tests would kill count as survivors, so scores measured this
 * way are lower bounds.
 */
function globs(variable: string): string[] {
  return (process.env[variable] ?? '')
    .split(',')
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '');
}
const selected = globs('MUTATION_TESTS');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Stryker runs one test process per mutant slot (`--concurrency`): one worker each, as before
    // the base config asked for one per core.
    maxWorkers: 1,
    include: selected.length > 0 ? selected : ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...globs('MUTATION_EXCLUDE')],
  },
});
