import { metricPath } from '../../experiment/metric-paths';
import { CHANNELS } from '../../model/channel';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import { formatClock } from './format';
import { formatDuration, formatValue } from './format';
import { hasLineData, renderLineChart, type LineSeries, type ReferenceLine } from './line-chart';
import { roundTicks, shareTicks, timeTicks, type Tick } from './ticks';

/**
 * The charts over the day: service level (with its targets), offered volume against agents on
 * duty, and occupancy per reporting interval.
 *
 * @module
 */

/** Number of reporting intervals in a design's experiment (from the `intervals.i.start` metrics). */
export function intervalCount(view: DesignView): number {
  let n = 0;
  while (view.metric(metricPath('intervals', n, 'start')) !== undefined) n++;
  return n;
}

function intervalSeries(views: readonly DesignView[], field: string, pathOf: (i: number) => string = (i) => metricPath('intervals', i, field)): LineSeries[] {
  return views.map((v) => {
    const half = v.model.intervalLength / 2;
    const points = [];
    for (let i = 0, n = intervalCount(v); i < n; i++) {
      const start = v.metric(metricPath('intervals', i, 'start'))?.mean ?? i * v.model.intervalLength;
      const s = v.metric(pathOf(i));
      points.push({ x: start + half, y: s?.mean ?? null, lower: s?.lower ?? null, upper: s?.upper ?? null });
    }
    return { name: v.name, style: v.style, points };
  });
}

/** The time axis of the interval charts: its end, ticks and title. */
function timeAxis(views: readonly DesignView[]): { to: number; ticks: Tick[]; label: string } {
  const to = Math.max(0, ...views.map((v) => intervalCount(v) * v.model.intervalLength));
  const withDay = to > 86_400;
  return {
    to,
    ticks: timeTicks(0, to, (t) => formatClock(t, withDay)),
    label: withDay ? 'time (day and clock time, by arrival)' : 'time of day (by arrival)',
  };
}

/** What {@link intervalChart} draws: one metric per interval, a line per design. */
export interface IntervalChartSpec {
  readonly field: string;
  /** The metric path of interval i (default `intervals.<i>.<field>`). */
  readonly pathOf?: (i: number) => string;
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly yLabel: string;
  readonly emptyNote: string;
  readonly rules?: readonly ReferenceLine[];
}

/** A figure of one share (0–1) per reporting interval, a line and band per design, with optional reference lines. */
export function intervalChart(views: readonly DesignView[], spec: IntervalChartSpec): string {
  const series = intervalSeries(views, spec.field, spec.pathOf);
  const axis = timeAxis(views);
  const svg = hasLineData(series)
    ? renderLineChart({
        label: spec.title,
        xDomain: [0, axis.to],
        xTicks: axis.ticks,
        xLabel: axis.label,
        yDomain: [0, 1],
        yTicks: shareTicks(),
        yLabel: spec.yLabel,
        series,
        ...(spec.rules === undefined ? {} : { rules: spec.rules }),
      })
    : null;
  return renderFigure({ id: spec.id, title: spec.title, caption: spec.caption, svg, emptyNote: spec.emptyNote, legend: views, swatch: 'line' });
}

/** The service-level targets of the designs' contact types, one line per distinct target share, naming its types. */
export function targetLines(views: readonly DesignView[]): ReferenceLine[] {
  const byTarget = new Map<number, string[]>();
  for (const v of views) {
    for (const t of v.model.contactTypes) {
      const text = `${t.name} ${formatDuration(t.serviceLevel.threshold)}`;
      const names = byTarget.get(t.serviceLevel.target) ?? [];
      if (!names.includes(text)) names.push(text);
      byTarget.set(t.serviceLevel.target, names);
    }
  }
  return [...byTarget.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([target, names]) => ({ y: target, label: `target ${formatValue(target, 'percent')} (${names.length > 3 ? `${names.length} contact types` : names.join(', ')})` }));
}

/** The channels of the designs' contact types with their answer-time thresholds, in words. */
function thresholdsInWords(views: readonly DesignView[]): string {
  const words = new Map<string, string>();
  for (const v of views) for (const t of v.model.contactTypes) if (!words.has(t.name)) words.set(t.name, `${t.name} within ${formatDuration(t.serviceLevel.threshold)}`);
  return [...words.values()].join(', ');
}

