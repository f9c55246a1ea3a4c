import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * What the warm-up leaves out, worked by hand: one agent, 100 s calls, a waiting room of two,
 * warm-up 100 s, cut at 600 s. Calls at 0, 50, 60, 70, 100, 150, 550:
 *   @0 served 0–100 · @50 served 100–200 · @60 served 200–300 · @70 blocked (two waiting) ·
 *   @100 served 300–400 (wait 200) · @150 blocked (two waiting: @60, @100) · @550 answered at once,
 *   in service at the cut.
 * Counted (arrived at or after 100 s): @100, @150, @550.
 */
const input = {
  name: 'warm-up',
  horizon: 600,
  warmup: 100,
  interval: 600,
  endOfDay: 'cut',
  skills: ['s'],
  waitingRoom: { voice: 2 },
  contactTypes: [{ name: 'a', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 50, 60, 70, 100, 150, 550] } }],
  agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 1 }],
};
const run = () => simulate(input as never, { seed: 1, checkInvariants: true });

describe('the warm-up', () => {
  it('counts only contacts that arrive at or after its end, whenever they are served', () => {
    const o = run().overall;
    expect([o.offered, o.answered, o.served, o.blocked, o.unfinished, o.abandoned]).toEqual([3, 2, 1, 1, 1, 0]);
    expect(o.asa).toBe(100);
    // @100 waited 200 s (over the 20 s target), @550 none.
    expect(o.answeredWithinTarget).toBe(1);
    expect(o.serviceLevel).toBe(0.5);
    expect(o.meanHandleTime).toBe(100);
    expect(o.blockingRate).toBeCloseTo(1 / 3, 12);
  });

  it('integrates agent time and queue length from its end on', () => {
    const r = run();
    // Busy 100–400 and 550–600 out of 500 s logged on.
    expect(r.agents.staffedHours).toBeCloseTo(500 / 3600, 12);
    expect(r.agents.occupancy).toBeCloseTo(350 / 500, 12);
    // Two waiting in [100, 200), one in [200, 300).
    expect(r.meanQueueLength).toBeCloseTo(300 / 500, 12);
    expect(r.meanQueueLengthByContactType[0]!.value).toBeCloseTo(300 / 500, 12);
  });
});

describe('the warm-up with two contact types', () => {
  it('forgets the queue length of each type before its end', () => {
    // One agent, 100 s calls, warm-up 100 s, cut at 600 s: a@0 served 0–100, b@10 served 100–200
    // (waiting 10–100, all before the warm-up ends), a@20 served 200–300 (waiting 20–200).
    const input = {
      name: 'warm-up by type',
      horizon: 600,
      warmup: 100,
      endOfDay: 'cut',
      skills: ['s'],
      contactTypes: [
        { name: 'a', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 20] } },
        { name: 'b', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [10] } },
      ],
      agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 1 }],
    };
    const r = simulate(input as never, { seed: 1, checkInvariants: true });
    expect(r.overall.offered).toBe(0);
    // From 100 s on, only a@20 waits, in [100, 200).
    expect(r.meanQueueLength).toBeCloseTo(100 / 500, 12);
    expect(r.meanQueueLengthByContactType.map((q) => q.value)).toEqual([expect.closeTo(100 / 500, 12), 0]);
  });
});
