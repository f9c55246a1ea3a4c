import { metricAt } from '../experiment/metric-keys';
import type { ComparisonResult } from '../experiment/compare';
import { channelsOf, JOURNEY_HEADLINES } from './journey-table';
import { hasMoney, MONEY_HEADLINES, moneyLabels } from './money-table';
import { formatDifference, formatSummary, type Headline } from './summary-table';
import { formatTable } from './table';

/**
 * The text tables of a comparison of designs: the headline metrics of the whole center, then
 * waits by channel and callback promises. Each table has a row per design (mean ± half-width) and
 * a row per difference from the baseline (paired when the streams were common, `*` when
 * significant).
 *
 * @module
 */

/** A column of a comparison table: a full metric path (see `flattenMetrics`), a label and a unit. */
export type ComparisonColumn = Headline;

/** The headline columns: resolution and repeats first, then service, then agents. */
export const COMPARISON_HEADLINES: readonly ComparisonColumn[] = [
  ...JOURNEY_HEADLINES,
  { path: 'overall.serviceLevel', label: 'service level', unit: 'percent' },
  { path: 'overall.abandonmentRate', label: 'abandoned', unit: 'percent' },
  { path: 'agents.occupancy', label: 'occupancy', unit: 'percent' },
];

const PROMISES_KEPT = /^callbacks\.([^.[\]"]+)\.promiseKeptRate$/;

/**
 * The second table's columns, from the metrics the baseline has: ASA per channel (a center-wide
 * ASA would mix seconds of voice with hours of e-mail backlog) and promises kept per contact type
 * that offers callbacks.
 */
export function waitColumns(comparison: ComparisonResult): ComparisonColumn[] {
  const metrics = comparison.variants.find((v) => v.name === comparison.baseline)?.experiment.metrics ?? [];
  const columns: ComparisonColumn[] = channelsOf(metrics).map((c) => ({ path: `byChannel.${c}.asa`, label: `ASA ${c}`, unit: 'seconds' }));
  for (const path of metrics) {
    const kept = PROMISES_KEPT.exec(path);
    if (kept !== null) columns.push({ path, label: `promises kept ${kept[1]!}`, unit: 'percent' });
  }
  return columns;
}

/** One table: a row per design, then a row per difference from the baseline. */
export function comparisonRows(comparison: ComparisonResult, columns: readonly ComparisonColumn[]): string {
  const rows = comparison.variants.map((v) => [v.name, ...columns.map((c) => formatSummary(metricAt(v.experiment.summary, c.path), c.unit))]);
  const differences = comparison.differences.map((d) => [
    `${d.variant} − ${d.baseline}`,
    ...columns.map((c) => formatDifference(metricAt(d.summary, c.path), c.unit)),
  ]);
  return formatTable(['design', ...columns.map((c) => c.label)], [...rows, ...differences]);
}

/** Options of {@link formatComparisonTables}. */
export interface ComparisonTableOptions {
  /** Currency label of the money table (the designs' `costs.currency`). */
  readonly currency?: string | undefined;
}

/** The money columns, labelled with the currency, when the baseline is priced. */
function moneyColumns(comparison: ComparisonResult, currency: string | undefined): ComparisonColumn[] {
  const metrics = comparison.variants.find((v) => v.name === comparison.baseline)?.experiment.metrics ?? [];
  if (!hasMoney(metrics)) return [];
  const labels = moneyLabels(currency);
  return MONEY_HEADLINES.map((h, i) => ({ ...h, label: labels[i]! }));
}

/**
 * The text report of a comparison: a title line, the headline table, the waits table, the money
 * table when the designs are priced, a legend.
 */
export function formatComparisonTables(comparison: ComparisonResult, options: ComparisonTableOptions = {}): string {
  const streams = comparison.mode === 'common' ? 'common random numbers (paired differences)' : 'independent streams';
  const waits = waitColumns(comparison);
  const money = moneyColumns(comparison, options.currency);
  // One replication gives no interval: the header must not promise any, nor the legend a mark.
  const single = comparison.replications === 1;
  const intervals = single ? 'no confidence intervals with one replication' : `${100 * comparison.level}% Student t intervals`;
  return [
    `${comparison.replications} replication${single ? '' : 's'} per design, seed ${String(comparison.seed)}, ${streams}, ${intervals}`,
    '',
    comparisonRows(comparison, COMPARISON_HEADLINES),
    ...(waits.length === 0 ? [] : ['', comparisonRows(comparison, waits)]),
    ...(money.length === 0 ? [] : ['', comparisonRows(comparison, money)]),
    ...(single ? [] : ['', '* the interval of the difference excludes 0: the difference is significant']),
  ].join('\n');
}
