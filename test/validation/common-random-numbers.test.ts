import { beforeAll, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/run/simulate';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { lognormal } from '../../src/random/distributions/lognormal';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulateModel } from '../../src/run/simulate';
import { expMean, singleQueueModel } from '../support/models';

/**
 * Named random streams: arrivals, segments, handle and patience times are drawn from one stream
 * per kind and contact type, so changing the routing policy must not change which contacts
 * arrive (common random numbers). A busy three-type, three-segment center is run with every
 * built-in policy on the same seed: the offered contacts per type, segment and interval must be
 * identical, while the outcomes differ.
 */
function multiTypeCenter(): ModelDefinition {
  const base = singleQueueModel({
    arrivalRate: 1,
    handleTime: expMean(180),
    agents: 1,
    horizon: 4 * 3600,
    warmup: 1800,
    endOfDay: 'drain',
  });
  const template = base.contactTypes[0]!;
  const type = (
    id: number,
    name: string,
    channel: number,
    skill: number,
    perHour: number,
    priority: number,
    patience: number | null,
  ): ContactTypeDefinition => ({
    ...template,
    id,
    name,
    channel,
    priority,
    requirements: [{ skill, minProficiency: 2 }],
    handleTime: lognormal({ mean: 240, cv: 0.8 }),
    patience: patience === null ? null : exponential({ mean: patience }),
    arrivals: { kind: 'poisson', rate: perHour / 3600 },
    segmentMix: [0.5, 0.3, 0.2],
  });
  const group = (id: number, name: string, proficiency: number[], concurrency: number[], agents: number, site: number) => ({
    ...base.agentGroups[0]!,
    id,
    name,
    site,
    proficiency,
    concurrency,
    handleTimeFactor: [1, 1.3, 1.1, 1, 0.9, 0.8],
    wrapUp: exponential({ mean: 20 }),
    staffing: { kind: 'constant' as const, agents },
  });
  return {
    ...base,
    skills: ['sales', 'support'],
    segments: [
      { id: 0, name: 'standard', share: 0.5, value: 1, priority: 0 },
      { id: 1, name: 'silver', share: 0.3, value: 3, priority: 1 },
      { id: 2, name: 'gold', share: 0.2, value: 10, priority: 2 },
    ],
    sites: [
      { id: 0, name: 'main', kind: 'in-house' },
      { id: 1, name: 'partner', kind: 'outsourcer' },
    ],
    contactTypes: [
      type(0, 'sales calls', 0, 0, 60, 2, 120),
      type(1, 'support chats', 1, 1, 40, 1, 300),
      type(2, 'support emails', 2, 1, 30, 0, null),
    ],
    agentGroups: [
      group(0, 'sales', [4, 2], [1, 2, 1, 0], 4, 0),
      group(1, 'support', [2, 4], [1, 3, 2, 0], 4, 0),
      group(2, 'partner', [3, 3], [1, 2, 2, 0], 3, 1),
    ],
  };
}

describe('common random numbers across policies', () => {
  const model = multiTypeCenter();
  const policies = PolicyRegistry.withBuiltIns().names();
  let results: SimulationResult[] = [];
  beforeAll(() => {
    results = policies.map((policy) => simulateModel({ ...model, routing: { policy, options: {} } }, { seed: 7, checkInvariants: true }));
  });
  const arrivals = (r: SimulationResult) => ({
    byType: r.byContactType.map((t) => t.offered),
    bySegment: r.bySegment.map((s) => s.offered),
    byInterval: r.intervals.map((i) => i.offered),
  });

  it('reproduces a run exactly with the same seed and policy', () => {
    const again = simulateModel({ ...model, routing: { policy: policies[0]!, options: {} } }, { seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(results[0]));
  });

  it('offers the same contacts whatever the policy', () => {
    expect(results[0]!.overall.offered).toBeGreaterThan(400);
    for (const r of results) expect(arrivals(r), r.policy).toEqual(arrivals(results[0]!));
  });

  it('still lets the policies route differently', () => {
    const outcomes = new Set(results.map((r) => JSON.stringify(r.byAgentGroup.map((g) => g.answered))));
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('offers other contacts with another seed', () => {
    const other = simulateModel(model, { seed: 8 });
    expect(arrivals(other)).not.toEqual(arrivals(results.find((r) => r.policy === model.routing.policy)!));
  });
});
