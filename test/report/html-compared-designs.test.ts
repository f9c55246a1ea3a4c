import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/experiment/compare';
import { formatDifference, formatEstimate, renderHtmlReport, reportFromComparison, SIGNIFICANT_MARK } from '../../src/report/html/index';
import { cellText, reportComparison, reportScenario, visibleText } from './report-fixtures';

const PATHS = ['journey.overall.fcr', 'overall.serviceLevel', 'overall.abandonmentRate', 'agents.occupancy'] as const;

describe('renderHtmlReport() of compared designs', () => {
  let comparison: ComparisonResult;
  let html = '';
  beforeAll(async () => {
    comparison = await reportComparison();
    html = renderHtmlReport(reportFromComparison(reportScenario(), comparison));
  });

  it('shows every design side by side', () => {
    for (const path of PATHS) {
      for (const v of comparison.variants) {
        expect(cellText(html, 'headline-table', path, v.name, 'estimate')).toBe(formatEstimate(v.experiment.summary[path], 'percent'));
      }
    }
  });

  it('shows the paired difference from the baseline, marked when significant', () => {
    const d = comparison.differences[0]!;
    expect(d.variant).toBe('eleven agents');
    let marked = 0;
    for (const path of PATHS) {
      const text = cellText(html, 'headline-table', path, d.variant, 'diff')!;
      expect(text).toBe(formatDifference(d.summary[path], 'percent'));
      expect(text.endsWith(` ${SIGNIFICANT_MARK}`)).toBe(d.summary[path]!.significant === true);
      if (d.summary[path]!.significant === true) marked++;
    }
    // two more agents lower occupancy in every replication: at least that difference is significant
    expect(marked).toBeGreaterThan(0);
    expect(html).not.toContain(`data-metric="agents.occupancy" data-design="nine agents" title`);
  });

  it('explains the mark in a legend and names the baseline and the stream mode', () => {
    const text = visibleText(html);
    expect(text).toMatch(/\*\s*: significant — the confidence interval of the difference excludes 0/);
    expect(text).toContain('baseline: nine agents');
    expect(text).toContain('common random numbers');
  });

  it('puts the baseline first even when it is not the first variant', () => {
    const swapped: ComparisonResult = { ...comparison, baseline: 'nine agents', variants: [...comparison.variants].reverse() };
    const page = renderHtmlReport(reportFromComparison(reportScenario(), swapped));
    expect(page.indexOf('data-design="nine agents"')).toBeGreaterThan(0);
    expect(page.indexOf('data-design="nine agents"')).toBeLessThan(page.indexOf('data-design="eleven agents"'));
  });

  it('draws one line per design and a legend in every line chart', () => {
    const figure = html.match(/<figure class="chart" data-chart="service-level"[\s\S]*?<\/figure>/)![0];
    expect(figure).toContain('<ul class="legend">');
    for (const v of comparison.variants) expect(figure).toMatch(new RegExp(`aria-label="${v.name}" role="graphics-symbol" aria-roledescription="line mark"`));
  });

  it('shows a scenario of its own for a design that has one', () => {
    const page = renderHtmlReport(reportFromComparison(reportScenario(), comparison, { scenarios: { 'eleven agents': reportScenario(undefined, 11) } }));
    expect(page).toContain('<h3>Scenario of eleven agents</h3>');
    expect(page).toContain('11 agents');
  });
});
