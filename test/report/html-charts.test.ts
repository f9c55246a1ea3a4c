import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { renderHtmlReport, reportFromExperiment } from '../../src/report/html/index';
import { keepMetrics, reportExperiment, reportScenario } from './report-fixtures';

const CHARTS = ['service-level', 'occupancy', 'wait-distribution', 'fcr', 'repeat-contacts', 'agent-occupancy'];

function figure(html: string, id: string): string {
  const m = html.match(new RegExp(`<figure class="chart" data-chart="${id}"[^>]*>[\\s\\S]*?</figure>`));
  if (m === null) throw new Error(`no chart ${id}`);
  return m[0];
}

function count(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length;
}

describe('charts of the HTML report', () => {
  let experiment: ExperimentResult;
  let html = '';
  beforeAll(async () => {
    experiment = await reportExperiment();
    html = renderHtmlReport(reportFromExperiment(reportScenario(), experiment));
  });

  it('has every chart once, each an inline svg with a caption, axes and data marks', () => {
    expect(count(html, /<figure class="chart"/g)).toBe(CHARTS.length);
    for (const id of CHARTS) {
      const f = figure(html, id);
      expect(f).not.toContain('data-empty');
      expect(f).toMatch(/<figcaption>[\s\S]+<\/figcaption>/);
      expect(f).toMatch(/<svg class="plot"/);
      expect(f).toMatch(/class="axis-label"/);
      expect(count(f, /class="tick"/g)).toBeGreaterThanOrEqual(3);
      expect(count(f, /data-series="longest-idle-agent"/g)).toBeGreaterThan(0);
    }
  });

  it('has no legend for a single design', () => {
    expect(html).not.toContain('<ul class="legend">');
  });

  it('draws one bar per category and design in the bar charts', () => {
    // segments gold + standard, channels voice + chat
    expect(count(figure(html, 'fcr'), /<rect class="bar"/g)).toBe(4);
    // two agent groups, two sites
    expect(count(figure(html, 'agent-occupancy'), /<rect class="bar"/g)).toBe(4);
  });

  it('draws the service level per interval at the interval midpoints of the horizon (3 h = 6 points)', () => {
    const line = figure(html, 'service-level').match(/class="line" data-series="[^"]*" d="([^"]*)"/)![1]!;
    expect(line.split('L')).toHaveLength(6);
  });

  it('shows a "no data" note instead of an empty plot', () => {
    const bare = keepMetrics(experiment, (p) => !/^(intervals|waitDistribution|journey|byAgentGroup|bySite)\./.test(p));
    const page = renderHtmlReport(reportFromExperiment(reportScenario(), bare));
    for (const id of CHARTS) {
      const f = figure(page, id);
      expect(f).toContain('data-empty="true"');
      expect(f).toContain('class="no-data"');
      expect(f).not.toContain('<svg class="plot"');
      expect(f).not.toContain('data-series');
    }
  });

  it('keeps a chart when only some values are missing, drawing a gap', () => {
    const holey = keepMetrics(experiment, (p) => p !== 'intervals.2.serviceLevel');
    const f = figure(renderHtmlReport(reportFromExperiment(reportScenario(), holey)), 'service-level');
    expect(count(f, /class="line"/g)).toBe(2);
    expect(f).not.toContain('data-empty');
  });
});
