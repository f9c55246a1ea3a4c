import { describe, expect, it } from 'vitest';
import { metricAt, type IntervalMetricKey, type MetricKey, type MetricRecord } from '../../src/experiment/metric-keys';
import type { ExperimentResult } from '../../src/experiment/result-format';
import type { MetricSummary } from '../../src/experiment/summary';
import { runExperiment } from '../../src/experiment/replications';
import { helpDesk } from './scenarios';

/**
 * MetricKey is derived from the result types; `npm run typecheck` checks the type-level half of
 * this file (keys that must compile, and typos under @ts-expect-error that must not), the test
 * checks that the keys written here are real keys of a real experiment's summary.
 */
const KEYS = [
  'overall.serviceLevel',
  'overall.abandonmentRate',
  'overall.wait.p90',
  'agents.occupancy',
  'byContactType.billing.asa',
  'byAgentGroup.billing-team.occupancy',
  'meanQueueLength',
  'endTime',
] as const satisfies readonly MetricKey[];

export const perInterval: MetricKey = 'intervals.3.serviceLevel';
export const bracketed: MetricKey = 'byContactType["sales.calls"].asa';
export const intervalMetric: IntervalMetricKey = 'occupancy';
// @ts-expect-error a misspelt metric key is a compile error
export const typo: MetricKey = 'overall.servicelevel';
// @ts-expect-error the run's identity is not a metric
export const identity: MetricKey = 'seed';
// @ts-expect-error the path of an object, not of a number
export const notALeaf: MetricKey = 'overall.wait';

/** The summary of an experiment is keyed by MetricKey: a literal key is checked where it is read. */
export function summaryReads(experiment: ExperimentResult): unknown[] {
  const sl: MetricSummary | undefined = experiment.summary['overall.serviceLevel'];
  const group = experiment.summary['byAgentGroup.tier1.occupancy'];
  const ratio = experiment.ratioOfMeans?.['overall.serviceLevel'];
  // @ts-expect-error a misspelt key of the summary is a compile error
  const typo = experiment.summary['overall.servicelevel'];
  // @ts-expect-error a path computed at run time goes through metricAt
  const computed = experiment.summary[experiment.metrics[0]!];
  return [sl, group, ratio, typo, computed, metricAt(experiment.summary, experiment.metrics[0]!)];
}

describe('metricAt()', () => {
  const record: MetricRecord<number> = { 'overall.serviceLevel': 0.8, 'byContactType.calls.asa': 12 };
  it('reads a path known only at run time', () => {
    const path: string = ['byContactType', 'calls', 'asa'].join('.');
    expect(metricAt(record, path)).toBe(12);
    expect(metricAt(record, 'overall.serviceLevel')).toBe(0.8);
  });
  it('is undefined for a missing metric, an inherited property or a missing record', () => {
    expect(metricAt(record, 'overall.asa')).toBeUndefined();
    expect(metricAt(record, 'constructor')).toBeUndefined();
    expect(metricAt(record, 'toString')).toBeUndefined();
    expect(metricAt(undefined, 'overall.serviceLevel')).toBeUndefined();
  });
});

describe('MetricKey', () => {
  it('the keys that compile are keys of a real summary', async () => {
    const experiment = await runExperiment(helpDesk(1), { replications: 2, seed: 3, threads: 1 });
    const agentGroups = Object.keys(experiment.summary).filter((k) => k.startsWith('byAgentGroup.'));
    expect(agentGroups.length).toBeGreaterThan(0);
    for (const key of KEYS) expect(experiment.summary, key).toHaveProperty([key]);
  });
});
