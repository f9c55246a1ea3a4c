import { statSync, type Stats } from 'node:fs';
import { PolicyRegistry } from '../routing/registry';
import { formatIssue, type ScenarioIssue } from '../scenario/errors';
import { loadScenarioFile, type LoadedScenarioFile } from '../scenario/extends';
import { parseScenarioDocument, ScenarioFileError } from '../scenario/read-document';
import { parseScenario } from '../scenario/resolve';
import { experimentMemoryWarning } from '../scenario/run-size';
import type { ScenarioInput } from '../scenario/schema';
import { didYouMean } from '../util/closest-name';
import { printableMessage } from '../util/excerpt';
import { fileProblem } from '../scenario/read-text';
import { CliError } from './cli-error';
import { readProcessStdin } from './cli-io';
import type { OutputFiles } from './output-file';
import { applyOverrides, overriddenBy, type ScenarioOverrides } from './scenario-overrides';

/** Exit code of a problem with a scenario file (its syntax, its `extends` chain or its values). */
export const SCENARIO_EXIT_CODE = 2;

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Policy names given on the command line, checked against the registry first. */
  policyNames?: readonly string[];
  /**
   * `--horizon` and `--policy`, applied before the scenario is validated, so that its errors and
   * warnings are those of the scenario that runs.
   * @default {}
   */
  overrides?: ScenarioOverrides;
  /**
   * Where warnings go, one line each.
   * @default a line on process.stderr
   */
  warn?: (line: string) => void;
  /**
   * Replications the command will run: above 1, a warning with the memory estimate when the
   * experiment may need 1 GiB or more (see `experimentMemoryWarning`).
   * @default 1
   */
  replications?: number;
  /**
   * The command's output files: an output naming the scenario file or a file it `extends` is
   * refused before anything runs.
   */
  outputs?: OutputFiles;
  /** The option that named the file (`--scenario`), for the message when it cannot be read. */
  namedBy?: string;
  /**
   * Reads standard input, for the file `-`.
   * @default reads the process's standard input
   */
  stdin?: () => string;
}

/** The file name that means standard input. */
export const STDIN_FILE = '-';

/** How messages name a scenario file: `<stdin>` for `-`. */
export function scenarioLabel(file: string): string {
  return file === STDIN_FILE ? '<stdin>' : file;
}

/**
 * Reads and validates a scenario file for the CLI, with the command line's overrides applied:
 * prints warnings, and throws a CliError with exit code 2 listing every problem when the file
 * cannot be parsed, its `extends` chain is broken, or the scenario is invalid (its routing
 * options included, which `parseScenario` checks). A file named on the command line that does not
 * exist is a usage error (exit code 1). Returns the raw input with the overrides, which
 * experiments send to worker threads.
 */
export function loadScenario(file: string, options: LoadOptions = {}): ScenarioInput {
  const known = PolicyRegistry.withBuiltIns().names();
  const overrides = options.overrides ?? {};
  for (const name of [...(options.policyNames ?? []), ...(overrides.policy === undefined ? [] : [overrides.policy])]) {
    if (!known.includes(name)) {
      throw new CliError(`--policy: unknown policy '${name}'${didYouMean(name, known) || '.'} Known policies: ${known.join(', ')}`);
    }
  }
  const stdin = file === STDIN_FILE;
  const label = scenarioLabel(file);
  if (!stdin) checkReadable(file, options.namedBy);
  const loaded = stdin ? loadStdin(options.stdin ?? readProcessStdin) : loadFile(file);
  // Standard input has no file identity: no output can overwrite it.
  if (!stdin) options.outputs?.refuseInput(file, 'the scenario file');
  loaded.files.forEach((base, k) => {
    if (k > 0) options.outputs?.refuseInput(base, `the base file that '${loaded.files[k - 1]!}' extends`);
  });
  const input = applyOverrides(loaded.input, overrides);
  const parsed = parseScenario(input, { knownPolicies: known });
  const where = (issue: ScenarioIssue): ScenarioIssue => locate(issue, label, loaded, overrides);
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const w of parsed.warnings) warn(printableMessage(`warning: ${label}: ${formatIssue(where(w))}`));
  if (!parsed.ok) throw scenarioProblems(label, parsed.errors.map(where));
  const memory = experimentMemoryWarning(parsed.model, options.replications ?? 1);
  if (memory !== undefined) warn(`warning: ${label}: ${formatIssue(where(memory))}`);
  return input as ScenarioInput;
}

