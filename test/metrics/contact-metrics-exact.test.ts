import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * Every contact metric of one small center worked out by hand: one agent, 100 s calls, a waiting
 * room of two, a 20 s service-level target, 5 s short abandons, cut at 1,000 s, intervals of 500 s.
 *
 * Type a (patience 150 s) arrives at 0, 10, 20, 30, 195, 290, 950, 960; type b (patience 3 s) at 210.
 *   a@0 served 0–100 (wait 0) · a@10 served 100–200 (wait 90) · a@20 abandons at 170 (wait 150)
 *   a@30 finds two waiting: blocked · a@195 served 200–300 (wait 5) · b@210 abandons at 213 (wait 3,
 *   short) · a@290 served 300–400 (wait 10) · a@950 answered at once, in service at the cut ·
 *   a@960 still waiting at the cut.
 * Answered waits: 0, 90, 5, 10, 0 (four within 20 s); abandons after 150 and 3 s.
 */
const TRACE_A = [0, 10, 20, 30, 195, 290, 950, 960];
const type = (name: string, patience: number, trace: number[]) => ({
  name,
  skills: { s: 1 },
  handleTime: { kind: 'deterministic', value: 100 },
  patience: { kind: 'deterministic', value: patience },
  serviceLevel: { within: 20 },
  arrivals: { trace },
});
const input = {
  name: 'every-metric',
  horizon: 1000,
  interval: 500,
  endOfDay: 'cut',
  skills: ['s'],
  waitingRoom: { voice: 2 },
  contactTypes: [type('a', 150, TRACE_A), type('b', 3, [210])],
  agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 1 }],
};
const run = (metrics: Record<string, unknown> = {}) => simulate(input as never, { seed: 1, checkInvariants: true, metrics: { shortAbandonThreshold: 5, ...metrics } });

/** |actual − expected| within the wait sketch's 1 % relative accuracy. */
function nearWait(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.01 * expected + 1e-12);
}

