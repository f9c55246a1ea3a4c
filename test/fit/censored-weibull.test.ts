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

describe('fitWeibullCensored() on a small sample, against the likelihood written out', () => {
  // Four callers hung up (10, 25, 60, 120 s), three were answered (30, 90, 200 s).
  const waits = [
    { time: 10, abandoned: true },
    { time: 30, abandoned: false },
    { time: 25, abandoned: true },
    { time: 90, abandoned: false },
    { time: 60, abandoned: true },
    { time: 200, abandoned: false },
    { time: 120, abandoned: true },
  ];
  /** Σ_abandoned [ln k − k ln λ + (k − 1) ln t] − Σ_all (t/λ)^k. */
  const logLikelihood = (k: number, scale: number): number =>
    waits.reduce((a, w) => a + (w.abandoned ? Math.log(k) - k * Math.log(scale) + (k - 1) * Math.log(w.time) : 0) - (w.time / scale) ** k, 0);

  it('is the maximum of the censored log-likelihood', () => {
    const fit = fitWeibullCensored(waits);
    expect(fit).toMatchObject({ waiting: 7, abandoned: 4 });
    // The scale maximizing for the shape found: λ^k = Σ t^k / d.
    expect(fit.scale ** fit.shape).toBeCloseTo(waits.reduce((a, w) => a + w.time ** fit.shape, 0) / 4, 6);
    expect(fit.logLikelihood).toBeCloseTo(logLikelihood(fit.shape, fit.scale), 9);
    for (const [dk, ds] of [[0.01, 1], [-0.01, 1], [0, 1.01], [0, 0.99]] as const) {
      expect(logLikelihood(fit.shape + dk, fit.scale * ds)).toBeLessThan(fit.logLikelihood);
    }
  });

  it('reports the mean λ ∫₀^∞ exp(−u^k) du', () => {
    const fit = fitWeibullCensored(waits);
    // Simpson's rule on [0, 60] (the tail past 60 is below e^(−60^k), negligible for k > 0.5).
    const steps = 60_000;
    const h = 60 / steps;
    let sum = 0;
    for (let i = 0; i <= steps; i++) sum += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-((i * h) ** fit.shape));
    expect(fit.shape).toBeGreaterThan(0.5);
    expect(fit.mean / (fit.scale * ((sum * h) / 3))).toBeCloseTo(1, 5);
  });

  it('reads a hang-up after 0 s as one after half a second, and leaves out answers after 0 s', () => {
    const base = fitWeibullCensored(waits);
    const withZero = fitWeibullCensored([...waits, { time: 0, abandoned: true }]);
    expect(withZero).toEqual(fitWeibullCensored([...waits, { time: 0.5, abandoned: true }]));
    const answeredAtOnce = fitWeibullCensored([{ time: 0, abandoned: false }, ...waits]);
    expect(answeredAtOnce).toEqual({ ...base, waiting: 8 });
  });
});

describe('fitWeibullCensored() errors', () => {
  it('names a negative or non-finite wait', () => {
    expect(() => fitWeibullCensored([{ time: 5, abandoned: true }, { time: -1, abandoned: false }])).toThrow(
      new RangeError('fitWeibullCensored: waits[1].time must be a non-negative finite number, got -1'),
    );
    expect(() => fitWeibullCensored([{ time: Number.POSITIVE_INFINITY, abandoned: true }])).toThrow(/waits\[0\]\.time .* got Infinity/);
  });

  it('rejects abandoners all alike with nobody answered later: the shape has no bound', () => {
    // The profile's derivative is then below −1/k for every k.
    const alike = [{ time: 10, abandoned: true }, { time: 10, abandoned: true }, { time: 5, abandoned: false }];
    expect(() => fitWeibullCensored(alike)).toThrow(new RangeError("fitWeibullCensored: the shape grows without bound (the abandoners' waits are all alike); a Weibull does not fit"));
  });

  it('sees the same with waits whose 50th power overflows a double (the sums are scaled)', () => {
    // (10⁷)^50 = 10^350 > 1.8·10^308.
    expect(() => fitWeibullCensored([{ time: 1e7, abandoned: true }, { time: 1e7, abandoned: true }, { time: 1, abandoned: false }])).toThrow(/grows without bound/);
  });

  it('rejects a shape below 0.02', () => {
    // One hang-up at 1 s among answers after 10^30 s: at k = 0.02 the derivative is about 63.7 − 50 − 0 > 0.
    const waits = [{ time: 1, abandoned: true }, ...Array.from({ length: 3 }, () => ({ time: 1e30, abandoned: false }))];
    expect(() => fitWeibullCensored(waits)).toThrow(new RangeError('fitWeibullCensored: the shape is below 0.02; a Weibull does not fit'));
  });
});
