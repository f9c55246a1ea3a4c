import { metricAt } from '../../experiment/metric-keys';
import type { TopLevelSpec } from 'vega-lite';
import type { VariantDifferences } from '../../experiment/compare';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import type { MetricSection } from './headlines';
import { seriesEncoding } from './line-chart';
import { rowScale } from './metric-table';
import { CHART_WIDTH, renderVegaLite } from './vega-svg';

/**
 * The forest plot of the paired differences: one panel per headline metric, one row per design
 * other than the baseline, the difference from the baseline as a dot with its confidence interval,
 * and a line at zero. A difference whose interval does not cross the line is significant.
 *
 * @module
 */

interface ForestRow {
  readonly series: string;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
}

function panel(title: string, rows: readonly ForestRow[], views: readonly DesignView[]): unknown {
  const domain = views.slice(1).map((v) => v.name);
  const extent = Math.max(...rows.flatMap((r) => [Math.abs(r.lower), Math.abs(r.upper)]), 1e-9);
  const x = { type: 'quantitative', scale: { domain: [-extent * 1.05, extent * 1.05], nice: true, zero: true }, axis: { title: null, tickCount: 5 } };
  const y = { field: 'series', type: 'nominal', scale: { domain }, axis: { title: null, labelLimit: 160 } };
  const style = seriesEncoding(views.slice(1));
  return {
    title,
    width: CHART_WIDTH - 200,
    height: { step: 18 },
    data: { values: rows },
    encoding: { y },
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#555', strokeDash: [3, 3], aria: false }, encoding: { x: { ...x, field: 'zero' }, y: null } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { ...x, field: 'lower' }, x2: { field: 'upper' }, color: style.color, description: { field: 'series' } } },
      { mark: { type: 'point', filled: true, size: 50, opacity: 1 }, encoding: { x: { ...x, field: 'mean' }, color: style.color, description: { field: 'series' } } },
    ],
  };
}

/** The forest plot figure of compared designs with intervals; '' when there is nothing to plot. */
export function forestPlot(views: readonly DesignView[], differences: readonly VariantDifferences[], sections: readonly MetricSection[]): string {
  const panels = sections
    .flatMap((s) => s.rows)
    .flatMap((row) => {
      const scale = rowScale(row, views, differences);
      const factor = row.unit === 'percent' ? 100 : row.unit === 'seconds' ? 1 / scale.divisor : 1;
      const unit = row.unit === 'percent' ? 'percentage points' : row.unit === 'seconds' ? (scale.divisor === 1 ? 'seconds' : scale.suffix.trim()) : '';
      const rows = views.slice(1).flatMap((v) => {
        const d = metricAt(differences.find((x) => x.variant === v.name)?.summary, row.path);
        return d === undefined || d.mean === null || d.lower === null || d.upper === null ? [] : [{ series: v.name, mean: d.mean * factor, lower: d.lower * factor, upper: d.upper * factor }];
      });
      const flat = rows.every((r) => Math.max(Math.abs(r.lower), Math.abs(r.upper)) < 1e-9);
      return rows.length === 0 || flat ? [] : [panel(`${row.label}${unit === '' ? '' : ` (Δ, ${unit})`}`, rows, views)];
    });
  if (panels.length === 0 || views.length < 2) return '';
  const svg = renderVegaLite({ vconcat: panels, spacing: 16 } as unknown as TopLevelSpec, 'Paired differences from the baseline with confidence intervals');
  return renderFigure({
    id: 'forest',
    title: `Differences from ${views[0]!.name}`,
    caption:
      'For each headline metric, the mean paired difference design − baseline (dot) and its confidence interval (bar). The dashed line is no difference: an interval that does not cross it is significant. Each panel has its own unit and scale; metrics where no design differs from the baseline in any replication are left out.',
    svg,
    emptyNote: 'no difference has an interval.',
    legend: views.slice(1),
    swatch: 'bar',
  });
}
