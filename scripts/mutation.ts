/**
 * `npm run mutation [-- --folder src/routing[,src/metrics]] [--mutate FILES] [--concurrency N]`:
 * Stryker over one folder at a time (every folder of FOLDER_TESTS by default), each with only the
 * tests that exercise it (vitest.mutation.config.ts) and its own committed incremental file
 * (reports/stryker-incremental/<folder>.json), so a later run only tests the mutants whose code or
 * covering tests changed. `--mutate` runs the named files alone (with `--folder`, those of the
 * folder's files, kept in its incremental file; without, in reports/mutation/, not committed).
 * `--retest` drops the survivors and uncovered mutants of the files being mutated from the
 * incremental file first, so they are tested again (Stryker's incremental mode reuses a survivor
 * while its old covering tests are unchanged, even after a new test that kills it was added).
 * `--incremental <name>` keeps one folder's run in reports/stryker-incremental/<name>.json instead
 * (so two people can measure different files of one folder at once; the score table adds up the
 * files of every incremental file by folder). `--tests <globs>` replaces the folder's test list for one run
 * (a narrower, faster list for a file every test covers, such as src/model/engine.ts).
 * Prints the per-folder score table at the end (`npm run mutation:scores` reprints it).
 * Scores are lower bounds: a mutant that only a test outside the folder's list would kill counts
 * as a survivor.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import { formatScoreTable, folderOf, INCREMENTAL_DIR, readReports, scoreRows } from './mutation-scores';

/**
 * The test files that exercise each folder (globs for vitest; a leading `!` leaves files out).
 * Left out: tests whose simulations run in worker threads (a mutant is only active in the test's
 * own thread, so they kill little, and each takes 15-40 s a mutant).
 */
const FOLDER_TESTS: Record<string, readonly string[]> = {
  'src/experiment': [
    'test/experiment/**/*.test.ts',
    // one glob each: the list is passed comma-separated, which split a {a,b} glob (and let these in)
    ...['auto-threads', 'thread-count-invariance', 'shared-runner', 'policy-module'].map((f) => `!test/experiment/${f}.test.ts`),
  ],
  // The due-callback journeys check selectors.ts's compareDueCallbacks through whole simulations
  // (about a second in all).
  'src/routing': ['test/routing/**/*.test.ts', 'test/journey/due-callback*.test.ts'],
  // journey-invariants (random centers, 13 s of the list's ~35 s) is left out: every mutant of the
  // folder runs it, and the exact-count tests of test/metrics check the same tallies by hand. The
  // model tests named here (under a second in all) are the exact checks of the queue-exit,
  // self-service, silent-abandonment, messaging-session and interruption collectors.
  'src/metrics': [
    'test/metrics/**/*.test.ts',
    'test/journey/**/*.test.ts',
    '!test/journey/journey-invariants.test.ts',
    // (one glob each: scripts/mutation.ts passes the list comma-separated)
    ...['queue-exits-exact', 'self-service', 'silent-abandonment', 'messaging-session', 'interruptions', 'interruptions-edges'].map((f) => `test/model/${f}.test.ts`),
  ],
  'src/model': ['test/model/**/*.test.ts', 'test/journey/**/*.test.ts'],
  // calibrate.test.ts replays about 20 days per test (10 s in all, 30 s on a loaded machine) for
  // every mutant of the replay's code it covers; calibrate.ts is measured with the tiny day of
  // calibrate-tiny.test.ts instead (its uncertainty interval's mutants need the long tests).
  // replay.test.ts replays the bank's day (7 s) for every mutant of replay.ts; replay-options.test.ts checks replay.ts on tiny days.
  'src/records': ['test/records/**/*.test.ts', '!test/records/calibrate.test.ts', '!test/records/replay.test.ts'],
  // reproducible.test.ts compares one thread with two worker threads (10 s a mutant, killing
  // nothing the other tests do not).
  'src/optimize': ['test/optimize/**/*.test.ts', '!test/optimize/reproducible.test.ts'],
  'src/fit': ['test/fit/**/*.test.ts'],
};

function testsOf(folder: string): readonly string[] {
  return FOLDER_TESTS[folder] ?? [`test/${folder.replace(/^src\//, '')}/**/*.test.ts`];
}

/**
 * Removes from an incremental file the survived and uncovered mutants of the files that `mutate`
 * names (whole files, or all files when a pattern is a glob), so the next run tests them again.
 * Returns how many were dropped.
 */
