import type { TopLevelSpec } from 'vega-lite';
import type { SeriesStyle } from './palette';
import { tickAxis, type Tick } from './ticks';
import { CHART_WIDTH, renderVegaLite } from './vega-svg';

/**
 * Line charts with confidence bands (Vega-Lite, rendered to SVG): one line per series with its
 * colour and dash pattern, gaps where a value is missing, the confidence interval as a translucent
 * band, and optional horizontal reference lines (a service-level target).
 *
 * @module
 */

/** One point of a line: the mean and its confidence interval (null where undefined). */
export interface LinePoint {
  readonly x: number;
  readonly y: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** One design's line. */
export interface LineSeries {
  readonly name: string;
  readonly style: SeriesStyle;
  readonly points: readonly LinePoint[];
}

/** A horizontal reference line, labelled at its right end. */
export interface ReferenceLine {
  readonly y: number;
  readonly label: string;
}

/** What {@link renderLineChart} draws. */
export interface LineChartSpec {
  /** Accessible label of the plot. */
  readonly label: string;
  readonly xDomain: readonly [number, number];
  readonly xTicks: readonly Tick[];
  readonly xLabel: string;
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly Tick[];
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  /** Reference lines (e.g. targets); none by default. */
  readonly rules?: readonly ReferenceLine[];
  /** Plot height in pixels. @default 240 */
  readonly height?: number;
}

/** True when the series has at least one point with a value. */
export function hasLineData(series: readonly LineSeries[]): boolean {
  return series.some((s) => s.points.some((p) => p.y !== null));
}

/** Vega-Lite colour and dash encodings of the series, by name, in the series' own styles. */
export function seriesEncoding(series: readonly { readonly name: string; readonly style: SeriesStyle }[]): Record<string, unknown> {
  const domain = series.map((s) => s.name);
  return {
    color: { field: 'series', type: 'nominal', scale: { domain, range: series.map((s) => s.style.color) }, legend: null },
    strokeDash: { field: 'series', type: 'nominal', scale: { domain, range: series.map((s) => (s.style.dash.length === 0 ? [1, 0] : [...s.style.dash])) }, legend: null },
  };
}

/** The plot of a line chart as an `<svg class="plot">`; each line's path is labelled with its series name. */
export function renderLineChart(spec: LineChartSpec): string {
  // a band is cut at the axis range (a t interval of a share can pass 0 or 100 %); no SVG clip
  // path, so the page keeps no url() reference
  const [y0, y1] = spec.yDomain;
  const clamp = (v: number | null): number | null => (v === null ? null : Math.min(y1, Math.max(y0, v)));
  const rows = spec.series.flatMap((s) => s.points.map((p) => ({ series: s.name, x: p.x, y: p.y, lower: clamp(p.lower), upper: clamp(p.upper) })));
  const x = { field: 'x', type: 'quantitative', scale: { domain: [...spec.xDomain], nice: false }, axis: { title: spec.xLabel, ...tickAxis(spec.xTicks), grid: false } };
  const y = { type: 'quantitative', scale: { domain: [...spec.yDomain], nice: false }, axis: { title: spec.yLabel, ...tickAxis(spec.yTicks) } };
  const style = seriesEncoding(spec.series);
  const rules = spec.rules ?? [];
  const layers: unknown[] = [
    {
      transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
      mark: { type: 'area', opacity: 0.16, aria: false },
      encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' }, color: style.color, detail: { field: 'series' } },
    },
    {
      mark: { type: 'line', strokeWidth: 2, point: false },
      encoding: { x, y: { ...y, field: 'y' }, ...style, description: { field: 'series' } },
    },
  ];
  if (rules.length > 0) {
    layers.push({
      data: { values: rules.map((r) => ({ ry: r.y, rlabel: r.label })) },
      layer: [
        { mark: { type: 'rule', color: '#b00020', strokeWidth: 1.5, strokeDash: [5, 3] }, encoding: { y: { ...y, field: 'ry' } } },
        { mark: { type: 'text', align: 'right', dy: -6, color: '#b00020', fontSize: 11, x: 'width', aria: false }, encoding: { y: { ...y, field: 'ry' }, text: { field: 'rlabel' } } },
      ],
    });
  }
  const chart = { width: CHART_WIDTH, height: spec.height ?? 240, data: { values: rows }, layer: layers } as unknown as TopLevelSpec;
  return renderVegaLite(chart, spec.label);
}
