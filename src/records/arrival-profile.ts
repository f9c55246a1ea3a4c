import type { CallRecord } from './call-record';

/**
 * Arrival profiles from records: the expected arrivals per interval of a day, averaged over days
 * of the same weekday, and a day-level busyness factor (the day's total / the profile's), so that
 * a replayed day can draw its arrivals (a Poisson process with the profile's rates) instead of
 * replaying the observed times.
 *
 * @module
 */

/** Expected arrivals per interval for a day of busyness 1. */
export interface ArrivalProfile {
  /** Interval length (seconds). */
  readonly interval: number;
  /** Mean arrivals per interval over the days used. */
  readonly counts: readonly number[];
  /** The days averaged. */
  readonly days: readonly string[];
  /** ISO weekday (1 Monday … 7 Sunday) the profile is for; `null` when it is over all the days given. */
  readonly weekday: number | null;
}

/** ISO weekday (1 Monday … 7 Sunday) of a `yyyy-MM-dd` day label; `null` for other labels. */
export function weekdayOf(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

/**
 * The profile of `days` (offered contacts per interval, averaged), restricted to the days of
 * `weekday` when some are there; otherwise over all `days`.
 *
 * @throws RangeError when `days` is empty or the interval is not a positive divisor of a day
 */
export function arrivalProfile(records: readonly CallRecord[], days: readonly string[], options: { interval?: number; weekday?: number | null } = {}): ArrivalProfile {
  const interval = options.interval ?? 1800;
  // Stryker disable next-line EqualityOperator: an interval of 0 fails the divisor test too (86,400 % 0 is NaN)
  if (!(interval > 0) || 86_400 % interval !== 0) throw new RangeError(`arrivalProfile: interval must divide a day of 86,400 s, got ${interval}`);
  if (days.length === 0) throw new RangeError('arrivalProfile: give at least one day');
  const weekday = options.weekday ?? null;
  const sameWeekday = weekday === null ? [] : days.filter((d) => weekdayOf(d) === weekday);
  const used = sameWeekday.length > 0 ? sameWeekday : [...days];
  const set = new Set(used);
  const counts = new Array<number>(86_400 / interval).fill(0);
  for (const r of records) {
    if (!set.has(r.day)) continue;
    const k = Math.min(counts.length - 1, Math.floor(r.offered / interval));
    counts[k]! += 1 / used.length;
  }
  return { interval, counts, days: used, weekday: sameWeekday.length > 0 ? weekday : null };
}

/** The day's busyness factor: its offered total / the profile's expected total (1 for an empty profile). */
export function busynessFactor(profile: ArrivalProfile, dayTotal: number): number {
  const total = profile.counts.reduce((a, c) => a + c, 0);
  return total === 0 ? 1 : dayTotal / total;
}
