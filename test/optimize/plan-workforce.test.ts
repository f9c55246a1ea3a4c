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
  });
});