describe('contact metrics of a hand-worked center', () => {
  it('counts every contact once in its outcome', () => {
    const o = run().overall;
    expect([o.offered, o.answered, o.served, o.abandoned, o.blocked, o.unfinished]).toEqual([9, 5, 4, 2, 1, 2]);
    expect([o.shortAbandoned, o.answeredWithinTarget]).toEqual([1, 4]);
  });

  it('gives the rates over the right denominators', () => {
    const o = run().overall;
    // Entered a queue and left it: 5 answered + 2 abandoned.
    expect(o.abandonmentRate).toBeCloseTo(2 / 7, 12);
    expect(o.blockingRate).toBeCloseTo(1 / 9, 12);
    expect(o.serviceLevel).toBeCloseTo(4 / 7, 12);
    expect(o.serviceLevelOfAnswered).toBeCloseTo(4 / 5, 12);
    expect(o.serviceLevelExcludingShortAbandons).toBeCloseTo(4 / 6, 12);
  });

  it('gives the waits, the time to abandon and the handle time', () => {
    const o = run().overall;
    expect(o.asa).toBeCloseTo(105 / 5, 12);
    expect(o.wait.mean).toBeCloseTo(105 / 5, 12);
    expect(o.wait.max).toBe(90);
    // Sorted waits 0, 0, 5, 10, 90; the value at rank ceil(p·5).
    nearWait(o.wait.p50, 5);
    nearWait(o.wait.p80, 10);
    nearWait(o.wait.p90, 90);
    nearWait(o.wait.p95, 90);
    nearWait(o.wait.p99, 90);
    expect(o.meanQueueTime).toBeCloseTo((105 + 150 + 3) / 7, 12);
    expect(o.meanTimeToAbandon).toBeCloseTo(153 / 2, 12);
    expect(o.meanHandleTime).toBe(100);
  });

  it('reports a type with no answer with null waits and shares, and its own counts', () => {
    const [a, b] = run().byContactType;
    expect(b).toMatchObject({ name: 'b', offered: 1, answered: 0, abandoned: 1, shortAbandoned: 1, served: 0 });
    expect(b!.wait).toEqual({ mean: null, p50: null, p80: null, p90: null, p95: null, p99: null, max: null });
    expect(b!.asa).toBeNull();
    expect(b!.meanHandleTime).toBeNull();
    expect(b!.meanTimeToAbandon).toBe(3);
    expect(b!.serviceLevel).toBe(0);
    expect(b!.serviceLevelOfAnswered).toBeNull();
    // Its only contact abandoned short: nothing left in the denominator.
    expect(b!.serviceLevelExcludingShortAbandons).toBeNull();
    expect(b!.meanQueueTime).toBe(3);
    // Type a holds every answer: the same waits through the shared sketch bucket.
    expect(a).toMatchObject({ name: 'a', offered: 8, answered: 5, served: 4, abandoned: 1, blocked: 1, unfinished: 2, shortAbandoned: 0 });
    nearWait(a!.wait.p50, 5);
    nearWait(a!.wait.p80, 10);
    expect(a!.wait.max).toBe(90);
    expect(a!.meanTimeToAbandon).toBe(150);
  });

  it('gives the shares of answered contacts within each wait threshold', () => {
    const points = new Map(run().waitDistribution.map((p) => [p.upTo, p.answered]));
    expect(points.get(0)).toBeCloseTo(2 / 5, 12);
    expect(points.get(20)).toBeCloseTo(4 / 5, 12);
    expect(points.get(60)).toBeCloseTo(4 / 5, 12);
    expect(points.get(120)).toBe(1);
  });

  it('integrates the queue length over the run, overall and per type', () => {
    const r = run();
    // Waiting: 1 in [10,20), 2 in [20,100), 1 in [100,170), [195,200), [210,213), [290,300), [960,1000).
    expect(r.meanQueueLength).toBeCloseTo((10 + 160 + 70 + 5 + 3 + 10 + 40) / 1000, 12);
    expect(r.maxQueueLength).toBe(2);
    expect(r.meanQueueLengthByContactType).toEqual([
      { name: 'a', value: expect.closeTo(295 / 1000, 12) as number },
      { name: 'b', value: expect.closeTo(3 / 1000, 12) as number },
    ]);
  });

  it('splits the contacts by arrival interval and the agent time by interval', () => {
    const [first, second] = run().intervals;
    // [0, 500): 7 arrivals; answered a@0, a@10, a@195, a@290 (waits 0, 90, 5, 10), 2 abandons.
    expect(first).toMatchObject({ start: 0, offered: 7, answered: 4, abandoned: 2 });
    expect(first!.serviceLevel).toBeCloseTo(3 / 6, 12);
    expect(first!.asa).toBeCloseTo(105 / 4, 12);
    expect(first!.abandonmentRate).toBeCloseTo(2 / 6, 12);
    expect(first!.occupancy).toBeCloseTo(400 / 500, 12);
    expect(first!.agentsOnDuty).toBeCloseTo(1, 12);
    // [500, 1000): a@950 answered at once, a@960 still waiting; the agent busy from 950.
    expect(second).toMatchObject({ start: 500, offered: 2, answered: 1, abandoned: 0, serviceLevel: 1, asa: 0, abandonmentRate: 0 });
    expect(second!.occupancy).toBeCloseTo(50 / 500, 12);
  });

  it('gives the agents’ time and counts', () => {
    const r = run();
    expect(r.agents.staffedHours).toBeCloseTo(1000 / 3600, 12);
    expect(r.agents.occupancy).toBeCloseTo(450 / 1000, 12);
    expect(r.agents.utilization).toBeCloseTo(450 / 1000, 12);
    expect([r.agents.answered, r.agents.served, r.agents.meanHandleTime]).toEqual([5, 4, 100]);
    expect(r.byAgentGroup).toEqual([{ name: 'g', ...r.agents }]);
  });

  it('counts an abandon within the threshold as short only under that threshold', () => {
    // With a 2 s threshold the 3 s abandon is not short; with 150 s both are.
    expect(run({ shortAbandonThreshold: 2 }).overall.shortAbandoned).toBe(0);
    const all = run({ shortAbandonThreshold: 150 }).overall;
    expect(all.shortAbandoned).toBe(2);
    expect(all.serviceLevelExcludingShortAbandons).toBeCloseTo(4 / 5, 12);
  });

  it('estimates the wait percentiles with the accuracy asked for', () => {
    // The median wait is 5 s. With α = 0.1 the sketch's bucket of 5 s has the representative
    // 2γ^9/(γ + 1), γ = 1.1/0.9: 5.48 s, within 10 % of 5 but not within 1 %.
    const coarse = run({ percentileAccuracy: 0.1 }).overall.wait.p50!;
    const gamma = 1.1 / 0.9;
    expect(coarse).toBeCloseTo((2 * gamma ** 9) / (gamma + 1), 9);
    expect(Math.abs(coarse - 5)).toBeGreaterThan(0.05);
  });
});

