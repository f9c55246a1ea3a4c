import { DateTime, type TokenParser } from 'luxon';

/**
 * Reading the time columns of call records: seconds after midnight, a time of day, or a date and
 * time in a time zone (luxon formats).
 *
 * @module
 */

/** A parsed time: its day (ISO date) when the format has a date, and seconds after that day's midnight, or after midnight of an unknown day. */
export interface ParsedTime {
  /** ISO date of the value when its format has a date; `null` for `seconds` and time-of-day formats. */
  readonly date: string | null;
  /** Epoch milliseconds when the format has a date; `null` otherwise. */
  readonly epochMs: number | null;
  /** Seconds after the midnight of the value's own day (for `seconds`: the value itself). */
  readonly seconds: number;
}

const parsers = new Map<string, TokenParser>();

/** Luxon's parser of a format, built once per format (building it is most of the cost of a parse). */
function parserOf(format: string): TokenParser {
  let parser = parsers.get(format);
  // Stryker disable next-line ConditionalExpression: a cache: a parser built again for the same format reads the same way
  if (parser === undefined) {
    parser = DateTime.buildFormatParser(format);
    parsers.set(format, parser);
  }
  return parser;
}

const DATE_TOKENS = /[yLMdDoEqW]/;

/** True when a luxon format (outside quoted literals) contains a date token. */
export function formatHasDate(format: string): boolean {
  return format !== 'seconds' && DATE_TOKENS.test(format.replace(/'[^']*'/g, ''));
}

/**
 * Parses one time value, or returns a message saying why it cannot be read.
 *
 * @param format - `seconds` or a luxon format
 * @param zone - IANA zone for formats with a date
 */
export function parseTime(text: string, format: string, zone: string): ParsedTime | string {
  if (format === 'seconds') {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) return 'expected a number of seconds ≥ 0';
    return { date: null, epochMs: null, seconds: value };
  }
  const dt = DateTime.fromFormatParser(text.trim(), parserOf(format), { zone });
  if (!dt.isValid) return `expected a time in the format ${format} (${dt.invalidExplanation ?? dt.invalidReason ?? 'unreadable'})`;
  const ofDay = dt.hour * 3600 + dt.minute * 60 + dt.second + dt.millisecond / 1000;
  if (!formatHasDate(format)) return { date: null, epochMs: null, seconds: ofDay };
  return { date: dt.toISODate(), epochMs: dt.toMillis(), seconds: (dt.toMillis() - dt.startOf('day').toMillis()) / 1000 };
}

/**
 * Parses a day column: with a format, a date (returned as its ISO date); without one, the text
 * as a label.
 */
export function parseDay(text: string, format: string | undefined, zone: string): string | { readonly problem: string } {
  if (format === undefined) return text.trim() === '' ? { problem: 'expected a day label, got an empty value' } : text.trim();
  // Stryker disable next-line ObjectLiteral: a date without a time of day is the same calendar date in every zone, and toISODate reads it back in the zone it was read in
  const dt = DateTime.fromFormat(text.trim(), format, { zone });
  if (!dt.isValid) return { problem: `expected a date in the format ${format}` };
  return dt.toISODate() ?? text;
}

/**
 * Seconds from the midnight (in `zone`) of the day holding `dayEpochMs` to `epochMs`: the time
 * of a date-time value on the arrival's day (past 86,400 s when it falls on the next day).
 */
export function secondsSinceDayStart(epochMs: number, dayEpochMs: number, zone: string): number {
  const dayStart = DateTime.fromMillis(dayEpochMs, { zone }).startOf('day').toMillis();
  return (epochMs - dayStart) / 1000;
}
