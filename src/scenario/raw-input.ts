import { closestName } from '../util/closest-name';

/**
 * Lenient readers of the raw scenario input, shared by the cross-reference passes: anything
 * malformed was already reported by the schema pass, so these return `undefined` or nothing
 * instead of failing.
 *
 * @module
 */

/** A plain object of the raw input. */
export type Raw = Record<string, unknown>;

/** `value` when it is a plain object (not a list, not null), else undefined. */
export function record(value: unknown): Raw | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

/** `value` when it is a list, else an empty list. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` when it is a string, `fallback` when it is absent, else undefined. */
export function stringOr(value: unknown, fallback: string | undefined): string | undefined {
  return typeof value === 'string' ? value : value === undefined ? fallback : undefined;
}

/**
 * The message for a name that is not defined: `unknown skill 'biling'; did you mean 'billing'?`,
 * else the known names, else `none are defined`.
 *
 * @param noun - what the name is (`skill`, `contact type`)
 * @param name - the name as written
 * @param known - the defined names
 * @param knownLabel - how to introduce the list of known names
 */
export function unknownName(noun: string, name: string, known: readonly string[], knownLabel = 'known'): string {
  const suggestion = closestName(name, known);
  if (suggestion !== undefined) return `unknown ${noun} '${name}'; did you mean '${suggestion}'?`;
  return known.length === 0 ? `unknown ${noun} '${name}'; none are defined` : `unknown ${noun} '${name}'; ${knownLabel}: ${known.join(', ')}`;
}
