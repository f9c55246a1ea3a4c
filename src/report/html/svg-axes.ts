import { escapeHtml } from './escape';

/**
 * Scales, ticks and axes of the inline SVG charts.
 *
 * @module
 */

/** A tick: where it goes on the axis, and its label. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** The plot area inside an SVG of `width` × `height` (user units). */
export interface PlotArea {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A coordinate rounded to 0.01 user units, for compact and stable SVG text. */
export function coord(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A linear map of `domain` onto `range` (a degenerate domain maps to the middle of the range). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (x) => r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);
}

/** Ticks of a share axis, 0 % to 100 % every 20 %. */
export function shareTicks(): Tick[] {
  return [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, label: `${Math.round(value * 100)}%` }));
}

/** A vertical axis at the left of the plot area with horizontal grid lines and a rotated label. */
export function renderYAxis(area: PlotArea, y: (v: number) => number, ticks: readonly Tick[], label: string): string {
  const x0 = area.left;
  const x1 = area.width - area.right;
  const parts = ticks.map((t) => {
    const ty = coord(y(t.value));
    return `<line class="grid" x1="${coord(x0)}" x2="${coord(x1)}" y1="${ty}" y2="${ty}"/><text class="tick" x="${coord(x0 - 6)}" y="${ty}" text-anchor="end" dominant-baseline="middle">${escapeHtml(t.label)}</text>`;
  });
  const midY = coord((area.top + area.height - area.bottom) / 2);
  parts.push(`<line class="axis" x1="${coord(x0)}" x2="${coord(x0)}" y1="${coord(area.top)}" y2="${coord(area.height - area.bottom)}"/>`);
  parts.push(`<text class="axis-label" transform="translate(14 ${midY}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text>`);
  return `<g class="y-axis">${parts.join('')}</g>`;
}

/** A horizontal axis at the bottom of the plot area with tick marks and a centred label. */
export function renderXAxis(area: PlotArea, x: (v: number) => number, ticks: readonly Tick[], label: string): string {
  const y0 = area.height - area.bottom;
  const parts = ticks.map((t) => {
    const tx = coord(x(t.value));
    return `<line class="axis" x1="${tx}" x2="${tx}" y1="${coord(y0)}" y2="${coord(y0 + 5)}"/><text class="tick" x="${tx}" y="${coord(y0 + 18)}" text-anchor="middle">${escapeHtml(t.label)}</text>`;
  });
  parts.push(`<line class="axis" x1="${coord(area.left)}" x2="${coord(area.width - area.right)}" y1="${coord(y0)}" y2="${coord(y0)}"/>`);
  const midX = coord((area.left + area.width - area.right) / 2);
  parts.push(`<text class="axis-label" x="${midX}" y="${coord(area.height - 6)}" text-anchor="middle">${escapeHtml(label)}</text>`);
  return `<g class="x-axis">${parts.join('')}</g>`;
}

const TIME_STEPS = [900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];

/** Ticks of a time-of-day axis over `[from, to]` seconds: at most about 12, on round clock times. */
export function timeTicks(from: number, to: number, format: (t: number) => string): Tick[] {
  const span = Math.max(to - from, 1);
  const step = TIME_STEPS.find((s) => span / s <= 12) ?? Math.ceil(span / 12 / 86_400) * 86_400;
  const ticks: Tick[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9; t += step) ticks.push({ value: t, label: format(t) });
  return ticks;
}
