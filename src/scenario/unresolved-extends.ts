import type { IssueList } from './errors';
import { record } from './raw-input';

/**
 * `extends` names a file, so only a file reader can resolve it. A scenario object that still has
 * it was read without resolving (e.g. `YAML.parse` of a file that extends another): its base's
 * fields are missing, and the reason is said at `extends`.
 *
 * @param input - the raw scenario
 * @param errors - where the issue goes
 */
export function checkUnresolvedExtends(input: unknown, errors: IssueList): void {
  const base = record(input)?.['extends'];
  if (typeof base !== 'string' || base === '') return;
  errors.add(
    ['extends'],
    `'${base}' was not read: extends is resolved when a scenario file is read with readScenarioFile, loadScenarioFile ` +
      'or parseScenarioFile; to combine scenario objects in code use mergeScenario',
  );
}
