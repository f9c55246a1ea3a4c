import type { FigureMeasure } from '../records/day-figures';
import type { DayComparison, ReplayComparison } from '../records/replay-comparison';
import { VERSION } from '../version';
import { renderFigure } from './html/chart-frame';
import { escapeHtml } from './html/escape';
import { renderLineChart, type LineSeries } from './html/line-chart';
import { seriesStyle } from './html/palette';
import { shareTicks, type Tick } from './html/ticks';
import { showMeasure } from './replay-output';
import { htmlPage } from './html/page';

/**
 * The HTML page of a replay: per day and measure, the observed line over the simulated
 * prediction band (2.5–97.5 % of the replications), hour by hour, and the day's table.
 * Self-contained (inline SVG and CSS).
 *
 * @module
 */

const CHARTED: readonly { measure: FigureMeasure; title: string }[] = [
  { measure: 'abandonment', title: 'Abandonment by hour' },
  { measure: 'asa', title: 'ASA (mean wait of answered calls) by hour' },
  { measure: 'within20', title: 'Answered within 20 s by hour' },
];

const hourTicks = (): Tick[] => [0, 3, 6, 9, 12, 15, 18, 21, 24].map((h) => ({ value: h, label: `${h}:00` }));

function niceTicks(max: number): Tick[] {
  const step = max <= 60 ? 10 : max <= 300 ? 50 : max <= 600 ? 100 : 300;
  const ticks: Tick[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push({ value: v, label: `${v} s` });
  return ticks;
}

function chart(day: DayComparison, measure: FigureMeasure, title: string): string {
  const index = day.hours[0]!.findIndex((c) => c.measure === measure);
  const cells = day.hours.map((h) => h[index]!);
  const simulated: LineSeries = {
    name: 'simulated mean, band of single days 2.5–97.5 %',
    style: seriesStyle(0),
    points: cells.map((c, h) => ({ x: h + 0.5, y: c.mean, lower: c.bandLow, upper: c.bandHigh })),
  };
  const observed: LineSeries = { name: 'observed', style: { color: '#000000', dash: [] }, points: cells.map((c, h) => ({ x: h + 0.5, y: c.observed, lower: null, upper: null })) };
  const share = measure !== 'asa';
  const top = share ? 1 : Math.max(60, ...cells.flatMap((c) => [c.observed ?? 0, c.bandHigh ?? 0]));
  const yTicks = share ? shareTicks() : niceTicks(top);
  const yMax = share ? 1 : Math.max(top, yTicks[yTicks.length - 1]?.value ?? top);
  const hasData = cells.some((c) => c.observed !== null || c.mean !== null);
  return renderFigure({
    id: `${day.day}-${measure}`,
    title: `${title}, ${day.day}`,
    caption: 'The black line is the observed day; the coloured line and band are the simulated mean and the range of 95 % of simulated single days. An observed hour outside the band is one the model does not explain.',
    svg: hasData
      ? renderLineChart({ label: `${title}, ${day.day}`, xDomain: [0, 24], xTicks: hourTicks(), xLabel: 'hour of the day', yDomain: [0, yMax], yTicks, yLabel: share ? 'share of offered' : 'seconds', series: [simulated, observed] })
      : null,
    emptyNote: 'nothing was offered on this day',
    legend: [
      { name: simulated.name, style: simulated.style },
      { name: observed.name, style: observed.style },
    ],
    swatch: 'line',
  });
}

function dayTable(day: DayComparison): string {
  const rows = day.measures.map((c) => {
    const s = (v: number | null) => escapeHtml(showMeasure(c.measure, v));
    return `<tr><th scope="row">${escapeHtml(c.measure)}</th><td>${s(c.observed)}</td><td>${s(c.mean)}${c.halfWidth === null ? '' : ` ± ${s(c.halfWidth)}`}</td><td>${s(c.bandLow)}–${s(c.bandHigh)}</td><td>${c.inBand === null ? '-' : c.inBand ? 'yes' : 'no'}</td></tr>`;
  });
  return `<table><thead><tr><th>measure</th><th>observed</th><th>simulated (95 % CI)</th><th>band 2.5–97.5 %</th><th>observed in band</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The replay page; `notes` are paragraphs shown first (fits, staffing, calibration). */
export function renderReplayHtml(comparison: ReplayComparison, notes: readonly string[]): string {
  const title = `routelab replay — ${comparison.days.map((d) => d.day).join(', ')}`;
  const sections = comparison.days.map(
    (d) => `<section><h2>${escapeHtml(d.day)}</h2>${dayTable(d)}${CHARTED.map((c) => chart(d, c.measure, c.title)).join('')}</section>`,
  );
  return htmlPage(title, [
    `<header><h1>${escapeHtml(title)}</h1></header>`,
    '<main>',
    ...notes.map((n) => `<p>${escapeHtml(n)}</p>`),
    ...sections,
    '</main>',
    `<footer>Made with routelab ${escapeHtml(VERSION)}. This file is self-contained: it loads nothing from the network.</footer>`,
  ]);
}
