/**
 * `npm run mutation:merge -- <from.json> <into.json>`: adds the files of one Stryker incremental
 * file to another (a file measured in both keeps the `from` version), so runs kept apart with
 * `npm run mutation -- --incremental <name>` end up in their folder's file. Test ids differ between
 * files: each test is matched by its test file and name, and the mutants' `coveredBy` and
 * `killedBy` lists are rewritten to the ids of `into`, so Stryker's next incremental run reuses
 * the merged results. `into` is written atomically; `from` is left as it is.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MutationTestResult, TestFileDefinitionDictionary } from 'mutation-testing-report-schema';

/** A test's key across incremental files: its test file and its full name. */
function testKey(file: string, name: string): string {
  return `${file}\u0000${name}`;
}

/**
 * `into` with the files and tests of `from` added (a new object; neither argument changes).
 * Throws if a mutant of `from` names a test id `from` does not define.
 */
export function mergeIncremental(into: MutationTestResult, from: MutationTestResult): MutationTestResult {
  const merged = structuredClone(into);
  const testFiles: TestFileDefinitionDictionary = (merged.testFiles ??= {});
  const idOf = new Map<string, string>();
  let next = 0;
  for (const [file, definition] of Object.entries(testFiles)) {
    for (const test of definition.tests) {
      idOf.set(testKey(file, test.name), test.id);
      if (/^\d+$/.test(test.id)) next = Math.max(next, Number(test.id) + 1);
    }
  }
  const remap = new Map<string, string>();
  for (const [file, definition] of Object.entries(from.testFiles ?? {})) {
    const target = (testFiles[file] ??= { ...structuredClone(definition), tests: [] });
    for (const test of definition.tests) {
      const key = testKey(file, test.name);
      let id = idOf.get(key);
      if (id === undefined) {
        id = String(next++);
        idOf.set(key, id);
        target.tests.push({ ...structuredClone(test), id });
      }
      remap.set(test.id, id);
    }
  }
  const ids = (list: readonly string[] | undefined, where: string): string[] | undefined =>
    list?.map((id) => {
      const mapped = remap.get(id);
      if (mapped === undefined) throw new Error(`${where}: test id ${id} is not among the incremental file's tests`);
      return mapped;
    });
  for (const [path, file] of Object.entries(from.files)) {
    const copy = structuredClone(file);
    for (const mutant of copy.mutants) {
      const coveredBy = ids(mutant.coveredBy, `${path} mutant ${mutant.id}`);
      const killedBy = ids(mutant.killedBy, `${path} mutant ${mutant.id}`);
      if (coveredBy !== undefined) mutant.coveredBy = coveredBy;
      if (killedBy !== undefined) mutant.killedBy = killedBy;
    }
    merged.files[path] = copy;
  }
  return merged;
}

function main(args: readonly string[]): number {
  const [from, into] = args;
  if (args.length !== 2 || from === undefined || into === undefined || from === into) {
    console.error('usage: npm run mutation:merge -- <from.json> <into.json> (two different incremental files)');
    return 1;
  }
  for (const file of [from, into]) {
    if (!existsSync(file)) {
      console.error(`${file}: no such incremental file`);
      return 1;
    }
  }
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as MutationTestResult;
  const source = read(from);
  const merged = mergeIncremental(read(into), source);
  writeFileSync(`${into}.tmp`, JSON.stringify(merged));
  renameSync(`${into}.tmp`, into);
  console.log(`merged ${Object.keys(source.files).length} source files of ${from} into ${into}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
