import { metricAt, type ExperimentResult } from 'routelab';

/**
 * The headline figures of an experiment, as the playground's results table shows them: service
 * level, ASA, abandonment, first-contact resolution and occupancy (overall and per agent group),
 * each with its mean and confidence interval over the replications.
 *
 * @module
 */

/** One row of the results table. */
export interface HeadlineRow {
  /** The metric path in `ExperimentResult.summary` (`overall.serviceLevel`). */
  readonly metric: string;
  /** What the row shows, in words. */
  readonly label: string;
  /** The mean, formatted. */
  readonly mean: string;
  /** The confidence interval `[lower, upper]`, formatted; `–` with fewer than 2 replications. */
  readonly interval: string;
}

/** How a metric's values are shown: a fraction as a percentage, a time in seconds. */
export type HeadlineUnit = 'percent' | 'seconds';
type Unit = HeadlineUnit;

/** The headline metrics every run shows when the result has them, with their label and unit. */
export const FIXED_HEADLINES: readonly { readonly metric: string; readonly label: string; readonly unit: HeadlineUnit }[] = [
  { metric: 'overall.serviceLevel', label: 'Service level', unit: 'percent' },
  { metric: 'overall.asa', label: 'ASA (average speed of answer)', unit: 'seconds' },
  { metric: 'overall.abandonmentRate', label: 'Abandonment', unit: 'percent' },
  { metric: 'journey.overall.fcr', label: 'First-contact resolution', unit: 'percent' },
  { metric: 'agents.occupancy', label: 'Occupancy, all agents', unit: 'percent' },
];

const GROUP_OCCUPANCY = /^byAgentGroup(?:\.([^.[\]]+)|\[("(?:[^"\\]|\\.)*")\])\.occupancy$/;

/**
 * Formats a value: a fraction as a percentage with one decimal, a time in seconds with one
 * decimal; `–` for `null`.
 */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  return unit === 'percent' ? `${(value * 100).toFixed(1)} %` : `${value.toFixed(1)} s`;
}

/**
 * The table's rows for an experiment: the fixed headline metrics the result has, then the
 * occupancy of each agent group (a group name with a dot or bracket is quoted in the path).
 *
 * @param result - the experiment's result
 */
export function headlineRows(result: ExperimentResult): HeadlineRow[] {
  const wanted: { metric: string; label: string; unit: Unit }[] = FIXED_HEADLINES.filter((row) => row.metric in result.summary);
  for (const metric of result.metrics) {
    const match = GROUP_OCCUPANCY.exec(metric);
    if (match === null) continue;
    const group = match[1] ?? (JSON.parse(match[2] ?? '""') as string);
    wanted.push({ metric, label: `Occupancy, ${group}`, unit: 'percent' });
  }
  return wanted.map(({ metric, label, unit }) => {
    const summary = metricAt(result.summary, metric);
    const mean = summary?.mean ?? null;
    const interval =
      summary === undefined || summary.lower === null || summary.upper === null
        ? '–'
        : `${formatValue(summary.lower, unit)} – ${formatValue(summary.upper, unit)}`;
    return { metric, label, mean: formatValue(mean, unit), interval };
  });
}
