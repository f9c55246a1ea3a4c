import { loadScenarioFile } from './extends';

/**
 * Reads a scenario file (YAML or JSON, by extension; YAML is a superset of JSON so anything else
 * is read as YAML) and returns the raw, unvalidated scenario. A file that says
 * `extends: ./base.yaml` is merged over its base (see `loadScenarioFile`); the result has no
 * `extends` field. A file without `extends` is returned as written.
 *
 * @param path - the scenario file
 * @throws ScenarioFileError (an Error) with a one-line message naming the file when it cannot be
 *   read or parsed (with the line and column of a syntax error), or its `extends` chain is broken
 */
export function readScenarioFile(path: string): unknown {
  return loadScenarioFile(path).input;
}
