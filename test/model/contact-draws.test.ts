import { describe, expect, it } from 'vitest';
import { ContactDraws, pick } from '../../src/model/contact-draws';
import type { ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { RandomStreams } from '../../src/random/streams';
import { singleQueueModel } from '../support/models';

const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 3600 });

function withMix(segmentMix: number[]): ModelDefinition {
  return { ...base, contactTypes: [{ ...base.contactTypes[0]!, segmentMix }] };
}

describe('pick()', () => {
  it('returns the first cumulative probability above u, and the last index when rounding leaves a gap', () => {
    const cdf = Float64Array.from([0.25, 0.75, 0.999]);
    expect(pick(cdf, 0.1)).toBe(0);
    expect(pick(cdf, 0.25)).toBe(1);
    expect(pick(cdf, 0.5)).toBe(1);
    expect(pick(cdf, 0.8)).toBe(2);
    expect(pick(cdf, 0.9995)).toBe(2);
  });
});

describe('ContactDraws.segment()', () => {
  it('is always 0 with a single segment, without drawing from the segment stream', () => {
    const draws = new ContactDraws(withMix([1]), new RandomStreams(5));
    for (let k = 0; k < 100; k++) expect(draws.segment(0)).toBe(0);
  });

  it('follows the segment mix', () => {
    const n = 20_000;
    const p = 0.3;
    const draws = new ContactDraws(withMix([p, 1 - p]), new RandomStreams(5));
    let first = 0;
    for (let k = 0; k < n; k++) if (draws.segment(0) === 0) first++;
    // 5 standard errors of a binomial proportion
    expect(Math.abs(first / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });

  it('draws the same segments as picking on the named stream directly', () => {
    const mix = [0.2, 0.5, 0.3];
    const draws = new ContactDraws(withMix(mix), new RandomStreams(9));
    const u = new RandomStreams(9).stream('segment:calls');
    const cdf = Float64Array.from([0.2, 0.7, 1]);
    for (let k = 0; k < 200; k++) expect(draws.segment(0)).toBe(pick(cdf, u.next()));
  });
});

describe('ContactDraws per-interval handle time and patience', () => {
  /** Intervals of 100 s in a period of 1000 s; `handleTime` and `patience` lists per interval (null: the type's own). */
  function perInterval(handleTime: number[] | null, patience: number[] | null, typePatience: number | null = null): ContactDraws {
    const type = base.contactTypes[0]!;
    const list = (values: number[] | null) => (values === null ? null : values.map((value) => deterministic({ value })));
    const model: ModelDefinition = {
      ...base,
      contactTypes: [
        {
          ...type,
          patience: typePatience === null ? null : deterministic({ value: typePatience }),
          queueExits: { maxWait: null, clearAtClosing: false, balking: null, announcement: null, byInterval: { intervalLength: 100, period: 1000, handleTime: list(handleTime), patience: list(patience) } },
        },
      ],
    };
    return new ContactDraws(model, new RandomStreams(3));
  }

  it("draws the handle time from the arrival's interval, the last entry for later intervals, each period again", () => {
    const draws = perInterval([11, 22, 33], null);
    // 0-99: 11; 100-199: 22; 200-999: 33 (the last entry); 1000-1099: 11 again.
    expect([0, 99, 100, 250, 999, 1000, 1150].map((t) => draws.handleTime(0, t))).toEqual([11, 11, 22, 33, 33, 11, 22]);
  });

  it("draws the type's handle time without a per-interval list", () => {
    // The base model's handle time is 10 s.
    expect(perInterval(null, [5]).handleTime(0, 150)).toBe(10);
    expect(new ContactDraws(base, new RandomStreams(3)).handleTime(0, 150)).toBe(10);
  });

  it("draws the patience from the arrival's interval, else the type's, else never abandons", () => {
    expect([0, 120, 500].map((t) => perInterval(null, [40, 80], 7).patience(0, t))).toEqual([40, 80, 80]);
    expect(perInterval([11], null, 7).patience(0, 120)).toBe(7);
    expect(perInterval([11], null, null).patience(0, 120)).toBe(Infinity);
    expect(new ContactDraws(base, new RandomStreams(3)).patience(0, 0)).toBe(Infinity);
  });

  it("draws a group's wrap-up from its own distribution", () => {
    const group = { ...base.agentGroups[0]!, wrapUp: deterministic({ value: 45 }) };
    const draws = new ContactDraws({ ...base, agentGroups: [group] }, new RandomStreams(3));
    expect(draws.wrapUp(0)).toBe(45);
  });

  it('draws each type from its own named streams', () => {
    // Two poisson types: the second's arrivals come from `arrivals:second`, whatever the first draws.
    const first = base.contactTypes[0]!;
    const second = { ...first, id: 1, name: 'second' };
    const both = new ContactDraws({ ...base, contactTypes: [first, second] }, new RandomStreams(4));
    const u = new RandomStreams(4).stream('arrivals:second');
    both.nextArrival(0, 0);
    // Rate 1/s: each arrival -ln u after the time asked, u from `arrivals:second`.
    expect(both.nextArrival(1, 0)).toBeCloseTo(-Math.log(u.next()), 9);
    expect(both.nextArrival(1, 5)).toBeCloseTo(5 - Math.log(u.next()), 9);
  });
});
