import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { renderHtmlReport, reportFromExperiment } from '../../src/report/html/index';
import { keepMetrics, reportExperiment, reportScenario } from './report-fixtures';

const CHARTS = ['service-level', 'volume-staffing', 'occupancy', 'wait-distribution', 'fcr', 'repeat-contacts', 'agent-occupancy'];

/** Data marks of a series in a chart (Vega labels each mark with the `description` channel, here the design). */
const marks = (name: string, kind: string): RegExp => new RegExp(`aria-label="${name}" role="graphics-symbol" aria-roledescription="${kind}"`, 'g');

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
      expect(f).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="plot" role="img"/);
      expect(f).toMatch(/class="mark-text role-axis-title"/);
      expect(count(f, /aria-roledescription="axis"/g)).toBeGreaterThanOrEqual(2);
      expect(count(f, new RegExp('aria-label="longest-idle-agent" role="graphics-symbol"', 'g'))).toBeGreaterThan(0);
    }
  });

  it('has no legend for a single design', () => {
    expect(html).not.toContain('<ul class="legend">');
  });

  it('draws one bar per category and design in the bar charts', () => {
    // segments gold + standard, channels voice + chat
    expect(count(figure(html, 'fcr'), marks('longest-idle-agent', 'bar'))).toBe(4);
    // two agent groups, two sites
    expect(count(figure(html, 'agent-occupancy'), marks('longest-idle-agent', 'bar'))).toBe(4);
  });

  it('draws the service level per interval at the interval midpoints of the horizon (3 h = 6 points)', () => {
    const line = figure(html, 'service-level').match(/aria-roledescription="line mark" d="([^"]*)"/)![1]!;
    expect(line.split('L')).toHaveLength(6);
    const xs = line.split(/[ML]/).filter((p) => p !== '').map((p) => Number(p.split(',')[0]));
    // 640 px wide plot over 3 h: midpoints at 15 min, 45 min ... 2 h 45 min
    expect(xs.map((x) => Math.round(x))).toEqual([0.25, 0.75, 1.25, 1.75, 2.25, 2.75].map((h) => Math.round((h / 3) * 640)));
  });

  it('draws the service-level target as a labelled line', () => {
    const f = figure(html, 'service-level');
    expect(f).toContain('target 80.0%');
    expect(f).toMatch(/aria-roledescription="rule mark"/);
  });

  it('shows a "no data" note instead of an empty plot', () => {
    const bare = keepMetrics(experiment, (p) => !/^(intervals|waitDistribution|journey|byAgentGroup|bySite)\./.test(p));
    const page = renderHtmlReport(reportFromExperiment(reportScenario(), bare));
    for (const id of CHARTS) {
      const f = figure(page, id);
      expect(f).toContain('data-empty="true"');
      expect(f).toContain('class="no-data"');
      expect(f).not.toContain('<svg');
      expect(f).not.toContain('graphics-symbol');
    }
  });

  it('keeps a chart when only some values are missing, drawing a gap', () => {
    const holey = keepMetrics(experiment, (p) => p !== 'intervals.2.serviceLevel');
    const f = figure(renderHtmlReport(reportFromExperiment(reportScenario(), holey)), 'service-level');
    const line = f.match(/aria-roledescription="line mark" d="([^"]*)"/)![1]!;
    // one path, broken into two runs at the missing interval
    expect(count(line, /M/g)).toBe(2);
    expect(f).not.toContain('data-empty');
  });
});
