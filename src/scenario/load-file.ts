import { ScenarioError } from './errors';
import { parseScenarioFile } from './parse-file';
import type { ParseScenarioOptions } from './resolve';
import type { ScenarioInput } from './schema';

/**
 * Reads a scenario file (YAML or JSON, by extension; YAML is a superset of JSON so anything else
 * is read as YAML), checks it like `resolveScenario`, and returns the scenario as written, typed:
 * ready for `simulate`, `runExperiment` or `mergeScenario` without a cast. A file that says
 * `extends: ./base.yaml` is merged over its base (see `loadScenarioFile`); the result has no
 * `extends` field. To read a file without checking it (a scenario to repair, or to report on),
 * use `loadScenarioFile(path).input` or `parseScenarioFile`.
 *
 * @param path - the scenario file
 * @param options - see `ParseScenarioOptions` (e.g. `policies`, to check a custom policy's options)
 * @throws ScenarioFileError (an Error) with a one-line message naming the file when it cannot be
 *   read or parsed (with the line and column of a syntax error), or its `extends` chain is broken;
 *   ScenarioError listing every problem of the scenario (`path: message`, naming the base file a
 *   value came from)
 */
export function readScenarioFile(path: string, options: ParseScenarioOptions = {}): ScenarioInput {
  const parsed = parseScenarioFile(path, options);
  if (!parsed.ok) throw new ScenarioError(parsed.errors, parsed.warnings);
  return parsed.input as ScenarioInput;
}
