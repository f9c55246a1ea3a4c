import { PolicyRegistry } from '../routing/registry';
import { formatIssue } from '../scenario/errors';
import { parseScenarioFile, type ParseFileResult } from '../scenario/parse-file';
import type { ScenarioInput } from '../scenario/schema';
import { didYouMean } from '../util/closest-name';
import { CliError } from './cli-error';

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Policy names given on the command line, checked against the registry first. */
  policyNames?: readonly string[];
  /**
   * Where warnings go, one line each.
   * @default a line on process.stderr
   */
  warn?: (line: string) => void;
}

/**
 * Reads and validates a scenario file for the CLI: prints warnings to stderr, and throws a
 * CliError (exit code 2) listing every problem when it is invalid. Returns the raw input, which
 * experiments send to worker threads.
 */
export function loadScenario(file: string, options: LoadOptions = {}): ScenarioInput {
  const known = PolicyRegistry.withBuiltIns().names();
  for (const name of options.policyNames ?? []) {
    if (!known.includes(name)) {
      throw new CliError(`--policy: unknown policy '${name}'${didYouMean(name, known) || '.'} Known policies: ${known.join(', ')}`);
    }
  }
  const parsed = parseFile(file, known);
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const w of parsed.warnings) warn(`warning: ${file}: ${formatIssue(w)}`);
  if (!parsed.ok) {
    throw new CliError(`${file}: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}\n${parsed.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`, 2);
  }
  return parsed.input as ScenarioInput;
}

/**
 * Reads a scenario file with its `extends` chain and parses it, turning read and syntax errors
 * into CliErrors (one line, no stack).
 */
function parseFile(file: string, knownPolicies: readonly string[]): ParseFileResult {
  try {
    return parseScenarioFile(file, { knownPolicies });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}
