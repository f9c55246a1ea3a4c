import { svgOpen } from './chart-frame';
import { escapeHtml } from './escape';
import type { SeriesStyle } from './palette';
import { coord, linearScale, renderXAxis, type PlotArea, type Tick } from './svg-axes';

/**
 * Horizontal grouped bar charts with error bars, in inline SVG: categories (a segment, a channel,
 * an agent group...) in titled groups, one bar per design in each category, the confidence
 * interval as an error bar and the value printed at the end of the bar.
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

const WIDTH = 720;
const LEFT = 170;
const RIGHT = 64;
const TOP = 8;
const BOTTOM = 46;
const BAR = 14;
const GAP = 10;
const HEADING = 24;
/** Bars of a zero value are drawn this wide so that they stay visible. */
const MIN_BAR = 1.5;
const MAX_LABEL = 26;

/** True when at least one category of one group has a value. */
export function hasBarData(groups: readonly BarGroup[]): boolean {
  return groups.some((g) => g.categories.some((c) => c.values.some((v) => v !== null)));
}

function label(text: string): string {
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
  return short === text ? escapeHtml(text) : `<title>${escapeHtml(text)}</title>${escapeHtml(short)}`;
}

/** The plot of a bar chart as an `<svg>`; every bar and error bar carries `data-series`. */
export function renderBarChart(spec: BarChartSpec): string {
  const groups = spec.groups.filter((g) => g.categories.length > 0);
  const band = spec.series.length * BAR + GAP;
  const plotHeight = groups.reduce((h, g) => h + HEADING + g.categories.length * band, 0);
  const height = TOP + plotHeight + BOTTOM;
  const area: PlotArea = { width: WIDTH, height, left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM };
  const [lo, hi] = spec.xDomain;
  const xRaw = linearScale(spec.xDomain, [LEFT, WIDTH - RIGHT]);
  const x = (v: number): number => xRaw(Math.min(hi, Math.max(lo, v)));
  const parts: string[] = [];
  for (const t of spec.xTicks) {
    const tx = coord(x(t.value));
    parts.push(`<line class="grid" x1="${tx}" x2="${tx}" y1="${TOP}" y2="${coord(height - BOTTOM)}"/>`);
  }
  let top = TOP;
  for (const g of groups) {
    parts.push(`<text class="group-title" x="6" y="${coord(top + 16)}">${escapeHtml(g.title)}</text>`);
    top += HEADING;
    for (const c of g.categories) {
      parts.push(`<text class="tick" x="${LEFT - 8}" y="${coord(top + band / 2 - GAP / 2)}" text-anchor="end" dominant-baseline="middle">${label(c.label)}</text>`);
      c.values.forEach((v, k) => {
        const s = spec.series[k];
        if (v === null || s === undefined) return;
        const name = escapeHtml(s.name);
        const y0 = top + k * BAR;
        const mid = coord(y0 + (BAR - 2) / 2);
        const w = Math.max(MIN_BAR, x(v.mean) - x(lo));
        parts.push(`<rect class="bar" data-series="${name}" x="${coord(x(lo))}" y="${coord(y0)}" width="${coord(w)}" height="${BAR - 2}" fill="${s.style.color}"><title>${name}: ${escapeHtml(spec.format(v.mean))}</title></rect>`);
        let end = x(lo) + w;
        if (v.lower !== null && v.upper !== null && v.upper > v.lower) {
          const a = coord(x(v.lower));
          const b = coord(x(v.upper));
          parts.push(`<path class="error-bar" data-series="${name}" d="M${a},${mid}H${b}M${a},${coord(y0 + 2)}V${coord(y0 + BAR - 4)}M${b},${coord(y0 + 2)}V${coord(y0 + BAR - 4)}" stroke="#222" stroke-width="1.2" fill="none"/>`);
          end = Math.max(end, x(v.upper));
        }
        parts.push(`<text class="value" x="${coord(end + 4)}" y="${mid}" dominant-baseline="middle">${escapeHtml(spec.format(v.mean))}</text>`);
      });
      top += band;
    }
  }
  return [svgOpen(WIDTH, height, spec.label), ...parts, renderXAxis(area, x, spec.xTicks, spec.xLabel), '</svg>'].join('');
}
