import { describe, expect, it } from 'vitest';
import { productiveAgents } from '../../src/model/workforce-controller';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

function center(group: Record<string, unknown>, horizon = '2h'): ScenarioInput {
  return {
    name: 'shrinkage',
    horizon,
    interval: '30m',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '30/h' } }],
    agentGroups: [{ name: 'team', skills: { s: 1 }, ...group }],
  } as unknown as ScenarioInput;
}

describe('productiveAgents()', () => {
  it('rounds down: scheduled = ceil(productive / (1 − s)) always gives at least the productive agents', () => {
    expect(productiveAgents(8, 0, 0.25)).toBe(6);
    expect(productiveAgents(10, 0, 0.3)).toBe(7); // 10 × 0.7 is 7 in floating point only up to rounding
    expect(productiveAgents(5, 0, 0.1)).toBe(4); // 4.5 → 4
    expect(productiveAgents(8, 2, 0.25)).toBe(4); // shrinkage applies to the agents not on break
    expect(productiveAgents(1, 2, 0)).toBe(0);
    for (let productive = 1; productive <= 60; productive++) {
      for (const s of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.33, 0.35, 0.4, 0.5, 0.7]) {
        expect(productiveAgents(Math.ceil(productive / (1 - s)), 0, s)).toBeGreaterThanOrEqual(productive);
      }
    }
  });
});

describe('shrinkage', () => {
  it('keeps floor(8 × 0.75) = 6 of 8 agents on contacts in every interval, and books the rest as shrinkage', () => {
    const result = simulate({ ...center({ agents: 8, shrinkage: 0.25 }), endOfDay: 'cut' }, { checkInvariants: true });
    for (const interval of result.intervals) expect(interval.agentsOnDuty).toBe(6);
    expect(result.workforce!.map((g) => g.name)).toEqual(['team']);
    const team = result.workforce![0]!;
    expect(team.scheduledHours).toBe(16);
    expect(team.paidHours).toBe(16);
    expect(team.absentHours).toBe(0);
    expect(team.breakHours).toBe(0);
    expect(team.shrinkageHours).toBe(4);
    expect(team.availableHours).toBe(12);
    for (const i of team.intervals) {
      expect([i.scheduledHours, i.shrinkageHours, i.availableHours]).toEqual([4, 1, 3]);
      expect(i.productiveHours).toBeLessThanOrEqual(i.availableHours);
    }
    // Productive hours are the group's busy agent-hours: occupancy × logged-on hours.
    expect(team.productiveHours).toBeCloseTo(result.agents.occupancy! * result.agents.staffedHours, 9);
  });

  it('follows a shrinkage share per interval of the day', () => {
    const shares = Array.from({ length: 48 }, (_, k) => (k % 2 === 0 ? 0.5 : 0));
    const result = simulate(center({ agents: 4, shrinkage: shares }), { checkInvariants: true });
    // Agents leaving for shrinkage finish the contact in hand first, so the mean on duty may exceed 2.
    expect(result.intervals.map((i) => (i.agentsOnDuty >= 2 && i.agentsOnDuty < 2.5 ? 2 : i.agentsOnDuty))).toEqual([2, 4, 2, 4]);
    expect(result.workforce![0]!.intervals.map((i) => i.shrinkageHours)).toEqual([1, 0, 1, 0]);
  });

  it('adds up: paid = scheduled − absent and available = paid − break − shrinkage, per interval and in total', () => {
    const result = simulate(
      center(
        {
          agents: { shifts: [{ start: '1h', end: '9h', agents: 7, breaks: [{ length: '30m', within: ['2h', '4h'] }, { length: '15m', within: ['5h', '7h'] }] }] },
          shrinkage: 0.2,
          absenteeism: 0.3,
        },
        '10h',
      ),
      { seed: 7, checkInvariants: true },
    );
    const team = result.workforce![0]!;
    for (const h of [team, ...team.intervals]) {
      expect(h.paidHours).toBeCloseTo(h.scheduledHours - h.absentHours, 9);
      expect(h.availableHours).toBeCloseTo(h.paidHours - h.breakHours - h.shrinkageHours, 9);
      expect(h.breakHours).toBeGreaterThanOrEqual(0);
      expect(h.shrinkageHours).toBeGreaterThanOrEqual(0);
    }
    const sum = (f: (h: (typeof team.intervals)[number]) => number): number => team.intervals.reduce((a, h) => a + f(h), 0);
    expect(sum((h) => h.scheduledHours)).toBeCloseTo(team.scheduledHours, 9);
    expect(sum((h) => h.productiveHours)).toBeCloseTo(team.productiveHours, 9);
    expect(team.scheduledHours).toBe(7 * 8);
    // Each present agent takes both breaks (45 minutes) unless a contact pushes one past the shift's end.
    const present = team.paidHours / 8;
    expect(Number.isInteger(present)).toBe(true);
    expect(team.breakHours).toBeLessThanOrEqual(present * 0.75 + 1e-9);
    expect(team.breakHours).toBeGreaterThan(present * 0.75 - 0.25);
    // An agent already off contacts for shrinkage takes a due break at once, so none is lost here.
    expect(team.breakHours).toBeCloseTo(present * 0.75, 9);
  });
});
