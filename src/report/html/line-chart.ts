import { svgOpen } from './chart-frame';
import { escapeHtml } from './escape';
import type { SeriesStyle } from './palette';
import { coord, linearScale, renderXAxis, renderYAxis, type PlotArea, type Tick } from './svg-axes';

/**
 * Line charts with confidence bands, in inline SVG: one line per design, gaps where a value is
 * missing, the confidence interval as a translucent band.
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
}

const AREA: PlotArea = { width: 720, height: 300, left: 58, right: 16, top: 12, bottom: 46 };

/** Maximal runs of consecutive points that satisfy `has`. */
function runs<T>(points: readonly T[], has: (p: T) => boolean): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (const p of points) {
    if (has(p)) current.push(p);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** True when the series has at least one point with a value. */
export function hasLineData(series: readonly LineSeries[]): boolean {
  return series.some((s) => s.points.some((p) => p.y !== null));
}

/** The plot of a line chart as an `<svg>`; every line, band and lone point carries `data-series`. */
export function renderLineChart(spec: LineChartSpec): string {
  const x = linearScale(spec.xDomain, [AREA.left, AREA.width - AREA.right]);
  const yRaw = linearScale(spec.yDomain, [AREA.height - AREA.bottom, AREA.top]);
  const [lo, hi] = spec.yDomain;
  const y = (v: number): number => yRaw(Math.min(hi, Math.max(lo, v)));
  const marks = spec.series.map((s) => {
    const name = escapeHtml(s.name);
    const bands = runs(s.points, (p) => p.lower !== null && p.upper !== null)
      .filter((r) => r.length > 1)
      .map((r) => {
        const top = r.map((p) => `${coord(x(p.x))},${coord(y(p.upper!))}`);
        const bottom = [...r].reverse().map((p) => `${coord(x(p.x))},${coord(y(p.lower!))}`);
        return `<path class="band" data-series="${name}" d="M${top.join('L')}L${bottom.join('L')}Z" fill="${s.style.color}" fill-opacity="0.16" stroke="none"/>`;
      });
    const dash = s.style.dash === '' ? '' : ` stroke-dasharray="${s.style.dash}"`;
    const lines = runs(s.points, (p) => p.y !== null).map((r) =>
      r.length === 1
        ? `<circle class="point" data-series="${name}" cx="${coord(x(r[0]!.x))}" cy="${coord(y(r[0]!.y!))}" r="3" fill="${s.style.color}"/>`
        : `<path class="line" data-series="${name}" d="M${r.map((p) => `${coord(x(p.x))},${coord(y(p.y!))}`).join('L')}" fill="none" stroke="${s.style.color}" stroke-width="2"${dash} stroke-linejoin="round"/>`,
    );
    return `<g class="series">${bands.join('')}${lines.join('')}</g>`;
  });
  return [
    svgOpen(AREA.width, AREA.height, spec.label),
    renderYAxis(AREA, y, spec.yTicks, spec.yLabel),
    renderXAxis(AREA, x, spec.xTicks, spec.xLabel),
    ...marks,
    '</svg>',
  ].join('');
}
