import { beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/experiment/compare';
import { metricAt } from '../../src/experiment/metric-keys';
import type { ComparisonResult } from '../../src/experiment/compare';
import { renderHtmlReport, reportFromComparison } from '../../src/report/html/index';
import { designViews } from '../../src/report/html/design-view';
import { groupOccupancyTargets } from '../../src/report/html/group-occupancy-charts';
import type { ScenarioInput } from '../../src/scenario/schema';
import { PLAIN_NAMES, reportComparison, reportScenario } from './report-fixtures';

/** The `data-chart` ids of the page's per-group occupancy charts, in order. */
function groupCharts(html: string): string[] {
  return [...html.matchAll(/data-chart="(occupancy-group-\d+)"/g)].map((m) => m[1]!);
}

/** The HTML of one figure, from its `data-chart` to the next figure's. */
function figure(html: string, id: string): string {
  const start = html.indexOf(`data-chart="${id}"`);
  const next = html.indexOf('data-chart="', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

/** The report scenario with occupancy targets in its optimize block: 85 % for the voice agents, 90 % for all agents. */
function withTargets(agents: number): ScenarioInput {
  return { ...reportScenario(PLAIN_NAMES, agents), optimize: { targets: [`occupancy ${PLAIN_NAMES.group} 85%`, { metric: 'occupancy', value: 0.9 }, 'service-level * 80% 20s'] } };
}

describe('occupancy per agent group over the day', () => {
  let comparison: ComparisonResult;
  let detailed = '';
  let plain = '';
  beforeAll(async () => {
    const variants = [
      { name: 'nine agents', scenario: withTargets(9) },
      { name: 'eleven agents', scenario: withTargets(11) },
    ];
    comparison = await compareVariants(variants, { replications: 4, threads: 1, seed: 11, metrics: { detailed: true } });
    detailed = renderHtmlReport(reportFromComparison(withTargets(9), comparison));
    plain = renderHtmlReport(reportFromComparison(reportScenario(), await reportComparison()));
  });

  it('draws one chart per agent group, in the intraday section, after the occupancy of all agents', () => {
    expect(groupCharts(detailed)).toEqual(['occupancy-group-0', 'occupancy-group-1']);
    expect(detailed).toContain(`Occupancy over the day: ${PLAIN_NAMES.group}`);
    expect(detailed).toContain('Occupancy over the day: chatters');
    const intraday = detailed.slice(detailed.indexOf('<section id="intraday">'), detailed.indexOf('<section id="charts">'));
    expect(intraday.indexOf('data-chart="occupancy-group-0"')).toBeGreaterThan(intraday.indexOf('data-chart="occupancy"'));
    for (const id of groupCharts(detailed)) expect(figure(detailed, id)).not.toContain('data-empty="true"');
  });

  it('plots per-interval figures the results carry, each a share between 0 and 1', () => {
    const e = comparison.variants[0]!.experiment;
    for (const group of [PLAIN_NAMES.group, 'chatters']) {
      // 3 hours in 30-minute intervals: six figures per group, every one with agents on duty.
      for (let k = 0; k < 6; k++) {
        const s = metricAt(e.summary, `detailed.byAgentGroupAndInterval.${group}.intervals.${k}.occupancy`);
        expect(s?.mean, `${group} interval ${k}`).toBeGreaterThan(0);
        expect(s!.mean!).toBeLessThanOrEqual(1);
      }
      expect(metricAt(e.summary, `detailed.byAgentGroupAndInterval.${group}.intervals.6.occupancy`)).toBeUndefined();
    }
  });

  it('draws the occupancy targets of the optimize block that bound each group', () => {
    const voice = figure(detailed, 'occupancy-group-0');
    expect(voice).toContain('target: at most 85.0%');
    expect(voice).toContain('target: at most 90.0%');
    const chat = figure(detailed, 'occupancy-group-1');
    expect(chat).not.toContain('at most 85.0%');
    expect(chat).toContain('target: at most 90.0%');
  });

  it('names the designs that set a target when the designs differ', () => {
    const views = designViews({
      scenario: withTargets(9),
      designs: [
        { name: 'nine agents', experiment: comparison.variants[0]!.experiment },
        { name: 'no targets', experiment: comparison.variants[1]!.experiment, scenario: reportScenario(PLAIN_NAMES, 11) },
      ],
    });
    expect(groupOccupancyTargets(views, 'chatters')).toEqual([{ y: 0.9, label: 'target: at most 90.0% (nine agents)' }]);
    expect(groupOccupancyTargets(views.slice(1), 'chatters')).toEqual([]);
  });

  it('draws none when the results have no per-group figures over the day', () => {
    expect(groupCharts(plain)).toEqual([]);
  });
});
