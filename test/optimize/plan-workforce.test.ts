import { describe, expect, it } from 'vitest';
import { planWorkforceHours } from '../../src/optimize/plan-workforce';
import type { StaffingResult } from '../../src/optimize/result';
import type { ScenarioInput } from '../../src/scenario/schema';

function scenario(shrinkage?: number): ScenarioInput {
  return {
    name: 'plan',
    horizon: '2h',
    interval: '1h',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '40/h' } }],
    agentGroups: [
      { name: 'tier1', skills: { s: 1 }, agents: 1, ...(shrinkage === undefined ? {} : { shrinkage }) },
      { name: 'contract', skills: { s: 1 }, agents: 2 },
    ],
  };
}

/** Only the fields the function reads matter here. */
const result = { staffing: { tier1: [5, 3], contract: [9, 9] }, seed: 4, validationReplications: 3 } as unknown as StaffingResult;

describe('planWorkforceHours()', () => {
  it('books the plan’s hours: scheduled = paid = available without workforce features, fixed groups keep their staffing', () => {
    const plan = planWorkforceHours(scenario(), result, { fixedGroups: ['contract'] });
    expect(plan.replications).toBe(3);
    expect(plan.workforceFeatures).toBe(false);
    const [tier1, contract] = plan.groups;
    expect(tier1!.intervals.map((x) => x.scheduledHours)).toEqual([5, 3]);
    expect(tier1!.availableHours).toBe(8);
    expect(contract!.scheduledHours).toBe(2 * 2); // the scenario's 2 agents, not the 9 of the result
    for (const g of plan.groups) {
      for (const x of g.intervals) {
        expect(x.productiveHours).toBeGreaterThan(0);
        expect(x.productiveHours).toBeLessThanOrEqual(x.availableHours + 0.5); // a call may run past the hour
      }
    }
  });

  it('takes paid and available hours from the simulation when the scenario has shrinkage', () => {
    const plan = planWorkforceHours(scenario(0.25), result, { replications: 2, fixedGroups: ['contract'] });
    expect(plan.workforceFeatures).toBe(true);
    // floor(5 × 0.75) = 3 and floor(3 × 0.75) = 2 agents take contacts
    expect(plan.groups[0]!.intervals.map((x) => [x.scheduledHours, x.paidHours, x.availableHours])).toEqual([
      [5, 5, 3],
      [3, 3, 2],
    ]);
    // The fixed group, without shrinkage, keeps its own 2 agents' hours.
    expect(plan.groups[1]!.intervals.map((x) => [x.scheduledHours, x.paidHours, x.availableHours])).toEqual([
      [2, 2, 2],
      [2, 2, 2],
    ]);
  });
});

describe('planWorkforceHours() on a center worked by hand', () => {
  // One agent, two 30-minute calls at 0 and 10 minutes: busy 0:00–1:00, idle in the second hour.
  const exact: ScenarioInput = {
    name: 'exact',
    horizon: '2h',
    interval: '1h',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 1800 }, arrivals: { trace: [0, 600] } }],
    agentGroups: [
      { name: 'one', skills: { s: 1 }, agents: 1 },
      { name: 'spare', skills: { s: 1 }, agents: 4 },
    ],
  } as ScenarioInput;
  const planned = { staffing: { one: [1, 1] }, seed: 1, validationReplications: 50 } as unknown as StaffingResult;

  it('productive hours are the busy time; a planned group missing from the result has no agents; at most 20 replications', () => {
    const plan = planWorkforceHours(exact, planned);
    expect(plan.replications).toBe(20);
    expect(plan.groups.map((g) => g.name)).toEqual(['one', 'spare']);
    expect(plan.groups[0]).toEqual({
      name: 'one',
      scheduledHours: 2,
      paidHours: 2,
      availableHours: 2,
      productiveHours: 1,
      intervals: [
        { start: 0, scheduledHours: 1, paidHours: 1, availableHours: 1, productiveHours: 1 },
        { start: 3600, scheduledHours: 1, paidHours: 1, availableHours: 1, productiveHours: 0 },
      ],
    });
    expect(plan.groups[1]!.scheduledHours).toBe(0);
    expect(plan.groups[1]!.productiveHours).toBe(0);
  });

  it('counts hours from the warm-up on, and at least one replication', () => {
    const plan = planWorkforceHours({ ...exact, warmup: '30m' } as ScenarioInput, { ...planned, validationReplications: 0 } as unknown as StaffingResult);
    expect(plan.replications).toBe(1);
    expect(plan.groups[0]!.intervals.map((x) => [x.scheduledHours, x.productiveHours])).toEqual([
      [0.5, 0.5],
      [1, 0],
    ]);
    expect(planWorkforceHours(exact, planned, { replications: 2 }).replications).toBe(2);
  });
});
