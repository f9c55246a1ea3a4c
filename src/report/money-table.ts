import { metricAt, type MetricRecord } from '../experiment/metric-keys';
import type { MetricSummary } from '../experiment/summary';
import type { EconomicsResult } from '../metrics/economics-result';
import type { Headline } from './summary-table';
import { formatSummary } from './summary-table';
import { formatTable } from './table';

/**
 * The money table printed under the run, experiment and comparison tables when the scenario
 * gives `costs` or `customerImpact`: operating cost, value lost, total cost of service, cost
 * per handled contact and per resolved issue, customers lost.
 *
 * @module
 */

/** The headline money metrics (full metric paths). */
export const MONEY_HEADLINES: readonly Headline[] = [
  { path: 'economics.operatingCost', label: 'operating cost', unit: 'money' },
  { path: 'economics.valueLost', label: 'value lost', unit: 'money' },
  { path: 'economics.totalCost', label: 'total cost', unit: 'money' },
  { path: 'economics.costPerContact', label: 'per contact', unit: 'money' },
  { path: 'economics.costPerResolvedIssue', label: 'per resolved issue', unit: 'money' },
  { path: 'economics.customersLost', label: 'customers lost', unit: 'count' },
];

/** True when results with these metric paths carry money metrics. */
export function hasMoney(metrics: readonly string[] | Readonly<Record<string, unknown>>): boolean {
  return Array.isArray(metrics) ? metrics.includes('economics.totalCost') : 'economics.totalCost' in metrics;
}

/** The headline money labels, with the currency: `operating cost (EUR)`; customers lost stay a count. */
export function moneyLabels(currency: string | undefined): string[] {
  const unit = currency === undefined || currency === '' ? '' : ` (${currency})`;
  return MONEY_HEADLINES.map((h) => (h.path === 'economics.customersLost' ? h.label : `${h.label}${unit}`));
}

/** Money with two decimals below 100, whole above. */
function money(x: number | null): string {
  if (x === null) return '–';
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}

/** The money table of one run: one row. */
export function formatRunMoneyTable(economics: EconomicsResult): string {
  const row = [
    'overall',
    money(economics.operatingCost),
    money(economics.valueLost),
    money(economics.totalCost),
    money(economics.costPerContact),
    money(economics.costPerResolvedIssue),
    economics.customersLost.toFixed(1),
  ];
  return formatTable(['money', ...moneyLabels(economics.currency)], [row]);
}

/** The money table of an experiment (mean ± half-width), or '' when it has no money metrics. */
export function formatMoneySummaryTable(summary: MetricRecord<MetricSummary>, currency?: string): string {
  if (!hasMoney(summary)) return '';
  const row = ['overall', ...MONEY_HEADLINES.map((h) => formatSummary(metricAt(summary, h.path), h.unit))];
  return formatTable(['money', ...moneyLabels(currency)], [row]);
}
