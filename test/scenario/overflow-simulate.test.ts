import { describe, expect, it } from 'vitest';
import { simulateModel } from '../../src/run/simulate';
import { modelOf } from './helpers';

/**
 * End to end: a scenario with overflow steps and a type without arrivals (reached by transfers),
 * resolved and run with the engine's invariant checks on.
 */
function scenario(): Record<string, unknown> {
  return {
    name: 'overflow end to end',
    horizon: '2h',
    skills: ['billing', 'escalation'],
    contactTypes: [
      {
        name: 'billing',
        skills: { billing: 1 },
        // about 8.3 erlangs against 5 primary agents: many contacts wait past 30 s and 90 s
        arrivals: { rate: '100/h' },
        handleTime: { kind: 'exponential', mean: '5m' },
        patience: { kind: 'exponential', mean: '5m' },
        transfer: { to: 'back-office', probability: 0.2 },
        overflow: {
          primary: ['tier1'],
          steps: [
            { after: '30s', groups: ['home-agents'] },
            { after: '90s', groups: ['outsourcer'], protect: { maxShare: 1, reserveAgents: 0 } },
          ],
        },
      },
      { name: 'back-office', skills: { escalation: 1 }, handleTime: { kind: 'exponential', mean: '10m' } },
    ],
    agentGroups: [
      { name: 'tier1', agents: 5, skills: { billing: 2 }, authority: false },
      { name: 'home-agents', agents: 2, skills: { billing: 1 } },
      { name: 'outsourcer', agents: 3, skills: { billing: 1 } },
      { name: 'back', agents: 2, skills: { escalation: 1 } },
    ],
  };
}

describe('overflow end to end', () => {
  it('runs with invariant checks and reports each overflow step of the type', () => {
    const { model, warnings } = modelOf(scenario());
    expect(warnings).toEqual([]);
    const result = simulateModel(model, { seed: 7, checkInvariants: true });

    expect(result.overflow.map((o) => o.name)).toEqual(['billing']);
    const [billing] = result.overflow;
    expect(billing!.steps.map(({ step, after, groups }) => ({ step, after, groups }))).toEqual([
      { step: 0, after: 0, groups: ['tier1'] },
      { step: 1, after: 30, groups: ['home-agents'] },
      { step: 2, after: 90, groups: ['outsourcer'] },
    ]);

    // every answered billing contact went through exactly one step
    const answered = result.byContactType.find((t) => t.name === 'billing')!.answered;
    expect(billing!.steps.reduce((sum, s) => sum + s.answered, 0)).toBe(answered);
    // a step opens only once the contact has waited `after`
    for (const s of billing!.steps) {
      expect(s.answered).toBeGreaterThan(0);
      expect(s.meanWait!).toBeGreaterThanOrEqual(s.after);
    }
    expect(billing!.overflowShare).toBeCloseTo((answered - billing!.steps[0]!.answered) / answered, 12);

    // the type without arrivals only gets transferred contacts
    const backOffice = result.byContactType.find((t) => t.name === 'back-office')!;
    expect(backOffice.offered).toBeGreaterThan(0);
    expect(backOffice.offered).toBe(result.journey.overall.transfers);
  });
});
