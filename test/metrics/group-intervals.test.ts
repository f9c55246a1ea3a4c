import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * Agents on duty and occupancy per agent group × interval (`detailed.byAgentGroupAndInterval`):
 * exact values on a hand-computable day, and the groups adding up to the run's own intervals
 * (counted by another tally) on a random one.
 */

type Input = Record<string, unknown>;
const run = (input: Input, seed = 1) => simulate(input as never, { seed, checkInvariants: true, metrics: { detailed: true } });

/**
 * One agent answering a call every 10 minutes in the first hour, each taking exactly 5 minutes:
 * busy 30 of 60 minutes, then idle. A second group, with no skill any contact needs, is on duty
 * (2 agents) only in the second hour.
 */
const handCounted: Input = {
  name: 'hand counted',
  horizon: '3h',
  interval: '1h',
  endOfDay: 'cut',
  skills: ['s', 'other'],
  contactTypes: [
    {
      name: 'calls',
      skills: { s: 1 },
      handleTime: { kind: 'deterministic', value: '5m' },
      arrivals: { trace: ['0s', '10m', '20m', '30m', '40m', '50m'] },
    },
  ],
  agentGroups: [
    { name: 'solo', skills: { s: 1 }, agents: 1 },
    { name: 'late', skills: { other: 1 }, agents: { shifts: [{ start: '1h', end: '2h', agents: 2 }] } },
  ],
};

/** Two types, two groups with overlapping skills, abandonment (as in detailed-metrics.test.ts). */
const twoTypes: Input = {
  name: 'two types',
  horizon: '8h',
  interval: '1h',
  skills: ['a', 'b'],
  contactTypes: [
    { name: 'alpha', skills: { a: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, patience: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '60/h' } },
    { name: 'beta', skills: { b: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '50/h' } },
  ],
  agentGroups: [
    { name: 'only-a', skills: { a: 1 }, agents: 3, wrapUp: { kind: 'deterministic', value: '30s' } },
    { name: 'both', skills: { a: 1, b: 1 }, agents: { perInterval: [4, 4, 5, 5, 3, 3, 4, 4] } },
  ],
};

describe('detailed.byAgentGroupAndInterval', () => {
  it('gives the hand-counted agents on duty and occupancy of each group', () => {
    const groups = run(handCounted).detailed!.byAgentGroupAndInterval;
    expect(groups.map((g) => g.name)).toEqual(['solo', 'late']);
    const [solo, late] = groups;
    expect(solo!.intervals.map((i) => i.start)).toEqual([0, 3600, 7200]);
    expect(solo!.intervals.map((i) => i.agentsOnDuty)).toEqual([1, 1, 1]);
    expect(solo!.intervals.map((i) => i.occupancy)).toEqual([0.5, 0, 0]);
    expect(late!.intervals.map((i) => i.agentsOnDuty)).toEqual([0, 2, 0]);
    // Nobody on duty: no occupancy rather than 0 / 0.
    expect(late!.intervals.map((i) => i.occupancy)).toEqual([null, 0, null]);
  });

  it('adds up to the run intervals: agents on duty summed, occupancy weighted by agents on duty', () => {
    for (const seed of [1, 2, 3]) {
      const r = run(twoTypes, seed);
      const groups = r.detailed!.byAgentGroupAndInterval;
      expect(r.intervals.length).toBe(8);
      r.intervals.forEach((total, k) => {
        const at = groups.map((g) => g.intervals[k]!);
        expect(at.every((i) => i.start === total.start)).toBe(true);
        const onDuty = at.reduce((s, i) => s + i.agentsOnDuty, 0);
        expect(onDuty).toBeCloseTo(total.agentsOnDuty, 9);
        const busy = at.reduce((s, i) => s + (i.occupancy ?? 0) * i.agentsOnDuty, 0);
        expect(busy / onDuty).toBeCloseTo(total.occupancy!, 9);
      });
      // The constant group is on duty all day; the scheduled one at least as planned (an agent
      // going off duty finishes the contact in hand first).
      expect(groups[0]!.intervals.map((i) => i.agentsOnDuty)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
      groups[1]!.intervals.forEach((i, k) => expect(i.agentsOnDuty).toBeGreaterThanOrEqual([4, 4, 5, 5, 3, 3, 4, 4][k]! - 1e-9));
    }
  });

  it('is absent from runs without detailed metrics', () => {
    expect(simulate(twoTypes as never, { seed: 1 }).detailed).toBeUndefined();
  });
});
