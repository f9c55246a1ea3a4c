import type { ModelDefinition } from '../model/definition';

/**
 * Problems with a policy's `routing.options`, found all at once: by a policy factory (which then
 * throws them together) or by the scenario validation (which reports them with every other
 * problem of the scenario).
 *
 * @module
 */

/** One problem with a policy's options. */
export interface OptionIssue {
  /**
   * Where, below `routing.options`: `['agingTime']`, `['groupsByType', 'billing', 1]`; `[]` for
   * the options as a whole.
   */
  readonly path: readonly (string | number)[];
  /** What: `must be a positive finite number, got -5`. */
  readonly message: string;
  /** True when the value has the wrong type (a TypeError when thrown alone). */
  readonly wrongType?: boolean;
}

/** What a {@link PolicyOptionChecker} receives. */
export interface OptionCheckContext {
  /** The scenario's `routing.options` (anything: checking that it is an object is part of the job). */
  readonly options: unknown;
  /**
   * The resolved model, or `undefined` when the rest of the scenario has errors: check then only
   * what does not depend on the model (types, ranges, option names).
   */
  readonly model?: ModelDefinition | undefined;
}

/**
 * Checks a policy's options without creating the policy, returning every problem (empty when the
 * options are fine). Lets scenario validation (`validate`, `resolveScenario`) report bad options
 * with the scenario's other problems. Must not throw.
 */
export type PolicyOptionChecker = (context: OptionCheckContext) => readonly OptionIssue[];

const PLAIN_KEY = /^[\w$-]+$/;

/**
 * The full path of an option issue as users read it: `routing.options.groupsByType.billing[1]`
 * (keys that are not plain words quoted: `routing.options["a b"]`).
 */
export function formatOptionPath(path: readonly (string | number)[]): string {
  let text = 'routing.options';
  for (const element of path) {
    if (typeof element === 'number') text += `[${element}]`;
    else if (PLAIN_KEY.test(element)) text += `.${element}`;
    else text += `[${JSON.stringify(element)}]`;
  }
  return text;
}

/** `routing.options.agingTime: must be a positive finite number, got -5`. */
export function formatOptionIssue(issue: OptionIssue): string {
  return `${formatOptionPath(issue.path)}: ${issue.message}`;
}

/**
 * Throws the issues together, one `path: message` per line: a TypeError when every issue is a
 * wrong type, else a RangeError. Does nothing when there are none.
 */
export function throwOptionIssues(issues: readonly OptionIssue[]): void {
  if (issues.length === 0) return;
  const message = issues.map(formatOptionIssue).join('\n');
  throw issues.every((issue) => issue.wrongType === true) ? new TypeError(message) : new RangeError(message);
}
