import { describe, expect, it } from 'vitest';
import { fitExponentialCensored, type CensoredWait } from '../../src/fit/index';
import { exponential } from '../../src/random/index';
import { RandomStreams } from '../../src/random/streams';

/**
 * Synthetic queue: patience ~ Exp(mean θ), the offer of service comes after an independent
 * Exp(mean 200 s) time; the caller abandons if patience runs out first, otherwise is answered
 * (censored). The MLE's standard error is θ/√d (d abandoners), so it must land within 4 of them.
 */
function censoredSample(theta: number, n: number, seed: number): CensoredWait[] {
  const streams = new RandomStreams(seed);
  const patience = exponential({ mean: theta });
  const offer = exponential({ mean: 200 });
  const p = streams.stream('patience');
  const s = streams.stream('offer');
  const out: CensoredWait[] = [];
  for (let i = 0; i < n; i++) {
    const x = patience.sample(p);
    const y = offer.sample(s);
    out.push({ time: Math.min(x, y), abandoned: x < y });
  }
  return out;
}

describe('fitExponentialCensored()', () => {
  it('divides the total wait by the number who abandoned', () => {
    const fit = fitExponentialCensored([
      { time: 30, abandoned: true },
      { time: 90, abandoned: false },
      { time: 0, abandoned: false },
    ]);
    expect(fit.mean).toBe(120);
    expect(fit).toMatchObject({ waiting: 3, abandoned: 1, totalWait: 120, standardError: 120, spec: { kind: 'exponential', mean: 120 } });
  });

  for (const theta of [100, 300, 1000]) {
    it(`recovers a patience mean of ${theta} s from censored waits within 4 standard errors`, () => {
      const fit = fitExponentialCensored(censoredSample(theta, 20_000, theta));
      expect(Math.abs(fit.mean - theta)).toBeLessThan((4 * theta) / Math.sqrt(fit.abandoned));
      // The true abandonment share θ⁻¹/(θ⁻¹ + 200⁻¹) = 200/(200 + θ); 4 binomial standard errors.
      const p = 200 / (200 + theta);
      expect(Math.abs(fit.abandoned / 20_000 - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 20_000));
    });
  }

  it('is far from the naive mean time to abandon, which ignores censoring', () => {
    const waits = censoredSample(300, 20_000, 7);
    const fit = fitExponentialCensored(waits);
    const hungUp = waits.filter((w) => w.abandoned);
    const naive = hungUp.reduce((a, w) => a + w.time, 0) / hungUp.length;
    // The waits of abandoners are min(patience, offer) given abandonment: mean 1/(1/300 + 1/200) = 120 s.
    expect(naive).toBeLessThan(fit.mean / 2);
  });

  it('reports a standard error that matches the spread over independent data sets', () => {
    const means = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => fitExponentialCensored(censoredSample(300, 2_000, 100 + seed)));
    const avg = means.reduce((a, f) => a + f.mean, 0) / means.length;
    const sd = Math.sqrt(means.reduce((a, f) => a + (f.mean - avg) ** 2, 0) / (means.length - 1));
    const se = means[0]!.standardError;
    // With 8 data sets the sample sd is within a factor of 2.5 of its true value with probability > 99 %.
    expect(sd).toBeGreaterThan(se / 2.5);
    expect(sd).toBeLessThan(se * 2.5);
  });

  describe('errors', () => {
    it('rejects no data', () => {
      expect(() => fitExponentialCensored([])).toThrow(new RangeError('fitExponentialCensored: waits must not be empty, got no waits'));
    });
    it('rejects data where nobody abandoned', () => {
      expect(() => fitExponentialCensored([{ time: 10, abandoned: false }])).toThrow(RangeError);
      expect(() => fitExponentialCensored([{ time: 10, abandoned: false }])).toThrow(/nobody abandoned among 1 waits/);
    });
    it('rejects a zero total wait', () => {
      expect(() => fitExponentialCensored([{ time: 0, abandoned: true }])).toThrow(/every wait is 0 s/);
    });
    it('names a negative or non-finite time', () => {
      expect(() => fitExponentialCensored([{ time: 5, abandoned: true }, { time: -1, abandoned: false }])).toThrow(
        new RangeError('fitExponentialCensored: waits[1].time must be a non-negative finite number, got -1'),
      );
      expect(() => fitExponentialCensored([{ time: Number.NaN, abandoned: true }])).toThrow(/waits\[0\]\.time .* got NaN/);
    });
    it('names wrong types', () => {
      expect(() => fitExponentialCensored('x' as never)).toThrow(TypeError);
      expect(() => fitExponentialCensored([null] as never)).toThrow(/waits\[0\] must be \{ time, abandoned \}, got null/);
      expect(() => fitExponentialCensored([{ time: '5', abandoned: true }] as never)).toThrow(/waits\[0\]\.time must be a number, got "5"/);
      expect(() => fitExponentialCensored([{ time: 5, abandoned: 1 }] as never)).toThrow(/waits\[0\]\.abandoned must be a boolean, got 1/);
    });
  });
});
