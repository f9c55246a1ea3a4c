import { beforeAll, describe, expect, it } from 'vitest';
import { metricPath } from '../../src/experiment/metric-paths';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { formatEstimate, renderHtmlReport, reportFromExperiment, type MetricUnit } from '../../src/report/html/index';
import { cellText, PLAIN_NAMES, reportExperiment, reportScenario } from './report-fixtures';
import { metricAt } from '../../src/experiment/metric-keys';

const HEADLINES: readonly [string, MetricUnit][] = [
  ['journey.overall.fcr', 'percent'],
  ['overall.serviceLevel', 'percent'],
  ['byChannel.voice.asa', 'seconds'],
  ['byChannel.chat.asa', 'seconds'],
  ['overall.abandonmentRate', 'percent'],
  ['journey.overall.repeatContactRate', 'percent'],
  ['journey.overall.contactsPerResolvedIssue', 'count'],
  ['agents.occupancy', 'percent'],
  [metricPath('callbacks', PLAIN_NAMES.voice, 'acceptanceRate'), 'percent'],
  [metricPath('callbacks', PLAIN_NAMES.voice, 'promiseKeptRate'), 'percent'],
];

/** The numbers in a cell: mean and half-width, in the printed unit. */
function numbers(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

describe('headline table of a single study', () => {
  let experiment: ExperimentResult;
  let html = '';
  beforeAll(async () => {
    experiment = await reportExperiment();
    html = renderHtmlReport(reportFromExperiment(reportScenario(), experiment));
  });

  it.each(HEADLINES)('shows %s as mean ± half-width of the summary', (path, unit) => {
    const s = metricAt(experiment.summary, path)!;
    expect(s.mean).not.toBeNull();
    const text = cellText(html, 'headline-table', path, experiment.policy, 'estimate');
    expect(text).toBe(formatEstimate(s, unit));
    // and independently of the formatter: the printed numbers round the summary's values
    const scale = unit === 'percent' ? 100 : 1;
    const [mean, halfWidth] = numbers(text!);
    expect(Math.abs(mean! - s.mean! * scale)).toBeLessThanOrEqual(0.05 + 1e-9 + (unit === 'percent' ? 0 : 0.5));
    expect(Math.abs(halfWidth! - s.halfWidth! * scale)).toBeLessThanOrEqual(0.05 + 1e-9 + (unit === 'percent' ? 0 : 0.5));
  });

  it('has no difference column', () => {
    expect(html).not.toContain('class="diff');
  });

  it('leaves out a metric the run does not have (no callbacks configured)', async () => {
    const scenario = reportScenario();
    const types = scenario.contactTypes as Record<string, unknown>[];
    delete types[0]!.callback;
    const plain = await reportExperiment(scenario);
    const page = renderHtmlReport(reportFromExperiment(scenario, plain));
    expect(page).not.toContain('Callbacks offered');
    expect(cellText(page, 'headline-table', 'overall.serviceLevel', plain.policy, 'estimate')).toBe(formatEstimate(plain.summary['overall.serviceLevel'], 'percent'));
  });
});
