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
