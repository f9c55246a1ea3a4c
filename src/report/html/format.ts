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

/**
 * A value in its unit: a share as a percentage with one decimal (`0.8782` → `87.8%`), durations
 * in seconds below 2 minutes (one decimal below 100 s: `4.5s`, `105s`), in minutes below 2 hours
 * (`21.8 min`) and in hours above (`3.2 h`), counts with one decimal below 100.
 * Returns {@link MISSING} for `null` or a non-finite number.
 */
export function formatValue(x: number | null | undefined, unit: MetricUnit): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return MISSING;
  if (unit === 'percent') return `${fixed(100 * x, 1)}%`;
  if (unit === 'seconds') return duration(x, x);
  return fixed(x, digitsFor(x, unit));
}

/**
 * Seconds `x` in the unit that reads best for a value of the size of `reference`: seconds below
 * 2 minutes (`4.5s`, `95s`), minutes below 2 hours (`12.5 min`), hours above (`3.2 h`: an e-mail
 * backlog).
 */
function duration(x: number, reference: number): string {
  const { divisor, suffix } = durationScale(reference);
  return divisor === 1 ? `${fixed(x, digitsFor(x, 'seconds'))}s` : `${fixed(x / divisor, 1)}${suffix}`;
}

/** A half-width or a difference magnitude: percentage points for shares (`± 4.2 pt`). */
function formatSpread(x: number, unit: MetricUnit, reference = x): string {
  if (unit === 'percent') return `${fixed(100 * x, 1)} pt`;
  if (unit === 'seconds') return duration(x, reference);
  return fixed(x, digitsFor(x, unit));
}

/**
 * An estimate as `mean ± half-width` (`87.8% ± 4.2 pt`, `1309s ± 222s`); only the mean when the
 * half-width is undefined (a single replication); {@link MISSING} when there is no mean.
 */
export function formatEstimate(s: MetricSummary | undefined, unit: MetricUnit): string {
  if (s === undefined || s.mean === null || !Number.isFinite(s.mean)) return MISSING;
  const mean = formatValue(s.mean, unit);
  if (s.halfWidth === null || !Number.isFinite(s.halfWidth)) return mean;
  return `${mean} ± ${formatSpread(s.halfWidth, unit, s.mean)}`;
}

/**
 * A paired difference `variant − baseline` with its sign and half-width (`+2.3 pt ± 1.1 pt`,
 * `−12.0s ± 3.4s`), followed by {@link SIGNIFICANT_MARK} when its interval excludes 0;
 * {@link MISSING} when there is no difference.
 */
export function formatDifference(d: DifferenceSummary | undefined, unit: MetricUnit): string {
  if (d === undefined || d.mean === null || !Number.isFinite(d.mean)) return MISSING;
  const magnitude = formatSpread(Math.abs(d.mean), unit);
  const zero = /^0(\.0*)?( pt|s| min| h)?$/.test(magnitude);
  const mean = zero ? magnitude : `${d.mean > 0 ? '+' : '−'}${magnitude}`;
  const hw = d.halfWidth === null || !Number.isFinite(d.halfWidth) ? '' : ` ± ${formatSpread(d.halfWidth, unit, d.mean)}`;
  return `${mean}${hw}${d.significant === true ? ` ${SIGNIFICANT_MARK}` : ''}`;
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