function dropSurvivors(incrementalFile: string, mutate: readonly string[]): number {
  if (!existsSync(incrementalFile)) return 0;
  const report = JSON.parse(readFileSync(incrementalFile, 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>;
  };
  const named = mutate.filter((m) => !m.startsWith('!')).map((m) => m.replace(/:.*$/, ''));
  const chosen = (path: string): boolean => named.some((m) => m === path || m.includes('*'));
  let dropped = 0;
  for (const [path, file] of Object.entries(report.files)) {
    if (!chosen(path)) continue;
    const kept = file.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
    dropped += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  writeFileSync(`${incrementalFile}.tmp`, JSON.stringify(report));
  renameSync(`${incrementalFile}.tmp`, incrementalFile);
  return dropped;
}

async function runStryker(mutate: string[], tests: readonly string[], incrementalFile: string, reportName: string, concurrency: number | undefined): Promise<void> {
  process.env.MUTATION_TESTS = tests.filter((t) => !t.startsWith('!')).join(',');
  process.env.MUTATION_EXCLUDE = tests.filter((t) => t.startsWith('!')).map((t) => t.slice(1)).join(',');
  mkdirSync(INCREMENTAL_DIR, { recursive: true });
  console.log(`\nmutating ${mutate.join(', ')} with ${tests.join(', ')}`);
  await new Stryker({
    mutate,
    incrementalFile,
    // Its own sandbox folder, so that runs of two folders can go at once.
    tempDirName: `.stryker-tmp/${reportName}`,
    htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
    jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
    ...(concurrency === undefined ? {} : { concurrency }),
  }).runMutationTest();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      folder: { type: 'string', multiple: true },
      mutate: { type: 'string' },
      concurrency: { type: 'string' },
      retest: { type: 'boolean' },
      incremental: { type: 'string' },
      // Test globs (comma-separated, `!` leaves out) replacing the folder's FOLDER_TESTS for this run:
      // a narrower, faster list for a file every test covers (its scores are lower bounds).
      tests: { type: 'string' },
    },
  });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    console.error(`--concurrency must be a whole number of at least 1, not '${values.concurrency}'`);
    return 1;
  }
  const files = values.mutate?.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (files !== undefined && values.folder === undefined) {
    const folders = [...new Set(files.map((f) => folderOf(f.replace(/:.*$/, ''))))];
    await runStryker(files, folders.flatMap(testsOf), 'reports/mutation/adhoc-incremental.json', 'adhoc', concurrency);
    console.log(`\n${formatScoreTable(scoreRows(readReports(['reports/mutation/adhoc.json']), true))}`);
    return 0;
  }
  const folders = (values.folder ?? Object.keys(FOLDER_TESTS)).flatMap((f) => f.split(',')).map((f) => f.trim().replace(/\/+$/, ''));
  const unknown = folders.filter((f) => !/^src\/[a-z-]+$/.test(f));
  if (unknown.length > 0) {
    console.error(`--folder takes a folder of src/ such as src/routing, not '${unknown.join("', '")}'`);
    return 1;
  }
  if (values.incremental !== undefined && (folders.length !== 1 || !/^[a-z][a-z0-9-]*$/.test(values.incremental))) {
    console.error(`--incremental takes a name such as model-flows (letters, digits, dashes) and one --folder, not '${values.incremental}'`);
    return 1;
  }
  const reports: string[] = [];
  for (const folder of folders) {
    const name = values.incremental ?? folder.slice('src/'.length);
    const incremental = `${INCREMENTAL_DIR}/${name}.json`;
    // With --folder, --mutate narrows the folder's run to some of its files (a partial measure,
    // kept in the folder's incremental file: a later full run reuses it).
    const mutate = files?.filter((f) => f.startsWith(`${folder}/`)) ?? [`${folder}/**/*.ts`, '!src/**/index.ts'];
    if (values.retest === true) console.log(`${dropSurvivors(incremental, mutate)} survivors of ${folder} to test again`);
    const tests = values.tests?.split(',').map((t) => t.trim()).filter((t) => t !== '');
    await runStryker(mutate, tests ?? testsOf(folder), incremental, name, concurrency);
    reports.push(incremental);
  }
  console.log(`\n${formatScoreTable(scoreRows(readReports(reports)))}`);
  return 0;
}

process.exitCode = await main();
