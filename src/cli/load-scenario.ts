import { PolicyRegistry } from '../routing/registry';
import { formatIssue } from '../scenario/errors';
import { readScenarioFile } from '../scenario/load-file';
import { parseScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { didYouMean } from '../util/closest-name';
import { CliError } from './cli-error';

/**
 * Reads and validates a scenario file for the CLI: prints warnings to stderr, and throws a
 * CliError (exit code 2) listing every problem when it is invalid. Returns the raw input, which
 * experiments send to worker threads.
 */
export function loadScenario(file: string, options: { policyNames?: readonly string[] } = {}): ScenarioInput {
  const known = PolicyRegistry.withBuiltIns().names();
  for (const name of options.policyNames ?? []) {
    if (!known.includes(name)) {
      throw new CliError(`--policy: unknown policy '${name}'${didYouMean(name, known) || '.'} Known policies: ${known.join(', ')}`);
    }
  }
  const raw = readScenarioFile(file);
  const parsed = parseScenario(raw, { knownPolicies: known });
  for (const w of parsed.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  if (!parsed.ok) {
    throw new CliError(`${file}: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}\n${parsed.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`, 2);
  }
  return raw as ScenarioInput;
}
