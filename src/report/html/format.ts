import type { DifferenceSummary } from '../../experiment/differences';
import type { MetricSummary } from '../../experiment/summary';
import { durationScale } from '../summary-table';

/**
 * How the HTML report prints numbers: estimates as `mean ± half-width`, differences with a sign
 * and a significance mark. Never prints NaN, `undefined` or `null`: a missing value is `–`.
 *
 * @module
 */

/** The unit a metric is printed in. */
export type MetricUnit = 'percent' | 'seconds' | 'count';

/** What the report prints for a value that does not exist. */
export const MISSING = '–';

/** Mark appended to a difference whose confidence interval excludes 0. */
export const SIGNIFICANT_MARK = '*';

/** `toFixed` without a negative zero (`-0.0` becomes `0.0`). */
function fixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Decimals: one for shares and seconds below 100; counts get two below 10 (1.19 contacts per issue). */
function digitsFor(x: number, unit: MetricUnit): number {
  if (unit === 'percent') return 1;
  const a = Math.abs(x);
  if (a >= 100) return 0;
  return unit === 'count' && a < 10 ? 2 : 1;
}

/** The unit durations of one table row are printed in (seconds, minutes or hours). */
export interface DurationScale {
  readonly divisor: number;
  readonly suffix: string;
}

/**
 * The duration unit of a row whose values are about `values` (seconds): the unit of the largest,
 * so that every cell of a row (estimates and differences) has the same unit.
 */
export function rowDurationScale(values: readonly (number | null | undefined)[]): DurationScale {
  return durationScale(Math.max(0, ...values.map((v) => (v === null || v === undefined || !Number.isFinite(v) ? 0 : Math.abs(v)))));
}

/** Decimals of a duration in its scale: one below 100 s, none above; in minutes and hours one, two below 1 (`0.21 min`). */
function durationDigits(x: number, scale: DurationScale): number {
  if (scale.divisor === 1) return Math.abs(x) >= 100 ? 0 : 1;
  return Math.abs(x) / scale.divisor < 1 ? 2 : 1;
}

/** Most decimals added so that a half-width above 0 does not print as 0. */
const MAX_SPREAD_DIGITS = 2;

/** `digits`, or more (at most {@link MAX_SPREAD_DIGITS}) until a positive `spread` (in its unit) prints above 0. */
function showSpread(spread: number, digits: number): number {
  let k = digits;
  while (spread > 0 && Number(fixed(spread, k)) === 0 && k < digits + MAX_SPREAD_DIGITS) k++;
  return k;
}

/**
 * A value in its unit: a share as a percentage with one decimal (`0.8782` → `87.8%`), durations
 * in seconds below 2 minutes (one decimal below 100 s: `4.5s`, `105s`), in minutes below 2 hours
 * (`21.8 min`) and in hours above (`3.2 h`), or in the given `scale`; counts with one decimal below 100.
 * Returns {@link MISSING} for `null` or a non-finite number.
 */
export function formatValue(x: number | null | undefined, unit: MetricUnit, scale?: DurationScale): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return MISSING;
  if (unit === 'percent') return `${fixed(100 * x, 1)}%`;
  if (unit === 'seconds') {
    const sc = scale ?? durationScale(x);
    return `${fixed(x / sc.divisor, durationDigits(x, sc))}${sc.suffix}`;
  }
  return fixed(x, digitsFor(x, unit));
}

/** The number a value is printed as in its unit (a share in percent, a duration in its scale), and the suffix. */
function inUnit(unit: MetricUnit, scale: DurationScale): { factor: number; suffix: string } {
  if (unit === 'percent') return { factor: 100, suffix: ' pt' };
  if (unit === 'seconds') return { factor: 1 / scale.divisor, suffix: scale.suffix };
  return { factor: 1, suffix: '' };
}

/** Base decimals of a spread (half-width or difference) in its unit. */
function spreadDigits(x: number, unit: MetricUnit, scale: DurationScale): number {
  if (unit === 'percent') return 1;
  if (unit === 'seconds') return durationDigits(x, scale);
  return digitsFor(x, unit);
}

/**
 * An estimate as `mean ± half-width` (`87.8% ± 4.2 pt`, `1309s ± 222s`); only the mean when the
 * half-width is undefined (a single replication); {@link MISSING} when there is no mean. Mean and
 * half-width share one unit: `scale` when given (the row's), else the mean's.
 */
