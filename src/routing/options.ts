import { didYouMean } from '../util/closest-name';
import { quoteExcerpt } from '../util/excerpt';
import { throwOptionIssues, type OptionIssue } from './option-issues';

/**
 * Small validators for `routing.options`, shared by the built-in policy factories and useful to
 * custom ones. Every error names the option path (`routing.options.agingTime: ...`).
 */

/** A short rendering of a bad value for an error message (`-5`, `'abc'`, `null`, `an array`; a long string as an excerpt). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteExcerpt(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** True for a plain object (not null, not an array). */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The issue for an option key that `policy` does not take:
 * `unknown option for policy 'value-based'; did you mean 'agingTime'?`, else with the known
 * options listed, or `policy 'best-skill' takes no options`.
 */
export function unknownOptionIssue(policy: string, key: string, known: readonly string[]): OptionIssue {
  if (known.length === 0) return { path: [key], message: `policy '${policy}' takes no options` };
  const hint = didYouMean(key, known);
  return { path: [key], message: `unknown option for policy '${policy}'${hint === '' ? `; known: ${known.join(', ')}` : hint}` };
}

/** The issues of `options` as a whole: not an object, or keys not in `known`. */
export function optionKeyIssues(policy: string, options: unknown, known: readonly string[]): OptionIssue[] {
  if (!isPlainRecord(options)) return [{ path: [], message: `must be an object, got ${describeValue(options)}`, wrongType: true }];
  return Object.keys(options)
    .filter((key) => !known.includes(key))
    .map((key) => unknownOptionIssue(policy, key, known));
}

/**
 * The issue of a number option that must be finite and positive (or, with `allowZero`,
 * non-negative), or undefined when `value` is fine or absent.
 */
export function positiveNumberIssue(key: string, value: unknown, allowZero = false): OptionIssue | undefined {
  if (value === undefined) return undefined;
  // (Number.isFinite is false for every non-number.)
  const ok = Number.isFinite(value) && (allowZero ? (value as number) >= 0 : (value as number) > 0);
  if (ok) return undefined;
  const kind = allowZero ? 'a non-negative finite number' : 'a positive finite number';
  return { path: [key], message: `must be ${kind}, got ${describeValue(value)}` };
}

/** The issue of an option that must be one of `choices`, or undefined when `value` is fine or absent. */
export function choiceIssue(key: string, value: unknown, choices: readonly string[]): OptionIssue | undefined {
  if (value === undefined || (choices as readonly unknown[]).includes(value)) return undefined;
  const hint = typeof value === 'string' ? didYouMean(value, choices) : '';
  return { path: [key], message: `must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describeValue(value)}${hint}` };
}

/**
 * Checks that `options` is an object whose keys are all in `known`.
 *
 * @param policy - policy name, for the message
 * @throws TypeError if `options` is not an object
 * @throws RangeError on unknown keys, all of them, one per line, with a suggestion or the list of
 *   known options, e.g.
 *   `routing.options.agingtime: unknown option for policy 'value-based'; did you mean 'agingTime'?`
 */
export function checkOptionKeys(policy: string, options: unknown, known: readonly string[]): void {
  throwOptionIssues(optionKeyIssues(policy, options, known));
}
