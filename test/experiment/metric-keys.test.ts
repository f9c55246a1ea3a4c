import { describe, expect, it } from 'vitest';
import type { IntervalMetricKey, MetricKey } from '../../src/experiment/metric-keys';
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

describe('MetricKey', () => {
  it('the keys that compile are keys of a real summary', async () => {
    const experiment = await runExperiment(helpDesk(1), { replications: 2, seed: 3, threads: 1 });
    const agentGroups = Object.keys(experiment.summary).filter((k) => k.startsWith('byAgentGroup.'));
    expect(agentGroups.length).toBeGreaterThan(0);
    for (const key of KEYS) expect(experiment.summary, key).toHaveProperty([key]);
  });
});
