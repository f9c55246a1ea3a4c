import { didYouMean } from '../util/closest-name';

/**
 * Small validators for `routing.options`, shared by the built-in policy factories and useful to
 * custom ones. Every error names the option path (`routing.options.agingTime: ...`).
 */

/** A short rendering of a bad value for an error message (`-5`, `'abc'`, `null`, `an array`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
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
 * Checks that `options` is an object whose keys are all in `known`.
 *
 * @param policy - policy name, for the message
 * @throws TypeError if `options` is not an object
 * @throws RangeError on an unknown key, with a suggestion and the list of known options, e.g.
 *   `routing.options: unknown option 'agingtime' for policy 'value-based'; did you mean 'agingTime'? Known options: agingTime, valueWeight`
 */
export function checkOptionKeys(policy: string, options: unknown, known: readonly string[]): void {
  if (!isPlainRecord(options)) {
    throw new TypeError(`routing.options: must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    if (known.length === 0) {
      throw new RangeError(`routing.options: policy '${policy}' takes no options, got '${key}'`);
    }
    throw new RangeError(
      `routing.options: unknown option '${key}' for policy '${policy}'${didYouMean(key, known) || '.'} ` +
        `Known options: ${known.join(', ')}`,
    );
  }
}

/**
 * Reads an optional number option that must be finite and positive (or, with `allowZero`,
 * non-negative).
 *
 * @param fallback - the value when the option is absent
 * @param allowZero - accept 0 too
 * @throws RangeError e.g. `routing.options.agingTime: must be a positive finite number, got -5`
 */
export function readPositiveNumber(
  options: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
  allowZero = false,
): number {
  const value = options[key];
  if (value === undefined) return fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) {
    const kind = allowZero ? 'a non-negative finite number' : 'a positive finite number';
    throw new RangeError(`routing.options.${key}: must be ${kind}, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Reads an optional option that must be one of `choices`.
 *
 * @throws RangeError e.g. `routing.options.balance: must be one of 'site', 'group', got 'sites'; did you mean 'site'?`
 */
export function readChoice<T extends string>(
  options: Readonly<Record<string, unknown>>,
  key: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? didYouMean(value, choices) : '';
  throw new RangeError(
    `routing.options.${key}: must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describeValue(value)}${hint}`,
  );
}