/**
 * Loads several scenario files (see {@link loadScenario}) and reports the problems of all of them
 * at once: a CliError with every file's message, with the highest exit code among them.
 */
export function loadScenarios(files: readonly string[], options: LoadOptions = {}): ScenarioInput[] {
  if (files.filter((f) => f === STDIN_FILE).length > 1) throw new CliError(`'-' (standard input) can be given only once`);
  const problems: string[] = [];
  let exitCode = 1;
  const loaded: ScenarioInput[] = [];
  for (const file of files) {
    try {
      loaded.push(loadScenario(file, options));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.push(error.message);
      exitCode = Math.max(exitCode, error.exitCode);
    }
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'), exitCode);
  return loaded;
}

/** A CliError (exit code 2) listing a file's problems, one per line. */
function scenarioProblems(file: string, issues: readonly ScenarioIssue[]): CliError {
  const lines = issues.map((issue) => `  ${formatIssue(issue)}`);
  return new CliError(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`, SCENARIO_EXIT_CODE);
}

/**
 * An issue as the user reads it: a value set by a flag is named by the flag (`--horizon: ...`),
 * one set by a base file ends with `(from <base file>)` (as `parseScenarioFile` does).
 */
function locate(issue: ScenarioIssue, file: string, loaded: LoadedScenarioFile, overrides: ScenarioOverrides): ScenarioIssue {
  const flag = overriddenBy(issue.path, overrides);
  if (flag !== undefined) return { path: flag === '--horizon' ? flag : `${issue.path} (${flag})`, message: issue.message };
  const source = loaded.sourceOf(issue.path);
  return source === file ? issue : { path: issue.path, message: `${issue.message} (from ${source})` };
}

/** The file named on the command line must exist and be a file (exit code 1 otherwise). */
function checkReadable(file: string, namedBy: string | undefined): void {
  const by = namedBy === undefined ? '' : `${namedBy}: `;
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new CliError(`${by}${file}: ${fileProblem(error)}`);
  }
  if (stat.isDirectory()) throw new CliError(`${by}${file}: it is a folder, not a file`);
  if (!stat.isFile()) throw new CliError(`${by}${file}: it is not a regular file (a device, pipe or socket)`);
}

/**
 * Reads a scenario (YAML or JSON) from standard input. It has no folder, so no `extends`: a
 * scenario that has one gets the usual "extends must be resolved" problem from `parseScenario`.
 * Syntax errors and an empty input are scenario problems (exit code 2).
 */
function loadStdin(read: () => string): LoadedScenarioFile {
  const label = scenarioLabel(STDIN_FILE);
  let text: string;
  try {
    text = read();
  } catch (error) {
    throw new CliError(`${label}: cannot read standard input: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const input = parseScenarioDocument(text, label, false);
    return { input, files: [], sourceOf: () => label };
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new CliError(error.message.replace(`${label}: the file is empty`, `${label}: standard input is empty`), SCENARIO_EXIT_CODE);
    throw error;
  }
}

/** Reads the file with its `extends` chain; syntax and `extends` errors are scenario problems (exit code 2). */
function loadFile(file: string): LoadedScenarioFile {
  try {
    return loadScenarioFile(file);
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new CliError(error.message, SCENARIO_EXIT_CODE);
    throw error;
  }
}
