import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/experiment/compare';
import type { DifferenceSummary } from '../../src/experiment/differences';
import { runExperiment } from '../../src/experiment/replications';
import { bonferroniSignificant } from '../../src/report/html/executive-summary';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../../src/report/html/index';
import { reportComparison, reportScenario, visibleText } from './report-fixtures';

/** A difference of n replications with the given mean and half-width (significant when |mean| > hw). */
const diff = (mean: number, halfWidth: number, n = 4): DifferenceSummary => ({
  n,
  mean,
  sd: null,
  halfWidth,
  lower: mean - halfWidth,
  upper: mean + halfWidth,
  significant: Math.abs(mean) > halfWidth,
});

describe('bonferroniSignificant()', () => {
  it('widens the interval by t(1 − α/2m) / t(1 − α/2) with n − 1 degrees of freedom', () => {
    // tables: t(0.975, 3) = 3.1824, t(0.9875, 3) = 4.1765, so two comparisons widen by 1.3124
    expect(bonferroniSignificant(diff(1, 0.7), 0.95, 2)).toBe(true); // 0.7 × 1.3124 = 0.919 < 1
    expect(bonferroniSignificant(diff(1, 0.8), 0.95, 2)).toBe(false); // 0.8 × 1.3124 = 1.050 > 1
    expect(bonferroniSignificant(diff(1, 0.99), 0.95, 1)).toBe(true); // one comparison: unchanged
    expect(bonferroniSignificant(diff(1, 0.5, 1), 0.95, 2)).toBe(false); // no interval without replications
  });
});

describe('the report as a decision document', () => {
  let comparison: ComparisonResult;
  let html = '';
  beforeAll(async () => {
    comparison = await reportComparison();
    html = renderHtmlReport(reportFromComparison(reportScenario(), comparison));
  }, 60_000);

  it('states each significant headline difference in words with its interval, in the summary', () => {
    const d = comparison.differences[0]!.summary['agents.occupancy']!;
    expect(d.significant).toBe(true);
    const summary = visibleText(html.slice(html.indexOf('<section id="summary">'), html.indexOf('</section>', html.indexOf('<section id="summary">')))).replace(/\s+/g, ' ');
    const m = summary.match(/Agent occupancy ([\d.]+) pt (lower|higher) \(95% CI of the difference ([+−][\d.]+) pt to ([+−][\d.]+) pt\)/);
    expect(m, summary).not.toBeNull();
    const num = (t: string): number => Number(t.replace('−', '-'));
    expect(Math.abs(Number(m![1]) - Math.abs(d.mean!) * 100)).toBeLessThan(0.051);
    expect(m![2]).toBe(d.mean! > 0 ? 'higher' : 'lower');
    expect(Math.abs(num(m![3]!) - d.lower! * 100)).toBeLessThan(0.051);
    expect(Math.abs(num(m![4]!) - d.upper! * 100)).toBeLessThan(0.051);
  });

  it('says how many differences were tested and how many chance alone would mark', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    const m = text.match(/This summary tests (\d+) differences[\s\S]*?about ([\d.]+) of them would be marked significant by chance; (\d+) are\. (\d+) of them stay significant with the Bonferroni correction/);
    expect(m).not.toBeNull();
    const tested = Number(m![1]);
    expect(Math.abs(Number(m![2]) - tested * 0.05)).toBeLessThanOrEqual(0.05 + 1e-9);
    const marked = Object.values(comparison.differences[0]!.summary).length;
    expect(tested).toBeLessThan(marked);
    expect(Number(m![4])).toBeLessThanOrEqual(Number(m![3]));
  });

  it('draws a forest plot of the paired differences, one mark per design and metric', () => {
    const figure = html.match(/<figure class="chart" data-chart="forest"[\s\S]*?<\/figure>/)![0];
    expect(figure).toMatch(/aria-label="eleven agents" role="graphics-symbol" aria-roledescription="point"/);
    expect(figure).toContain('Agent occupancy (Δ, percentage points)');
    expect(figure).not.toContain('aria-label="nine agents" role="graphics-symbol"');
  });

  it('states the service-level targets and callback definitions next to the headline table', () => {
    const defs = visibleText(html.match(/<div class="definitions"[\s\S]*?<\/div>/)![0]);
    expect(defs).toContain('voice-calls (voice) 80.0% within 20s');
    expect(defs).toContain('promised time 20m after accepting');
    expect(defs).toContain('within 5m of that time');
    expect(defs).toContain('starts at the promised time, not at the offer');
    expect(defs).not.toContain('measure callbacks differently');
  });

  it('warns when the compared designs measure callbacks differently', () => {
    const hold = reportScenario(undefined, 11);
    const types = hold.contactTypes as { callback?: Record<string, unknown> }[];
    types[0]!.callback = { mode: 'virtual-hold', offerWhenWaitAbove: '1m', acceptance: 0.5, window: '2m' };
    const page = renderHtmlReport(reportFromComparison(reportScenario(), comparison, { scenarios: { 'eleven agents': hold } }));
    const defs = visibleText(page.match(/<div class="definitions"[\s\S]*?<\/div>/)![0]).replace(/\s+/g, ' ');
    expect(defs).toContain('Callbacks in eleven agents. voice-calls: virtual hold');
    expect(defs).toContain('within the predicted wait plus 2m');
    expect(defs).toContain('The designs measure callbacks differently');
  });

  it('claims no interval for a single replication', { timeout: 30_000 }, async () => {
    const one = await runExperiment(reportScenario(), { replications: 1, threads: 1, seed: 2 });
    const page = renderHtmlReport(reportFromExperiment(reportScenario(), one));
    const text = visibleText(page);
    expect(text).not.toContain('Confidence level');
    expect(text).not.toContain('mean ± half-width');
    expect(text).not.toMatch(/\d ± \d/);
    expect(text).toContain('none (one replication per design)');
    expect(text).toContain('no confidence interval and no test of significance');
  });
});
