import { metricAt, type MetricRecord } from '../experiment/metric-keys';
import type { MetricSummary } from '../experiment/summary';
import type { DifferenceSummary } from '../experiment/differences';
import { formatTable } from './table';

/** A headline metric: its path under a slice, a label, and how to print it. */
export interface Headline {
  readonly path: string;
  readonly label: string;
  /** `money` prints two decimals below 100, whole amounts above. */
  readonly unit: 'percent' | 'seconds' | 'count' | 'money';
}

/** The metrics of the headline table, per slice (`overall`, `byContactType.<name>`, ...). */
export const HEADLINES: readonly Headline[] = [
  { path: 'serviceLevel', label: 'service level', unit: 'percent' },
  { path: 'asa', label: 'ASA', unit: 'seconds' },
  { path: 'abandonmentRate', label: 'abandoned', unit: 'percent' },
  { path: 'offered', label: 'offered', unit: 'count' },
];

/**
 * The unit a duration of about `x` seconds reads best in: seconds below 2 minutes, minutes below
 * 2 hours, hours above (an e-mail backlog waits hours, a call seconds).
 */
export function durationScale(x: number): { readonly divisor: number; readonly suffix: string } {
  const a = Math.abs(x);
  if (a >= 7200) return { divisor: 3600, suffix: ' h' };
  if (a >= 120) return { divisor: 60, suffix: ' min' };
  return { divisor: 1, suffix: 's' };
}

/** Decimals of a value in its unit: one (two for money), except counts and money of 100 or more, which are whole. */
function decimalsOf(x: number, unit: Headline['unit']): number {
  if ((unit === 'count' || unit === 'money') && Math.abs(x) >= 100) return 0;
  return unit === 'money' ? 2 : 1;
}

/** Formats a value in its unit. */
export function formatValue(x: number | null, unit: Headline['unit']): string {
  if (x === null) return '–';
  if (unit === 'percent') return `${(100 * x).toFixed(1)}%`;
  if (unit === 'seconds') {
    const { divisor, suffix } = durationScale(x);
    return `${(x / divisor).toFixed(1)}${suffix}`;
  }
  return x.toFixed(decimalsOf(x, unit));
}

/**
 * `mean ± half-width` in the unit (the half-width omitted when undefined): the half-width has the
 * mean's unit and number of decimals (`77.4% ± 1.0 pt`, `3.2 h ± 0.2 h`, `6762 ± 44`). A duration
 * takes the unit of the larger of the two, so that neither prints past its unit's range
 * (`1.5 min ± 2.5 min`, not `90.0s ± 150.0s`).
 */
export function formatSummary(s: MetricSummary | undefined, unit: Headline['unit']): string {
  if (s === undefined || s.mean === null) return '–';
  if (s.halfWidth === null) return formatValue(s.mean, unit);
  if (unit === 'percent') return `${formatValue(s.mean, unit)} ± ${(100 * s.halfWidth).toFixed(1)} pt`;
  if (unit === 'seconds') {
    const { divisor, suffix } = durationScale(Math.max(Math.abs(s.mean), Math.abs(s.halfWidth)));
    return `${(s.mean / divisor).toFixed(1)}${suffix} ± ${(s.halfWidth / divisor).toFixed(1)}${suffix}`;
  }
  return `${formatValue(s.mean, unit)} ± ${s.halfWidth.toFixed(decimalsOf(s.mean, unit))}`;
}

/** Most decimals a significant difference gets so that its printed interval visibly excludes 0. */
const MAX_EXTRA_DECIMALS = 4;

/**
 * A difference `+x ± h` with a significance mark (`*` when the interval excludes 0); the
 * half-width has the difference's unit (`-1.9s ± 0.6s *`, `+5.4 pt ± 0.3 pt *`), a duration that
 * of the larger of the two, as in {@link formatSummary} (`-0.3 min ± 3.6 min`). A significant
 * difference gets more decimals (up to 4 more) when one would print an interval that touches 0
 * (`-0.34 pt ± 0.31 pt *`, not `-0.3 pt ± 0.3 pt *`).
 */
export function formatDifference(d: DifferenceSummary | undefined, unit: Headline['unit']): string {
  if (d === undefined || d.mean === null) return '–';
  const duration = durationScale(Math.max(Math.abs(d.mean), Math.abs(d.halfWidth ?? 0)));
  const scale = unit === 'percent' ? 100 : unit === 'seconds' ? 1 / duration.divisor : 1;
  const suffix = unit === 'percent' ? ' pt' : unit === 'seconds' ? duration.suffix : '';
  const mean = d.mean * scale;
  const halfWidth = d.halfWidth === null ? null : d.halfWidth * scale;
  let decimals = decimalsOf(mean, unit);
  if (d.significant === true && halfWidth !== null) {
    const shown = (x: number, k: number): number => Number(Math.abs(x).toFixed(k));
    for (let extra = 0; extra < MAX_EXTRA_DECIMALS && !(shown(mean, decimals) > shown(halfWidth, decimals)); extra++) decimals++;
  }
  const rounded = mean.toFixed(decimals);
  // A difference that rounds to zero prints as +0.0, never -0.0.
  const sign = mean >= 0 || /^-0\.?0*$/.test(rounded) ? '+' : '';
  const text = `${sign}${rounded.replace(/^-(0\.?0*)$/, '$1')}${suffix}`;
  const hw = halfWidth === null ? '' : ` ± ${halfWidth.toFixed(decimals)}${suffix}`;
  return `${text}${hw}${d.significant === true ? ' *' : ''}`;
}

/** The headline table of an experiment: rows are slices, columns the headline metrics. */
export function formatSummaryTable(summary: MetricRecord<MetricSummary>, slices: readonly { name: string; prefix: string }[]): string {
  const rows = slices.map((s) => [s.name, ...HEADLINES.map((h) => formatSummary(metricAt(summary, `${s.prefix}.${h.path}`), h.unit))]);
  return formatTable(['slice', ...HEADLINES.map((h) => h.label)], rows);
}
