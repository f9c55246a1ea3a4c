import type { ScenarioIssue } from './errors';
import { loadScenarioFile } from './extends';
import { parseScenario, type ParseResult, type ParseScenarioOptions } from './resolve';

/**
 * Parsing a scenario file: read it with its `extends` chain, parse the merged scenario, and say
 * in each message about a value that came from a base file which file that was.
 *
 * @module
 */

/** The outcome of {@link parseScenarioFile}: a {@link ParseResult} plus what was read. */
export type ParseFileResult = ParseResult & {
  /** The merged scenario as given to `parseScenario` (no `extends`). */
  readonly input: unknown;
  /** The files read: the given file first, then the files it extends. */
  readonly files: readonly string[];
};

/**
 * Reads a scenario file (resolving `extends`) and parses it like {@link parseScenario}. An issue
 * about a value set in a base file ends with `(from <base file>)`:
 * `contactTypes[0].handleTime.cv: lognormal: cv must be a positive finite number, got -1 (from
 * scenarios/base.yaml)`. Paths are those of the merged scenario.
 *
 * @param path - the scenario file
 * @param options - see {@link ParseScenarioOptions}
 * @throws ScenarioFileError when the file or a base cannot be read (see `loadScenarioFile`);
 *   problems of the scenario itself are returned, not thrown
 */
export function parseScenarioFile(path: string, options: ParseScenarioOptions = {}): ParseFileResult {
  const loaded = loadScenarioFile(path);
  const result = parseScenario(loaded.input, options);
  const top = loaded.files[0];
  const annotate = (issues: readonly ScenarioIssue[]): ScenarioIssue[] =>
    issues.map((issue) => {
      const source = loaded.sourceOf(issue.path);
      return source === top ? issue : { path: issue.path, message: `${issue.message} (from ${source})` };
    });
  const extra = { input: loaded.input, files: loaded.files };
  return result.ok
    ? { ...result, warnings: annotate(result.warnings), ...extra }
    : { ...result, errors: annotate(result.errors), warnings: annotate(result.warnings), ...extra };
}
