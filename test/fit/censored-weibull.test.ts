import { describe, expect, it } from 'vitest';
import { fitWeibullCensored } from '../../src/fit/censored-weibull';
import { RandomStreams } from '../../src/random/streams';

/** Waits of callers with Weibull(shape, scale) patience, answered after an Exp(answerMean) time. */
function censoredWaits(n: number, shape: number, scale: number, answerMean: number, seed: number) {
  const streams = new RandomStreams(seed);
  const patience = streams.stream('patience');
  const answer = streams.stream('answer');
  return Array.from({ length: n }, () => {
    const p = scale * (-Math.log(1 - patience.next())) ** (1 / shape);
    const a = -answerMean * Math.log(1 - answer.next());
    return { time: Math.min(p, a), abandoned: p < a };
  });
}

describe('fitWeibullCensored()', () => {
  it('recovers shape and scale from censored waits', () => {
    // 4,000 callers, about half censored. The asymptotic standard error of the shape is about
    // 0.015 and of the scale about 3 % here; the tolerances are about 4 of them.
    const fit = fitWeibullCensored(censoredWaits(4000, 0.7, 400, 300, 1));
    expect(fit.abandoned).toBeGreaterThan(1500);
    expect(fit.abandoned).toBeLessThan(2500);
    expect(Math.abs(fit.shape - 0.7)).toBeLessThan(0.06);
    expect(Math.abs(fit.scale / 400 - 1)).toBeLessThan(0.12);
    expect(fit.spec).toEqual({ kind: 'weibull', shape: fit.shape, scale: fit.scale });
  });

  it('finds a shape near 1 for exponential patience, with a likelihood no worse than the exponential', () => {
    const waits = censoredWaits(4000, 1, 300, 300, 2);
    const fit = fitWeibullCensored(waits);
    expect(Math.abs(fit.shape - 1)).toBeLessThan(0.08);
    // The exponential is the Weibull with shape 1: its likelihood at its own MLE θ = Σt/d.
    const d = waits.filter((w) => w.abandoned).length;
    const total = waits.reduce((a, w) => a + w.time, 0);
    const exponential = -d * Math.log(total / d) - d;
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(exponential - 1e-6);
  });

  it('rejects data with nobody abandoning', () => {
    expect(() => fitWeibullCensored([{ time: 10, abandoned: false }])).toThrow(/nobody abandoned/);
  });
});
