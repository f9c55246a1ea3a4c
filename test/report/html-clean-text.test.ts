import { describe, expect, it } from 'vitest';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../../src/report/html/index';
import { keepMetrics, reportComparison, reportExperiment, reportScenario, visibleText } from './report-fixtures';

function expectClean(html: string): void {
  expect(html).not.toMatch(/NaN|undefined|Infinity|\[object /);
  expect(visibleText(html)).not.toMatch(/\bnull\b/);
}

describe('HTML report text', () => {
  it('never prints NaN, undefined or null (single study)', async () => {
    const experiment = await reportExperiment();
    expectClean(renderHtmlReport(reportFromExperiment(reportScenario(), experiment)));
  });

  it('never prints NaN, undefined or null (compared designs)', async () => {
    const comparison = await reportComparison();
    expectClean(renderHtmlReport(reportFromComparison(reportScenario(), comparison)));
  });

  it('prints – where a value is missing, also with one replication (no interval)', async () => {
    const scenario = reportScenario();
    const one = await reportExperiment(scenario).then((e) => keepMetrics(e, (p) => p !== 'overall.asa'));
    const single = { ...one, summary: Object.fromEntries(Object.entries(one.summary).flatMap(([p, s]) => s === undefined ? [] : [[p, { ...s, sd: null, halfWidth: null, lower: null, upper: null }]])) };
    const html = renderHtmlReport(reportFromExperiment(scenario, single));
    expectClean(html);
    expect(html).not.toContain('±</td>');
  });
});
