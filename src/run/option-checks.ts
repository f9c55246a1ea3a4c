import { PolicyRegistry } from '../routing/registry';
import { describeValue } from '../routing/options';
import { closestName } from '../util/closest-name';

/**
 * Checks of the options objects the library's entry points take (`simulate`, `runExperiment`,
 * ...): mistakes a JavaScript caller can make that the types would have caught, each reported
 * with the option's name and the value given (strings quoted: `got '2'`).
 *
 * @module
 */

/**
 * Checks an options argument: `undefined` stands for `{}`; anything else must be a plain object
 * whose keys are all in `known` (keys set to `undefined` are ignored).
 *
 * @param fn - the function's name, for messages (`simulate`)
 * @returns the options, `{}` for undefined
 * @throws TypeError when `options` is not an object; RangeError on an unknown key, with a
 *   suggestion (`simulate: unknown option 'sed'; did you mean 'seed'?`) or the known keys
 */
export function checkOptionsObject<T extends object>(fn: string, options: T | undefined, known: readonly string[]): T {
  const given: unknown = options;
  if (given === undefined) return {} as T;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError(`${fn}: options must be an object, got ${describeValue(given)}`);
  }
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || known.includes(key)) continue;
    const suggestion = closestName(key, known);
    const hint = suggestion === undefined ? `; known: ${[...known].sort().join(', ')}` : `; did you mean '${suggestion}'?`;
    throw new RangeError(`${fn}: unknown option '${key}'${hint}`);
  }
  return options as T;
}

/**
 * Checks an optional `policies` option.
 *
 * @throws TypeError unless `value` is undefined or a {@link PolicyRegistry}
 */
export function checkPolicies(value: unknown): asserts value is PolicyRegistry | undefined {
  if (value === undefined || value instanceof PolicyRegistry) return;
  throw new TypeError(`policies must be a PolicyRegistry (e.g. PolicyRegistry.withBuiltIns().register(...)), got ${describeValue(value)}`);
}

/**
 * Checks an optional `observers` option: a list of observer objects.
 *
 * @throws TypeError unless `value` is undefined or an array of objects
 */
export function checkObservers(value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new TypeError(`observers must be an array of observer objects, got ${describeValue(value)}`);
  value.forEach((observer: unknown, i) => {
    if (typeof observer !== 'object' || observer === null || Array.isArray(observer)) {
      throw new TypeError(`observers[${i}] must be an observer object (with methods such as onArrival), got ${describeValue(observer)}`);
    }
  });
}

/**
 * Checks an integer option that must be at least `min`.
 *
 * @param rule - how the message states the rule, e.g. `a non-negative integer`
 * @throws TypeError when `value` is not a number (`got '2'`); RangeError when it is not an
 *   integer ≥ `min`
 */
export function checkIntegerOption(name: string, value: unknown, min: number, rule: string): asserts value is number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return;
  const Err = typeof value === 'number' ? RangeError : TypeError;
  throw new Err(`${name} must be ${rule}, got ${describeValue(value)}`);
}

/**
 * Checks an optional object option (e.g. `metrics`).
 *
 * @throws TypeError unless `value` is undefined or a plain object
 */
export function checkObjectOption(name: string, value: unknown): void {
  if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) return;
  throw new TypeError(`${name} must be an object, got ${describeValue(value)}`);
}

/**
 * Checks an optional boolean option.
 *
 * @throws TypeError unless `value` is undefined, true or false
 */
export function checkBooleanOption(name: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean') return;
  throw new TypeError(`${name} must be true or false, got ${describeValue(value)}`);
}

/**
 * Checks a master seed as `RandomStreams` accepts it.
 *
 * @throws RangeError for a number that is not a finite integer; TypeError for anything else that
 *   is not a non-empty string
 */
export function checkSeedOption(seed: unknown): asserts seed is number | string {
  if (typeof seed === 'number' ? Number.isInteger(seed) : typeof seed === 'string' && seed.length > 0) return;
  const Err = typeof seed === 'number' ? RangeError : TypeError;
  throw new Err(`seed must be a finite integer or a non-empty string, got ${typeof seed === 'string' ? "''" : describeValue(seed)}`);
}