describe('a center that answers nobody', () => {
  it('gives null wait shares and waits, and zero rates where the denominators are not empty', () => {
    // The only agent logs on after the cut: the call at 0 abandons after its 150 s patience.
    const nobody = {
      ...input,
      contactTypes: [type('a', 150, [0])],
      agentGroups: [{ name: 'g', skills: { s: 1 }, agents: { shifts: [{ start: 2000, end: 3000, agents: 1 }] } }],
    };
    const r = simulate(nobody as never, { seed: 1, checkInvariants: true });
    expect(r.waitDistribution.length).toBeGreaterThan(0);
    expect(r.waitDistribution.every((p) => p.answered === null)).toBe(true);
    expect(r.overall).toMatchObject({ offered: 1, answered: 0, abandoned: 1, abandonmentRate: 1, serviceLevel: 0, serviceLevelOfAnswered: null, asa: null });
    expect(r.overall.meanTimeToAbandon).toBe(150);
  });
});

describe('contacts that arrive after the horizon', () => {
  it('are counted apart from the intervals: transfers made during the drain', () => {
    // Horizon 200 s, intervals of 100 s, drained. Two receptionists (no authority: every call is
    // transferred) take 100 s; one expert takes 200 s, transfers give up after 100 s of waiting.
    // front@0 → back@100, served 100–300. front@150 → back@250, served 300–500 (after the horizon).
    // front@160 → back@260, abandons at 360 (after the horizon).
    const transferred = {
      name: 'after-horizon',
      horizon: 200,
      interval: 100,
      skills: ['front', 'back'],
      contactTypes: [
        { name: 'front', skills: { front: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 150, 160] }, transfer: { to: 'back' } },
        { name: 'back', skills: { back: 1 }, handleTime: { kind: 'deterministic', value: 200 }, patience: { kind: 'deterministic', value: 100 } },
      ],
      agentGroups: [
        { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
        { name: 'experts', agents: 1, skills: { back: 1 } },
      ],
    };
    const r = simulate(transferred as never, { seed: 1, checkInvariants: true });
    expect(r.afterHorizon).toEqual({ offered: 2, answered: 1, abandoned: 1 });
    expect(r.intervals.map((i) => [i.start, i.offered, i.answered, i.abandoned])).toEqual([
      [0, 1, 1, 0],
      [100, 3, 3, 0],
    ]);
    expect(r.overall).toMatchObject({ offered: 6, answered: 5, abandoned: 1 });
    expect(r.byChannel.map((c) => [c.name, c.offered])).toEqual([['voice', 6]]);
    expect(r.bySegment.map((s) => [s.name, s.offered])).toEqual([['all', 6]]);
  });
});
