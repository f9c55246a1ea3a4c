import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { renderHtmlReport, reportFromExperiment } from '../../src/report/html/index';
import { reportExperiment, reportScenario } from './report-fixtures';

describe('renderHtmlReport() determinism', () => {
  let experiment: ExperimentResult;
  beforeAll(async () => {
    experiment = await reportExperiment();
  });

  it('gives the same bytes for the same input', () => {
    const a = renderHtmlReport(reportFromExperiment(reportScenario(), experiment));
    const b = renderHtmlReport(reportFromExperiment(reportScenario(), structuredClone(experiment)));
    expect(a).toBe(b);
  });

  it('prints no time stamp unless one is given', () => {
    const plain = renderHtmlReport(reportFromExperiment(reportScenario(), experiment));
    expect(plain).not.toMatch(/\b20\d\d-\d\d-\d\d/);
    expect(plain).not.toContain('Generated');
    const stamped = renderHtmlReport(reportFromExperiment(reportScenario(), experiment, { generatedAt: '2031-02-03 04:05' }));
    expect(stamped).toContain('2031-02-03 04:05');
  });

  it('is self-contained: no external URL, no script', () => {
    const html = renderHtmlReport(reportFromExperiment(reportScenario(), experiment));
    const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    // the only URL allowed is the SVG namespace name, which is never fetched
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });
});
