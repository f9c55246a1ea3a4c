import { z } from 'zod';
import { quoteExcerpt } from '../util/excerpt';
import { MAX_COUNT } from './limits';
import { DURATION_UNITS_TEXT, parseRate, toSeconds } from './units';

/**
 * Building blocks of the scenario schema: objects that reject unknown fields with a suggestion,
 * durations, rates, counts and proficiencies, each with its own clear message.
 *
 * @module
 */

/** Marker carried in `params` of the issue raised for a field the schema does not know. */
export const UNKNOWN_FIELD = 'routelab.unknownField';

/** Parameters of an unknown-field issue, read back by the issue mapper. */
export interface UnknownFieldParams {
  readonly [UNKNOWN_FIELD]: true;
  /** The fields the object accepts. */
  readonly known: readonly string[];
  /** What a key of this object is: `'field'`, `'channel'`, `'proficiency level'`. */
  readonly noun: string;
}

/**
 * An object schema that rejects unknown keys, one issue per key at the key's own path, so the
 * issue mapper can suggest the closest known field (`unknown field; did you mean 'handleTime'?`).
 * Zod's own `.strict()` reports all unknown keys in one issue at the object; this does not.
 * Typed as a strict object; its JSON schema says `additionalProperties: false`.
 *
 * @param shape - the known fields
 * @param noun - what a key is, for messages
 */
export function strictObject<T extends z.core.$ZodLooseShape>(
  shape: T,
  noun = 'field',
): z.ZodObject<z.core.util.Writeable<T>, z.core.$strict> {
  const params: UnknownFieldParams = { [UNKNOWN_FIELD]: true, known: Object.keys(shape), noun };
  const unknownKey = z.unknown().check((ctx) => {
    ctx.issues.push({ code: 'custom', message: `unknown ${noun}`, input: ctx.value, params: { ...params } });
  });
  const schema = z.object(shape).catchall(unknownKey).meta({ additionalProperties: false });
  return schema as unknown as z.ZodObject<z.core.util.Writeable<T>, z.core.$strict>;
}

/** A short rendering of a value for messages: `-5`, `'abc'`, `null`, `an object`, `a list` (a long string as an excerpt). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteExcerpt(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const DURATION_PATTERN = String.raw`^\s*((\d+(\.\d*)?|\.\d+)\s*(d|h|min|m|s)\s*)+$`;
const SIGNED_DURATION_PATTERN = String.raw`^\s*[+-]?\s*((\d+(\.\d*)?|\.\d+)\s*(d|h|min|m|s)\s*)+$`;
const RATE_PATTERN = String.raw`^\s*(\d+(\.\d*)?|\.\d+)\s*/\s*(d|h|min|m|s)\s*$`;
const DURATION_TEXT = `a duration: seconds, or a string with a unit (${DURATION_UNITS_TEXT}) such as '30s', '5m', '1h30m'`;

/** Options of {@link duration}. */
export interface DurationOptions {
  /** Accept negative durations (the mean of a truncated normal). @default false */
  readonly allowNegative?: boolean;
  /** Smallest accepted value in seconds, inclusive unless `exclusive`. */
  readonly min?: number;
  /** Make `min` exclusive (`> 0`). @default false */
  readonly exclusive?: boolean;
}

/**
 * A duration field: a number of seconds or a string such as `"5m"` or `"1h30m"`, parsed to
 * seconds. The error names the accepted units.
 */
export function duration(options: DurationOptions = {}) {
  const { allowNegative = false, min, exclusive = false } = options;
  return z
    .union([z.number(), z.string().meta({ pattern: allowNegative ? SIGNED_DURATION_PATTERN : DURATION_PATTERN })], {
      error: (issue) => `must be ${DURATION_TEXT}, got ${describeValue(issue.input)}`,
    })
    .transform((value, ctx) => {
      let seconds: number;
      try {
        seconds = toSeconds(value, allowNegative);
      } catch (error) {
        ctx.issues.push({ code: 'custom', message: (error as Error).message, input: value });
        return z.NEVER;
      }
      if (min !== undefined && (exclusive ? !(seconds > min) : !(seconds >= min))) {
        const bound = exclusive ? `greater than ${min}` : `at least ${min}`;
        ctx.issues.push({ code: 'custom', message: `must be ${bound} seconds, got ${describeValue(value)}`, input: value });
        return z.NEVER;
      }
      return seconds;
    })
    .meta({ description: `A duration in seconds, or a string with a unit (${DURATION_UNITS_TEXT}) such as '30s', '5m', '1h30m'.` });
}

/** Options of {@link rate}. */
export interface RateOptions {
  /** Require a rate greater than zero. @default true */
  readonly positive?: boolean;
}

/**
 * A rate field: a string `"count/unit"` (`"120/h"`, `"2/m"`, `"0.05/s"`, `"500/d"`) parsed to
 * events per second. A plain number is rejected: its unit would be a guess.
 */
export function rate(options: RateOptions = {}) {
  const { positive = true } = options;
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `give the rate with a unit, e.g. '120/h' (got ${issue.input})`
          : `must be a rate such as '120/h', got ${describeValue(issue.input)}`,
    })
    .meta({ pattern: RATE_PATTERN })
    .transform((text, ctx) => {
      let perSecond: number;
      try {
        perSecond = parseRate(text);
      } catch (error) {
        ctx.issues.push({ code: 'custom', message: (error as Error).message, input: text });
        return z.NEVER;
      }
      if (positive && !(perSecond > 0)) {
        ctx.issues.push({ code: 'custom', message: `rate must be positive, got '${text}'`, input: text });
        return z.NEVER;
      }
      return perSecond;
    })
    .meta({ description: "A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'." });
}

/**
 * A whole number from `min` to `max` (agents, concurrency, capacities); the message starts with
 * `subject`: `concurrency must be a whole number ≥ 1, got 0`, `agents must be at most 100000, got 1e9`.
 *
 * @param max - the largest accepted value (the documented range of the field); {@link MAX_COUNT} by default
 */
export function integer(min: number, subject: string, max: number = MAX_COUNT) {
  const message = (issue: { input?: unknown }): string => `${subject} must be a whole number ≥ ${min}, got ${describeValue(issue.input)}`;
  const tooLarge = (issue: { input?: unknown }): string => `${subject} must be at most ${max}, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: tooLarge });
}

/**
 * A finite number within `[-max, max]` (segment values, priorities); the range message starts
 * with `subject`: `priority must be between -1000000000 and 1000000000, got 1e+300`.
 */
export function magnitude(subject: string, max: number) {
  const message = (issue: { input?: unknown }): string => `${subject} must be between ${-max} and ${max}, got ${describeValue(issue.input)}`;
  return z.number().min(-max, { error: message }).max(max, { error: message });
}

/** A proficiency level: an integer from 1 to 5. */
export function proficiency() {
  const message = (issue: { input?: unknown }): string =>
    `proficiency must be an integer between 1 and 5, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).int({ error: message }).min(1, { error: message }).max(5, { error: message });
}

/** A probability or share in [0, 1]. */
export function share(what = 'share') {
  const message = (issue: { input?: unknown }): string => `${what} must be a number between 0 and 1, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).min(0, { error: message }).max(1, { error: message });
}

/** A non-empty name. */
export function name() {
  return z.string().min(1, { error: 'name must not be empty' });
}
