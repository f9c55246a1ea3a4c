import { metricPath } from '../../experiment/metric-paths';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import { formatClock } from './format';
import { hasLineData, renderLineChart, type LineSeries } from './line-chart';
import { shareTicks, timeTicks } from './svg-axes';

/**
 * The charts over the day: service level and occupancy per reporting interval.
 *
 * @module
 */

/** Number of reporting intervals in a design's experiment (from the `intervals.i.start` metrics). */
export function intervalCount(view: DesignView): number {
  let n = 0;
  while (view.metric(metricPath('intervals', n, 'start')) !== undefined) n++;
  return n;
}

function intervalSeries(views: readonly DesignView[], field: string): LineSeries[] {
  return views.map((v) => {
    const half = v.model.intervalLength / 2;
    const points = [];
    for (let i = 0, n = intervalCount(v); i < n; i++) {
      const start = v.metric(metricPath('intervals', i, 'start'))?.mean ?? i * v.model.intervalLength;
      const s = v.metric(metricPath('intervals', i, field));
      points.push({ x: start + half, y: s?.mean ?? null, lower: s?.lower ?? null, upper: s?.upper ?? null });
    }
    return { name: v.name, style: v.style, points };
  });
}

function intervalChart(views: readonly DesignView[], field: string, id: string, title: string, caption: string, yLabel: string, emptyNote: string): string {
  const series = intervalSeries(views, field);
  const ends = views.map((v) => intervalCount(v) * v.model.intervalLength);
  const to = Math.max(0, ...ends);
  const withDay = to > 86_400;
  const svg = hasLineData(series)
    ? renderLineChart({
        label: title,
        xDomain: [0, to],
        xTicks: timeTicks(0, to, (t) => formatClock(t, withDay)),
        xLabel: withDay ? 'time (day and clock time, by arrival)' : 'time of day (by arrival)',
        yDomain: [0, 1],
        yTicks: shareTicks(),
        yLabel,
        series,
      })
    : null;
  return renderFigure({ id, title, caption, svg, emptyNote, legend: views, swatch: 'line' });
}

/** Chart (a): service level per reporting interval, with its confidence band. */
export function serviceLevelChart(views: readonly DesignView[]): string {
  return intervalChart(
    views,
    'serviceLevel',
    'service-level',
    'Service level over the day',
    'Share of the contacts arriving in each interval that were answered within their target time (abandons count against it); the line is the mean over the replications, the band its confidence interval. Gaps are intervals without contacts.',
    'service level',
    'no interval had contacts answered or abandoned.',
  );
}

/** Chart (b): occupancy of all agents per reporting interval, with its confidence band. */
export function occupancyChart(views: readonly DesignView[]): string {
  return intervalChart(
    views,
    'occupancy',
    'occupancy',
    'Agent occupancy over the day',
    'Share of the logged-on agent time spent holding a contact (in service or wrap-up), per interval; the band is the confidence interval. Gaps are intervals without agents on duty.',
    'occupancy',
    'no interval had agents on duty.',
  );
}
