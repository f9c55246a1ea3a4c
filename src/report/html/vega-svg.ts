import * as vega from 'vega';
import { parse, renderModule, resetSVGDefIds, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape';

/**
 * Vega-Lite charts rendered to static SVG text when the report is written: no script in the page,
 * nothing fetched, and the same spec always gives the same bytes.
 *
 * Rendering is synchronous: `View.run()` evaluates the dataflow (all data is inline, so nothing is
 * loaded), then Vega's headless SVG string renderer draws the scenegraph. This is what
 * `View.toSVG()` does after awaiting, without the promise (checked equal in
 * test/report/vega-svg.test.ts), so `renderHtmlReport` stays a plain function.
 *
 * @module
 */

/**
 * Font of the chart text as written on every text element; the page's style sheet (`svg text`)
 * replaces it with the page's system fonts, so it is kept short.
 */
const FONT = 'sans-serif';

/** Shared look of every chart: system fonts, light grid, no outer frame. */
export const CHART_CONFIG = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 600, gridColor: '#e4e7eb', labelColor: '#444', titleColor: '#222' },
  title: { fontSize: 12, fontWeight: 600, anchor: 'start', color: '#222' },
  legend: { disable: true },
} as const;

interface StringRenderer {
  initialize(el: null, width: number, height: number, origin: readonly number[], scale: number): StringRenderer;
  background(color: unknown): StringRenderer;
  render(scene: unknown): StringRenderer;
  svg(): string;
}

type StringRendererClass = new (loader: unknown) => StringRenderer;

interface ViewInternals {
  readonly _viewWidth: number;
  readonly _viewHeight: number;
  readonly _origin: readonly [number, number];
}

/** Vega's text measurer (exported by vega from vega-scenegraph, not in its type declarations). */
interface TextMetrics {
  width: (item: unknown, text: unknown) => number;
  readonly estimateWidth: (item: unknown, text: unknown) => number;
}

/**
 * Runs `draw` with Vega measuring text by its estimate (0.8 × characters × font size) rather than
 * on a canvas, then puts the measurer back. Vega measures on a canvas when it finds one (a browser;
 * Node with the `canvas` package), and label widths move the layout: with the estimate everywhere,
 * a report has the same bytes in Node, in a browser and in the playground.
 */
function withEstimatedText<T>(draw: () => T): T {
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  const width = metrics.width;
  metrics.width = metrics.estimateWidth;
  try {
    return draw();
  } finally {
    metrics.width = width;
  }
}

/** Vega-Lite spec → Vega view, evaluated synchronously. */
function evaluate(spec: TopLevelSpec): View {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  view.run();
  return view;
}

/**
 * The SVG of a Vega-Lite spec, as an `<svg class="plot">` that scales to the width of its box, with
 * an accessible label. Deterministic: SVG definition ids restart at every chart.
 *
 * @param label - what the chart shows, read by screen readers (`aria-label`)
 */
export function renderVegaLite(spec: TopLevelSpec, label: string): string {
  return withEstimatedText(() => renderSvg(spec, label));
}

function renderSvg(spec: TopLevelSpec, label: string): string {
  resetSVGDefIds();
  const view = evaluate({ config: CHART_CONFIG, ...spec } as TopLevelSpec);
  const internals = view as unknown as ViewInternals;
  const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
  const Renderer = (renderModule as unknown as (name: string) => { headless: StringRendererClass })('svg').headless;
  const width = Math.max(0, internals._viewWidth + pad.left + pad.right);
  const height = Math.max(0, internals._viewHeight + pad.top + pad.bottom);
  const origin = [pad.left + internals._origin[0], pad.top + internals._origin[1]];
  const svg = new Renderer(view.loader()).initialize(null, width, height, origin, 1).background(view.background()).render((view.scenegraph() as unknown as { root: unknown }).root).svg();
  view.finalize();
  return compactNumbers(svg).replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink" version="1\.1" class="marks"/,
    `<svg xmlns="http://www.w3.org/2000/svg" class="plot" role="img" aria-label="${escapeHtml(label)}"`,
  );
}

/**
 * Rounds the long decimals of coordinates in the tags of an SVG (`238.41958249928024` →
 * `238.42`) to 2 decimals, a hundredth of a pixel; text between tags (labels) is left as it is.
 * Cuts the size of a report by about a third.
 */
export function compactNumbers(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100 + 0)));
}

/** Width (px) the charts are laid out for; the SVG scales down to narrower pages. */
export const CHART_WIDTH = 640;