/** Chart (a): service level per reporting interval, with its confidence band and the targets. */
export function serviceLevelChart(views: readonly DesignView[]): string {
  return intervalChart(views, {
    field: 'serviceLevel',
    id: 'service-level',
    title: 'Service level over the day (all contact types together)',
    caption: `Share of the contacts arriving in each interval that were answered within their own type's target time (${thresholdsInWords(views)}); abandons count against it. Every channel counts in one line: an interval where the e-mails or messages that arrive cannot be answered within their target (nobody on duty for them) shows a low service level even when calls are answered at once; see each contact type's own chart below (drawn when the results carry the detailed metrics, which routelab compare measures for an HTML report) and the table by contact type. The line is the mean over the replications, the band its confidence interval, the red dashed lines the targets. Gaps are intervals without contacts.`,
    yLabel: 'service level',
    emptyNote: 'no interval had contacts answered or abandoned.',
    rules: targetLines(views),
  });
}

/** The path of contact type `type`'s figure `field` in interval `i`, in the detailed metrics. */
function typeIntervalPath(type: string, field: string): (i: number) => string {
  return (i) => metricPath('detailed', 'byContactTypeAndInterval', type, 'intervals', i, field);
}

/**
 * Chart (a1): service level over the day of each contact type on its own, with that type's
 * target, when the results carry the detailed metrics (`routelab compare` measures them for an
 * HTML report); none otherwise.
 */
export function serviceLevelByTypeCharts(views: readonly DesignView[]): string[] {
  const types = new Map<string, { threshold: number; target: number; channel: string }>();
  for (const v of views) {
    for (const t of v.model.contactTypes) {
      if (!types.has(t.name)) types.set(t.name, { threshold: t.serviceLevel.threshold, target: t.serviceLevel.target, channel: CHANNELS[t.channel] ?? 'voice' });
    }
  }
  if (types.size < 2) return [];
  const charts: string[] = [];
  let k = 0;
  for (const [name, t] of types) {
    const pathOf = typeIntervalPath(name, 'serviceLevel');
    if (!views.some((v) => v.metric(pathOf(0)) !== undefined)) continue;
    charts.push(
      intervalChart(views, {
        field: 'serviceLevel',
        pathOf,
        id: `service-level-type-${k++}`,
        title: `Service level over the day: ${name} (${t.channel})`,
        caption: `Share of the ${name} contacts arriving in each interval that were answered within ${formatDuration(t.threshold)}; abandons count against it. The line is the mean over the replications, the band its confidence interval, the red dashed line the target. Gaps are intervals without ${name} contacts.`,
        yLabel: 'service level',
        emptyNote: `no interval had ${name} contacts answered or abandoned.`,
        rules: [{ y: t.target, label: `target ${formatValue(t.target, 'percent')} within ${formatDuration(t.threshold)}` }],
      }),
    );
  }
  return charts;
}

/** Chart (b): occupancy of all agents per reporting interval, with its confidence band. */
export function occupancyChart(views: readonly DesignView[]): string {
  return intervalChart(views, {
    field: 'occupancy',
    id: 'occupancy',
    title: 'Agent occupancy over the day',
    caption: 'Share of the logged-on agent time spent holding a contact (in service or wrap-up), per interval, all agent groups together (each group over the day follows, when the results carry the detailed metrics; occupancy per group over the whole run is in the occupancy chart below); the band is the confidence interval. Gaps are intervals without agents on duty.',
    yLabel: 'occupancy',
    emptyNote: 'no interval had agents on duty.',
  });
}

function countChart(views: readonly DesignView[], field: string, label: string, yLabel: string): string | null {
  const series = intervalSeries(views, field);
  if (!hasLineData(series)) return null;
  const axis = timeAxis(views);
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => Math.max(p.y ?? 0, p.upper ?? 0))));
  const { ticks, top } = roundTicks(max);
  return renderLineChart({ label, xDomain: [0, axis.to], xTicks: axis.ticks, xLabel: axis.label, yDomain: [0, top], yTicks: ticks, yLabel, series, height: 150 });
}

/** Chart (a2): contacts offered per interval above the agents on duty, on the same time axis. */
export function volumeStaffingChart(views: readonly DesignView[]): string {
  const offered = countChart(views, 'offered', 'Contacts offered per interval', 'contacts offered');
  const agents = countChart(views, 'agentsOnDuty', 'Agents on duty per interval', 'agents on duty');
  return renderFigure({
    id: 'volume-staffing',
    title: 'Offered volume against agents on duty',
    caption:
      'Top: contacts offered per interval (every channel, by arrival). Bottom: agents on duty (logged on) per interval, all groups together. An interval where volume rises and staffing does not is where the service level falls. Bands are confidence intervals.',
    svg: offered === null && agents === null ? null : [offered, agents].filter((x) => x !== null).join(''),
    emptyNote: 'the results have no per-interval volumes or staffing.',
    legend: views,
    swatch: 'line',
  });
}
