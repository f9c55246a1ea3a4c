import type { TopLevelSpec } from 'vega-lite';
import { seriesEncoding } from './line-chart';
import type { SeriesStyle } from './palette';
import { tickAxis, type Tick } from './ticks';
import { CHART_WIDTH, renderVegaLite } from './vega-svg';

/**
 * Horizontal grouped bar charts with error bars (Vega-Lite, rendered to SVG): categories (a
 * segment, a channel, an agent group...) in titled groups, one bar per design in each category,
 * the confidence interval as an error bar and the value printed at the end of the bar.
 *
 * @module
 */

/** A bar's value: the mean and its confidence interval (null where undefined). */
export interface BarValue {
  readonly mean: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** One category: its label and one value per series (null where the design has none). */
export interface BarCategory {
  readonly label: string;
  readonly values: readonly (BarValue | null)[];
}

/** Categories under a common heading (e.g. "By segment"). */
export interface BarGroup {
  readonly title: string;
  readonly categories: readonly BarCategory[];
}

/** What {@link renderBarChart} draws. */
export interface BarChartSpec {
  /** Accessible label of the plot. */
  readonly label: string;
  readonly series: readonly { readonly name: string; readonly style: SeriesStyle }[];
  readonly groups: readonly BarGroup[];
  readonly xDomain: readonly [number, number];
  readonly xTicks: readonly Tick[];
  readonly xLabel: string;
  /** Prints a bar's value next to it. */
  readonly format: (v: number) => string;
}

const BAR = 13;
const MAX_LABEL = 24;

/** True when at least one category of one group has a value. */
export function hasBarData(groups: readonly BarGroup[]): boolean {
  return groups.some((g) => g.categories.some((c) => c.values.some((v) => v !== null)));
}

function shortLabel(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function groupSpec(spec: BarChartSpec, group: BarGroup, last: boolean): unknown {
  const [lo, hi] = spec.xDomain;
  const clamp = (v: number): number => Math.min(hi, Math.max(lo, v));
  const rows = group.categories.flatMap((c, ci) =>
    c.values.flatMap((v, k) => {
      const s = spec.series[k];
      if (v === null || s === undefined) return [];
      const ends = v.lower !== null && v.upper !== null && v.upper > v.lower;
      return [{ category: `${ci}`, series: s.name, mean: clamp(v.mean), lower: ends ? clamp(v.lower!) : null, upper: ends ? clamp(v.upper!) : null, text: spec.format(v.mean), end: clamp(Math.max(v.mean, ends ? v.upper! : v.mean)) }];
    }),
  );
  const labels = group.categories.map((c, ci) => ({ value: ci, label: shortLabel(c.label) }));
  const y = {
    field: 'category',
    type: 'nominal',
    sort: labels.map((l) => `${l.value}`),
    axis: { title: null, labelExpr: labels.reduceRight((rest, l) => `datum.value === ${JSON.stringify(`${l.value}`)} ? ${JSON.stringify(l.label)} : ${rest}`, "''"), labelLimit: 180 },
  };
  const x = { type: 'quantitative', scale: { domain: [lo, hi], nice: false }, axis: last ? { title: spec.xLabel, ...tickAxis(spec.xTicks) } : { title: null, ...tickAxis(spec.xTicks), labels: false } };
  const yOffset = { field: 'series', type: 'nominal', scale: { domain: spec.series.map((s) => s.name) } };
  const style = seriesEncoding(spec.series);
  return {
    title: group.title,
    width: CHART_WIDTH - 190,
    height: { step: BAR, for: 'offset' },
    data: { values: rows },
    encoding: { y, yOffset },
    layer: [
      { mark: { type: 'bar', height: BAR - 2 }, encoding: { x: { ...x, field: 'mean' }, color: style.color, description: { field: 'series' } } },
      { transform: [{ filter: 'datum.lower !== null' }], mark: { type: 'errorbar', ticks: true, color: '#222' }, encoding: { x: { ...x, field: 'lower' }, x2: { field: 'upper' }, description: { field: 'series' } } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10.5, color: '#222', aria: false }, encoding: { x: { ...x, field: 'end' }, text: { field: 'text' } } },
    ],
  };
}

/** The plot of a bar chart as an `<svg class="plot">`; each bar is labelled with its series name. */
export function renderBarChart(spec: BarChartSpec): string {
  const groups = spec.groups.filter((g) => g.categories.length > 0);
  const chart = { vconcat: groups.map((g, i) => groupSpec(spec, g, i === groups.length - 1)), spacing: 14 } as unknown as TopLevelSpec;
  return renderVegaLite(chart, spec.label);
}
