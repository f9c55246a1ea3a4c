import type { VariantDifferences } from '../../experiment/compare';
import { renderBarChart, type BarCategory } from './bar-chart';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatValue } from './format';
import type { MetricRow } from './headlines';
import { renderMetricTable } from './metric-table';
import { roundTicks } from './ticks';

/**
 * The report's money section, when a design is priced (`costs` or `customerImpact`): a table of
 * the money metrics (`mean ± half-width`, paired differences from the baseline) and a bar chart
 * of operating cost, value lost and total cost of service per design, with their intervals.
 *
 * @module
 */

/** The rows of the money table. */
export const MONEY_ROWS: readonly MetricRow[] = [
  { path: 'economics.agentCost', label: 'Agent cost', unit: 'count', better: 'lower' },
  { path: 'economics.contactCost', label: 'Contact cost', unit: 'count', better: 'lower' },
  { path: 'economics.penaltyCost', label: 'Penalties', unit: 'count', better: 'lower' },
  { path: 'economics.operatingCost', label: 'Operating cost', unit: 'count', better: 'lower' },
  { path: 'economics.repeatContactCost', label: 'Handling cost of repeat contacts', unit: 'count', better: 'lower' },
  { path: 'economics.costPerContact', label: 'Cost per handled contact', unit: 'count', better: 'lower' },
  { path: 'economics.costPerResolvedIssue', label: 'Cost per resolved issue', unit: 'count', better: 'lower' },
  { path: 'economics.customersLost', label: 'Customers lost (expected)', unit: 'count', better: 'lower' },
  { path: 'economics.valueLost', label: 'Value lost', unit: 'count', better: 'lower' },
  { path: 'economics.totalCost', label: 'Total cost of service', unit: 'count', better: 'lower' },
  { path: 'economics.meanEffort', label: 'Customer effort per issue (points)', unit: 'count', better: 'lower' },
];

const BARS: readonly { path: string; label: string }[] = [
  { path: 'economics.operatingCost', label: 'Operating cost' },
  { path: 'economics.valueLost', label: 'Value lost' },
  { path: 'economics.totalCost', label: 'Total cost of service' },
];

/** The money section, or '' when no design is priced. */
export function moneySection(views: readonly DesignView[], differences: readonly VariantDifferences[]): string {
  if (!views.some((v) => v.metric('economics.totalCost') !== undefined)) return '';
  const currencies = [...new Set(views.map((v) => v.model.economics?.currency ?? '').filter((c) => c !== ''))];
  const unit = currencies.length === 1 ? ` (${currencies[0]!})` : '';
  const categories: BarCategory[] = BARS.map((b) => ({
    label: b.label,
    values: views.map((v) => {
      const s = v.metric(b.path);
      return s === undefined || s.mean === null ? null : { mean: s.mean, lower: s.lower, upper: s.upper };
    }),
  }));
  const max = Math.max(0, ...categories.flatMap((c) => c.values.map((v) => (v === null ? 0 : Math.max(v.mean, v.upper ?? v.mean)))));
  const { ticks, top } = roundTicks(max, (v) => (Number.isInteger(v) ? String(v) : formatValue(v, 'count')));
  const svg = renderBarChart({
    label: 'Operating cost and value lost per design',
    series: views,
    groups: [{ title: `Money per run${unit}`, categories }],
    xDomain: [0, top],
    xTicks: ticks,
    xLabel: `money per run${unit}`,
    format: (v) => formatValue(v, 'count'),
  });
  const figure = renderFigure({
    id: 'money',
    title: 'Operating cost and value lost per design',
    caption:
      'Operating cost (agents, contacts, penalties), value lost (expected customers lost × their segment value) and their sum, the total cost of service, per run; error bars are confidence intervals. See docs/economics.md for every formula.',
    svg,
    emptyNote: 'no design is priced.',
    legend: views,
    swatch: 'bar',
  });
  const table = renderMetricTable('money-table', `Money and customers${unit}`, views, [{ title: `Money${unit}`, rows: MONEY_ROWS }], differences);
  return `<section id="money"><h2>Money and customers${escapeHtml(unit)}</h2>${table}${figure}</section>`;
}
