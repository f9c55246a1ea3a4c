import * as vega from 'vega';
import { parse, resetSVGDefIds, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { CHART_CONFIG, compactNumbers, renderVegaLite } from '../../src/report/html/vega-svg';

const SPEC = {
  width: 200,
  height: 100,
  data: { values: [{ x: 1, y: 2, s: 'a' }, { x: 2, y: 3, s: 'a' }, { x: 1, y: 1, s: 'b' }, { x: 2, y: null, s: 'b' }, { x: 3, y: 2, s: 'b' }] },
  layer: [
    { mark: { type: 'area', clip: true }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 's', type: 'nominal' } } },
    { mark: 'line', encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 's', type: 'nominal' } } },
  ],
} as unknown as TopLevelSpec;

describe('renderVegaLite()', () => {
  it("draws what Vega's own asynchronous toSVG() draws", async () => {
    const ours = renderVegaLite(SPEC, 'test chart');
    const view = new View(parse(compile({ config: CHART_CONFIG, ...SPEC } as TopLevelSpec).spec), { renderer: 'none' });
    resetSVGDefIds();
    const theirs = await view.toSVG();
    const strip = (svg: string): string => svg.replace(/^<svg[^>]*>/, '');
    // the same drawing, with coordinates rounded to 0.01 px
    expect(strip(ours)).toBe(strip(compactNumbers(theirs)));
    expect(theirs).toMatch(/\d\.\d{3,}/);
  });

  it('measures text by its estimate even where Vega found a canvas, and puts the measurer back', () => {
    const metrics = (vega as unknown as { textMetrics: { width: (item: unknown, text: unknown) => number } }).textMetrics;
    const plain = renderVegaLite(SPEC, 'chart');
    const own = metrics.width;
    // A canvas that measures every text 50 px wider than the estimate (as a browser's may).
    const wide = (item: unknown, text: unknown): number => own(item, text) + 50;
    metrics.width = wide;
    try {
      expect(renderVegaLite(SPEC, 'chart')).toBe(plain);
      expect(metrics.width).toBe(wide);
    } finally {
      metrics.width = own;
    }
  });

  it('gives the same bytes every time (clip ids restart at every chart)', () => {
    const a = renderVegaLite(SPEC, 'chart');
    renderVegaLite(SPEC, 'another chart');
    expect(renderVegaLite(SPEC, 'chart')).toBe(a);
    expect(a).toContain('clip-path');
  });

  it('is an accessible plot that scales, with the label escaped', () => {
    const svg = renderVegaLite(SPEC, 'a <b> & "c"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="plot" role="img" aria-label="a &lt;b&gt; &amp; &quot;c&quot;" width="\d+" height="\d+" viewBox="0 0 \d+ \d+">/);
    expect(svg).not.toContain('xlink');
  });
});

describe('compactNumbers()', () => {
  it('rounds long decimals in tags to 0.01 and leaves text alone', () => {
    expect(compactNumbers('<path d="M238.41958249928024,7.499999999999993h-0.0004"/><text x="1.23456">0.00004 ± 1.23456</text>')).toBe(
      '<path d="M238.42,7.5h0"/><text x="1.23">0.00004 ± 1.23456</text>',
    );
  });
});