export function formatEstimate(s: MetricSummary | undefined, unit: MetricUnit, scale?: DurationScale): string {
  if (s === undefined || s.mean === null || !Number.isFinite(s.mean)) return MISSING;
  const sc = scale ?? durationScale(s.mean);
  const mean = formatValue(s.mean, unit, sc);
  if (s.halfWidth === null || !Number.isFinite(s.halfWidth)) return mean;
  const { factor, suffix } = inUnit(unit, sc);
  const base = unit === 'count' ? digitsFor(s.mean, unit) : spreadDigits(s.mean, unit, sc);
  const digits = showSpread(s.halfWidth * factor, base);
  if (digits === base || unit === 'percent') return `${mean} ± ${fixed(s.halfWidth * factor, digits)}${suffix}`;
  const unitSuffix = unit === 'seconds' ? sc.suffix : '';
  return `${fixed(s.mean * factor, digits)}${unitSuffix} ± ${fixed(s.halfWidth * factor, digits)}${suffix}`;
}

/** Most decimals added so that a significant difference never prints as touching zero. */
const MAX_EXTRA_DIGITS = 6;

/**
 * A paired difference `variant − baseline` with its sign and half-width (`+2.3 pt ± 1.1 pt`,
 * `−12.0s ± 3.4s`), followed by {@link SIGNIFICANT_MARK} when its interval excludes 0;
 * {@link MISSING} when there is no difference.
 *
 * The rounding never contradicts the mark: a significant difference gets as many more decimals
 * as it takes for the printed magnitude to exceed the printed half-width (`−0.34 pt ± 0.31 pt *`,
 * never `−0.3 pt ± 0.3 pt *`); a difference that is not significant can never print a magnitude
 * above its half-width, as rounding keeps their order. Mean and half-width share one unit: `scale`
 * when given (the row's), else the mean's.
 */
export function formatDifference(d: DifferenceSummary | undefined, unit: MetricUnit, scale?: DurationScale): string {
  if (d === undefined || d.mean === null || !Number.isFinite(d.mean)) return MISSING;
  const sc = scale ?? durationScale(d.mean);
  const { factor, suffix } = inUnit(unit, sc);
  const hw = d.halfWidth === null || !Number.isFinite(d.halfWidth) ? null : d.halfWidth;
  const significant = d.significant === true;
  const base = spreadDigits(Math.max(Math.abs(d.mean), hw ?? 0), unit, sc);
  let digits = hw === null ? base : showSpread(hw * factor, base);
  const magnitudeText = (k: number): string => fixed(Math.abs(d.mean!) * factor, k);
  if (significant) {
    while (digits < base + MAX_EXTRA_DIGITS) {
      const m = Number(magnitudeText(digits));
      if (m > 0 && (hw === null || m > Number(fixed(hw * factor, digits)))) break;
      digits++;
    }
  }
  const magnitude = magnitudeText(digits);
  const zero = Number(magnitude) === 0;
  const mean = `${zero ? '' : d.mean > 0 ? '+' : '−'}${magnitude}${suffix}`;
  const spread = hw === null ? '' : ` ± ${fixed(hw * factor, digits)}${suffix}`;
  return `${mean}${spread}${significant ? ` ${SIGNIFICANT_MARK}` : ''}`;
}

/** Seconds as a clock time of day, `HH:MM`, with a day prefix from the second day on (`d2 08:00`). */
export function formatClock(t: number, withDay: boolean): string {
  const day = Math.floor(t / 86_400);
  const s = t - day * 86_400;
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  return withDay ? `d${day + 1} ${hh}:${mm}` : `${hh}:${mm}`;
}

/** A duration in readable units: `45s`, `5m`, `1.5h`, `2d`. */
export function formatDuration(t: number): string {
  if (!Number.isFinite(t)) return '∞';
  if (t < 60) return `${fixed(t, t % 1 === 0 ? 0 : 1)}s`;
  if (t < 3600) return `${fixed(t / 60, (t / 60) % 1 === 0 ? 0 : 1)}m`;
  if (t < 86_400) return `${fixed(t / 3600, (t / 3600) % 1 === 0 ? 0 : 1)}h`;
  return `${fixed(t / 86_400, (t / 86_400) % 1 === 0 ? 0 : 1)}d`;
}
