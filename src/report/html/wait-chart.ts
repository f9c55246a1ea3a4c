import { metricPath } from '../../experiment/metric-paths';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import { formatDuration } from './format';
import { hasLineData, renderLineChart, type LineSeries } from './line-chart';
import { shareTicks, type Tick } from './ticks';

/**
 * Chart (c): the wait-time distribution, the share of answered contacts answered within t.
 *
 * @module
 */

/** The wait thresholds of a design's experiment (from the `waitDistribution.i.upTo` metrics). */
function thresholds(view: DesignView): number[] {
  const out: number[] = [];
  for (let i = 0; ; i++) {
    const upTo = view.metric(metricPath('waitDistribution', i, 'upTo'))?.mean;
    if (upTo === undefined || upTo === null) return out;
    out.push(upTo);
  }
}

/**
 * The wait-time distribution chart. The thresholds (0 s, 5 s, … 1 h) are spread evenly along the
 * axis, like the rows of a service-level table.
 */
export function waitDistributionChart(views: readonly DesignView[]): string {
  const all = [...new Set(views.flatMap(thresholds))].sort((a, b) => a - b);
  const series: LineSeries[] = views.map((v) => {
    const own = thresholds(v);
    const points = own.map((upTo, i) => {
      const s = v.metric(metricPath('waitDistribution', i, 'answered'));
      return { x: all.indexOf(upTo), y: s?.mean ?? null, lower: s?.lower ?? null, upper: s?.upper ?? null };
    });
    return { name: v.name, style: v.style, points };
  });
  const ticks: Tick[] = all.map((t, i) => ({ value: i, label: formatDuration(t) }));
  const svg =
    all.length > 0 && hasLineData(series)
      ? renderLineChart({
          label: 'Wait-time distribution',
          xDomain: [0, Math.max(1, all.length - 1)],
          xTicks: ticks,
          xLabel: 'wait at most (not to scale)',
          yDomain: [0, 1],
          yTicks: shareTicks(),
          yLabel: 'share of answered contacts',
          series,
        })
      : null;
  return renderFigure({
    id: 'wait-distribution',
    title: 'Wait-time distribution',
    caption:
      'Share of all answered contacts (every channel) whose wait was at most t, for the thresholds on the axis; the band is the confidence interval. The value at 0 s is the share answered at once.',
    svg,
    emptyNote: 'no contact was answered, or the results have no wait-time distribution.',
    legend: views,
    swatch: 'line',
  });
}
