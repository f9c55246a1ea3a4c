import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';
import { churnProbability, effortScore } from '../../src/metrics/churn';

/** Edges of the economics arithmetic: every effort weight, far tails of the logistic, long drains, many open issues. */
const fixed = (value: number) => ({ kind: 'deterministic', value });
const ONES = { extraContacts: 1, repeatedInformation: 1, transfers: 1, abandons: 1, brokenPromises: 1, waitMinutes: 1, unresolved: 1 };
const NO_WEIGHTS = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };

describe('effort and churn arithmetic', () => {
  it('adds every weighted journey count', () => {
    const x = { extraContacts: 1, repeatedInformation: 2, transfers: 3, abandons: 4, brokenPromises: 5, waitMinutes: 6, unresolved: 7 };
    expect(effortScore(ONES, x)).toBe(28);
  });

  it('keeps a logistic churn probability above 0 far in the lower tail', () => {
    // z = logit(0.5) − 720: exp(−720) ≈ 1.8e−313 is still a positive (subnormal) double.
    const p = churnProbability({ kind: 'logistic', base: 0.5, weights: { ...NO_WEIGHTS, repeatedInformation: -1 } }, { ...NO_WEIGHTS, repeatedInformation: 720 });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeCloseTo(Math.exp(-720), 320);
  });
});

describe('economics per interval', () => {
  it('gives each interval its operating cost, and the drain after the last interval its agent hours', () => {
    // Horizon 1 h in 30-minute intervals; a call at 3,500 s of 4,000 s drains to 7,500 s. One agent
    // at 36 an hour, 1 per contact, 10 per abandon (a second call at 3,500 s gives up after 60 s).
    const input = {
      name: 'long drain',
      horizon: '1h',
      interval: '30m',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(4000), patience: fixed(60), arrivals: { trace: [3500, 3500] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { agentGroups: { one: { perHour: 36 } }, channels: { voice: { perContact: 1 } }, penalties: { perAbandoned: 10 } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.intervals.map((i) => [i.agentCost, i.contactCost, i.penaltyCost, i.operatingCost])).toEqual([
      [18, 0, 0, 18],
      [18, 2, 10, 30],
    ]);
    // 3,600–7,500 s of drain at 36 an hour.
    expect(e.afterIntervals.agentCost).toBeCloseTo(39, 9);
  });
});

describe('economics with many issues open at once', () => {
  it('scores every one of 300 issues', () => {
    // 300 calls in the first 300 s, nobody on duty until after the horizon: each abandons after 1,000 s.
    const input = {
      name: 'many open issues',
      horizon: '1h',
      endOfDay: 'cut',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(60), patience: fixed(1000), arrivals: { trace: Array.from({ length: 300 }, (_, i) => i) } }],
      agentGroups: [{ name: 'late', skills: { s: 1 }, agents: { shifts: [{ start: '2h', end: '3h', agents: 1 }] } }],
      customerImpact: { effort: { ...NO_WEIGHTS, abandons: 1 } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.issuesClosed).toBe(300);
    expect(e.meanEffort).toBe(1);
  });
});
