import type { MetricSummary } from '../experiment/summary';
import type { DifferenceSummary } from '../experiment/differences';
import { formatTable } from './table';

/** A headline metric: its path under a slice, a label, and how to print it. */
export interface Headline {
  readonly path: string;
  readonly label: string;
  readonly unit: 'percent' | 'seconds' | 'count';
}

/** The metrics of the headline table, per slice (`overall`, `byContactType.<name>`, ...). */
export const HEADLINES: readonly Headline[] = [
  { path: 'serviceLevel', label: 'service level', unit: 'percent' },
  { path: 'asa', label: 'ASA', unit: 'seconds' },
  { path: 'abandonmentRate', label: 'abandoned', unit: 'percent' },
  { path: 'offered', label: 'offered', unit: 'count' },
];

/** Formats a value in its unit. */
export function formatValue(x: number | null, unit: Headline['unit']): string {
  if (x === null) return '–';
  if (unit === 'percent') return `${(100 * x).toFixed(1)}%`;
  if (unit === 'seconds') return `${x.toFixed(1)}s`;
  return x.toFixed(x >= 100 ? 0 : 1);
}

/** `mean ± half-width` in the unit (the half-width omitted when undefined). */
export function formatSummary(s: MetricSummary | undefined, unit: Headline['unit']): string {
  if (s === undefined || s.mean === null) return '–';
  const hw = s.halfWidth === null ? '' : ` ± ${formatValue(s.halfWidth, unit === 'count' ? 'count' : unit).replace('%', ' pt').replace(/^(\d)/, '$1')}`;
  return `${formatValue(s.mean, unit)}${hw}`;
}

/** A difference `+x ± h` with a significance mark (`*` when the interval excludes 0). */
export function formatDifference(d: DifferenceSummary | undefined, unit: Headline['unit']): string {
  if (d === undefined || d.mean === null) return '–';
  const scale = unit === 'percent' ? 100 : 1;
  const suffix = unit === 'percent' ? ' pt' : unit === 'seconds' ? 's' : '';
  const digits = unit === 'count' ? 1 : 1;
  const mean = `${d.mean >= 0 ? '+' : ''}${(d.mean * scale).toFixed(digits)}${suffix}`;
  const hw = d.halfWidth === null ? '' : ` ± ${(d.halfWidth * scale).toFixed(digits)}`;
  return `${mean}${hw}${d.significant === true ? ' *' : ''}`;
}

/** The headline table of an experiment: rows are slices, columns the headline metrics. */
export function formatSummaryTable(summary: Readonly<Record<string, MetricSummary>>, slices: readonly { name: string; prefix: string }[]): string {
  const rows = slices.map((s) => [s.name, ...HEADLINES.map((h) => formatSummary(summary[`${s.prefix}.${h.path}`], h.unit))]);
  return formatTable(['slice', ...HEADLINES.map((h) => h.label)], rows);
}
