import { escapeHtml } from './escape';
import type { SeriesStyle } from './palette';

/**
 * The frame every chart shares: a `<figure class="chart" data-chart="…">` with its caption, a
 * legend when several designs are shown, and a "no data" note instead of an empty plot.
 *
 * @module
 */

/** A series as shown in a legend. */
export interface LegendEntry {
  readonly name: string;
  readonly style: SeriesStyle;
}

/** What {@link renderFigure} draws. */
export interface FigureSpec {
  /** Identifier of the chart, written to `data-chart`. */
  readonly id: string;
  /** Short title, the first line of the caption. */
  readonly title: string;
  /** What the chart shows and how to read it. */
  readonly caption: string;
  /** The `<svg>` of the plot, or null when there is no data to plot. */
  readonly svg: string | null;
  /** Why there is no data (shown when `svg` is null). */
  readonly emptyNote: string;
  /** Series for the legend; shown only when there are two or more. */
  readonly legend: readonly LegendEntry[];
  /** `'line'` or `'bar'`: the kind of swatch in the legend. */
  readonly swatch: 'line' | 'bar';
}

function swatch(style: SeriesStyle, kind: 'line' | 'bar'): string {
  const mark =
    kind === 'line'
      ? `<line x1="1" x2="27" y1="6" y2="6" stroke="${style.color}" stroke-width="3"${style.dash.length === 0 ? '' : ` stroke-dasharray="${style.dash.join(' ')}"`}/>`
      : `<rect x="4" y="1" width="20" height="10" fill="${style.color}"/>`;
  return `<svg class="swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">${mark}</svg>`;
}

/** The legend of a chart (empty string for fewer than two entries). */
export function renderLegend(entries: readonly LegendEntry[], kind: 'line' | 'bar'): string {
  if (entries.length < 2) return '';
  const items = entries.map((e) => `<li data-series="${escapeHtml(e.name)}" data-color="${e.style.color}">${swatch(e.style, kind)}<span>${escapeHtml(e.name)}</span></li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** A chart figure; with `data-empty="true"` and a note when there is nothing to plot. */
export function renderFigure(spec: FigureSpec): string {
  const empty = spec.svg === null;
  const body = empty
    ? `<p class="no-data" role="note">No data: ${escapeHtml(spec.emptyNote)}</p>`
    : `${renderLegend(spec.legend, spec.swatch)}${spec.svg}`;
  const caption = `<figcaption><strong>${escapeHtml(spec.title)}.</strong> ${escapeHtml(spec.caption)}</figcaption>`;
  return `<figure class="chart" data-chart="${escapeHtml(spec.id)}"${empty ? ' data-empty="true"' : ''}>${caption}${body}</figure>`;
}
