import { quoteExcerpt } from '../util/excerpt';
/**
 * Durations and rates as users write them in scenarios (`"20s"`, `"1h30m"`, `"120/h"`), turned
 * into plain seconds and per-second rates. Errors are RangeErrors whose messages name the value
 * and the accepted units; the caller prefixes the field path.
 *
 * @module
 */

/** Seconds per duration unit, largest first. `m` and `min` are both minutes. */
export const DURATION_UNITS = { d: 86_400, h: 3_600, min: 60, m: 60, s: 1 } as const;

/** A duration unit name. */
export type DurationUnit = keyof typeof DURATION_UNITS;

/** The accepted units, as shown in messages and the README. */
export const DURATION_UNITS_TEXT = "s, m (or min), h, d";

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const PART = new RegExp(String.raw`^${NUMBER}\s*([a-zA-Z]*)\s*`);
const RATE = new RegExp(String.raw`^\s*([+-]?)${NUMBER}\s*/\s*([a-zA-Z]*)\s*$`);

/** The order of a unit from largest (0) to smallest; m and min share one rank. */
function unitRank(unit: DurationUnit): number {
  return unit === 'd' ? 0 : unit === 'h' ? 1 : unit === 's' ? 3 : 2;
}

function isUnit(text: string): text is DurationUnit {
  return Object.prototype.hasOwnProperty.call(DURATION_UNITS, text);
}

/**
 * Parses a duration string into seconds: a number followed by a unit (`"20s"`, `"5m"`,
 * `"5min"`, `"1.5h"`, `"3d"`), or several such parts from the largest unit to the smallest
 * (`"1h30m"`, `"1d 12h"`). Each unit may appear once.
 *
 * With `allowNegative`, a leading `-` negates the whole duration (`"-1h30m"` is −5400).
 *
 * @throws RangeError naming the text and the accepted units, e.g.
 *   `unknown unit 'x' in duration '5x'; use s, m (or min), h, d, e.g. '30s', '5m', '1h30m'`
 */
export function parseDuration(text: string, allowNegative = false): number {
  let rest = text.trim();
  let sign = 1;
  if (allowNegative && (rest.startsWith('-') || rest.startsWith('+'))) {
    if (rest.startsWith('-')) sign = -1;
    rest = rest.slice(1).trimStart();
  }
  const hint = `use ${DURATION_UNITS_TEXT}, e.g. '30s', '5m', '1h30m'`;
  if (rest === '') throw new RangeError(`empty duration ${quoteExcerpt(text)}; ${hint}`);
  let total = 0;
  let lastRank = -1;
  while (rest !== '') {
    const match = PART.exec(rest);
    if (match === null) throw new RangeError(`cannot read duration ${quoteExcerpt(text)}; ${hint}`);
    const value = Number(match[1]);
    const unit = match[2] as string;
    if (unit === '') {
      throw new RangeError(`duration ${quoteExcerpt(text)} has a number without a unit; ${hint} (a plain number means seconds)`);
    }
    if (!isUnit(unit)) throw new RangeError(`unknown unit ${quoteExcerpt(unit)} in duration ${quoteExcerpt(text)}; ${hint}`);
    const rank = unitRank(unit);
    if (rank <= lastRank) {
      throw new RangeError(`duration ${quoteExcerpt(text)} must list each unit once, from the largest to the smallest (e.g. '1h30m')`);
    }
    lastRank = rank;
    total += value * DURATION_UNITS[unit];
    rest = rest.slice(match[0].length);
  }
  return sign * total;
}

/**
 * Reads a duration given as a number of seconds or a string (see {@link parseDuration}).
 *
 * @throws RangeError for a non-finite number, a negative one (unless `allowNegative`), or an
 *   unreadable string
 */
export function toSeconds(value: number | string, allowNegative = false): number {
  if (typeof value === 'string') return parseDuration(value, allowNegative);
  if (!Number.isFinite(value)) throw new RangeError(`duration must be a finite number of seconds, got ${value}`);
  if (!allowNegative && value < 0) throw new RangeError(`duration must not be negative, got ${value}`);
  return value;
}

/**
 * Parses a rate `"count/unit"` into events per second: `"120/h"` → 1/30, `"2/m"` or `"2/min"`,
 * `"0.05/s"`, `"500/d"`. Zero and negative rates are accepted here (the caller decides); a
 * plain number is not a rate (its unit would be a guess).
 *
 * @throws RangeError naming the text and the accepted units
 */
export function parseRate(text: string): number {
  const hint = `write it as a count per unit (${DURATION_UNITS_TEXT}), e.g. '120/h'`;
  const match = RATE.exec(text);
  if (match === null) throw new RangeError(`cannot read rate ${quoteExcerpt(text)}; ${hint}`);
  const unit = match[3] as string;
  if (unit === '') throw new RangeError(`rate ${quoteExcerpt(text)} has no time unit; ${hint}`);
  if (!isUnit(unit)) throw new RangeError(`unknown unit ${quoteExcerpt(unit)} in rate ${quoteExcerpt(text)}; ${hint}`);
  const count = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  return count / DURATION_UNITS[unit];
}

/**
 * Formats seconds as a compact duration string that {@link parseDuration} reads back:
 * 5400 → `"1h30m"`, 86400 → `"1d"`, 20 → `"20s"`, 0 → `"0s"`, 1.5 → `"1.5s"`.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds < 0) return `-${formatDuration(-seconds)}`;
  if (seconds === 0) return '0s';
  let rest = seconds;
  let text = '';
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60]] as const) {
    const whole = Math.floor(rest / size + 1e-9);
    if (whole > 0) {
      text += `${whole}${unit}`;
      rest = Math.max(0, rest - whole * size);
    }
  }
  if (rest > 1e-9 || text === '') text += `${Number(rest.toPrecision(12))}s`;
  return text;
}

/** Formats a per-second rate for messages: 1/30 → `"120/h"`. */
export function formatRate(perSecond: number): string {
  return `${Number((perSecond * 3_600).toPrecision(12))}/h`;
}
