import { MAX_DURATION_SECONDS, MAX_DURATION_TEXT, shownText } from '../scenario/limits';
import { parseDuration } from '../scenario/units';
import { CliError } from './cli-error';

/**
 * The command-line options that change a scenario file (`--horizon`, `--policy`): read once,
 * applied the same way by `run` and `merge`, so that a shard run with them and its merge with the
 * same options see the same scenario (and the same scenario hash).
 *
 * @module
 */

/** What the command line changes in a scenario file. */
export interface ScenarioOverrides {
  /** The horizon as given to the scenario: the flag's text, or seconds for a plain number. */
  readonly horizon?: string | number;
  /** The routing policy that replaces the scenario's whole `routing` block (options included). */
  readonly policy?: string;
}

const PLAIN_SECONDS = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*$/;

/**
 * Reads a `--horizon` value: a duration with units (`7d`, `1h30m`) or a plain number of seconds
 * (`3600`), which must be positive.
 *
 * @returns the value to put in the scenario: the text as given, or the number for plain seconds
 * @throws CliError (exit code 1) naming `--horizon`, also for more than 10 years (the range of scenario durations)
 */
export function parseHorizonFlag(text: string): string | number {
  const plain = PLAIN_SECONDS.exec(text);
  let seconds: number;
  try {
    seconds = plain === null ? parseDuration(text) : Number(plain[1]);
  } catch (error) {
    throw new CliError(`--horizon: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!(seconds > 0) || !Number.isFinite(seconds)) throw new CliError(`--horizon: must be a positive duration, got '${shownText(text)}'`);
  if (seconds > MAX_DURATION_SECONDS) throw new CliError(`--horizon: must be at most ${MAX_DURATION_TEXT}, got '${shownText(text)}'`);
  return plain === null ? text : seconds;
}

/** The overrides of `--horizon` and `--policy` (each left out when not given). */
export function overridesFrom(opts: { readonly horizon?: string; readonly policy?: string }): ScenarioOverrides {
  return {
    ...(opts.horizon === undefined ? {} : { horizon: parseHorizonFlag(opts.horizon) }),
    ...(opts.policy === undefined ? {} : { policy: opts.policy }),
  };
}

/** Help text of `--horizon`. */
export const HORIZON_HELP = "override the scenario's horizon: a duration such as 7d or 1h30m, or a plain number of seconds";

/** Help text of `--policy` on a single scenario. */
export const POLICY_HELP = "override the scenario's routing policy (replaces its whole routing block, options included)";

/**
 * The scenario input with the overrides applied: `--horizon` sets `horizon`; `--policy` replaces
 * the `routing` block with `{ policy, options: {} }`, as `compare --policy` does, so options meant
 * for the file's own policy do not reach another one. Anything but a mapping is returned as is
 * (its validation reports it).
 */
export function applyOverrides(input: unknown, overrides: ScenarioOverrides): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (overrides.horizon === undefined && overrides.policy === undefined) return input;
  return {
    ...(input as Record<string, unknown>),
    ...(overrides.horizon === undefined ? {} : { horizon: overrides.horizon }),
    ...(overrides.policy === undefined ? {} : { routing: { policy: overrides.policy, options: {} } }),
  };
}

/** The flag that set the value at an issue's path, if any (`--horizon` for `horizon`). */
export function overriddenBy(path: string, overrides: ScenarioOverrides): string | undefined {
  if (overrides.horizon !== undefined && path === 'horizon') return '--horizon';
  if (overrides.policy !== undefined && (path === 'routing' || path.startsWith('routing.'))) return '--policy';
  return undefined;
}
