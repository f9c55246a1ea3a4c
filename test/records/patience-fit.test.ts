import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { fitPatience } from '../../src/records/patience-fit';

/** A record of a caller who waited `wait` seconds and hung up or was answered. */
const waited = (wait: number, abandoned: boolean): CallRecord => ({
  line: 0,
  day: 'd',
  offered: 0,
  wait,
  outcome: abandoned ? 'abandoned' : 'served',
  serviceStart: abandoned ? null : wait,
  serviceEnd: abandoned ? null : wait + 60,
  contactType: null,
  agent: null,
  customer: null,
  priority: null,
});

describe('fitPatience() on a hand-worked day', () => {
  // Hang-ups after 10, 20, 30 and 40 s; six callers answered after 100 s. Exponential MLE: 700 s / 4 = 175 s.
  // The horizon is the 90th percentile of the 10 waits (the 9th smallest): 100 s. Kaplan–Meier steps to
  // 0.9, 0.8, 0.7, 0.6 at 10, 20, 30, 40 s: its area up to 100 s is 10 + 9 + 8 + 7 + 60 × 0.6 = 70 s.
  // The exponential's area: 175 (1 − e^(−100/175)) = 76.17 s, 8.8 % more.
  const records = [30, 10, 40, 20].map((w) => waited(w, true)).concat(Array.from({ length: 6 }, () => waited(100, false)));

  it('fits the exponential on censored waits and reads the Kaplan–Meier mean up to the 90th percentile of the waits', () => {
    const fits = fitPatience(records, { patience: 'exponential', patienceScale: 1 });
    expect(fits.patienceFit.mean).toBe(175);
    expect(fits.patienceHorizon).toBe(100);
    expect(fits.patienceRestrictedMean).toBeCloseTo(70, 12);
    expect(fits.patience).toEqual({ kind: 'exponential', mean: 175 });
    expect(fits.weibullFit?.abandoned).toBe(4);
  });

  it('warns when the fitted mean over the horizon is more than 5 % off Kaplan–Meier’s', () => {
    const fits = fitPatience(records, { patience: 'exponential', patienceScale: 2 });
    const fitted = 175 * (1 - Math.exp(-100 / 175));
    expect(fitted.toFixed(1)).toBe('76.2');
    expect(((100 * fitted) / 70 - 100).toFixed(1)).toBe('8.8');
    expect(fits.warnings).toEqual(["patience: the fitted exponential's mean over the first 100 s (76.2 s) is 8.8 % off the Kaplan–Meier estimate (70.0 s; tolerance 5 %)"]);
    // The scale multiplies the scenario's patience, not the fit.
    expect(fits.patience).toEqual({ kind: 'exponential', mean: 350 });
    expect(fits.patienceFit.mean).toBe(175);
  });

  it('a horizon of at least 1 s', () => {
    const fits = fitPatience([waited(0, true), waited(0, true), waited(0.5, false), waited(0.2, true)], { patience: 'exponential', patienceScale: 1 });
    expect(fits.patienceHorizon).toBe(1);
  });
});

describe('fitPatience() with the Weibull on a hand-worked day', () => {
  // The two answered callers (after 100 s) come first in the records; hang-ups after 10 … 60 s.
  // Horizon: the 90th percentile of the 8 waits sorted (the 7th smallest): 100 s. Kaplan–Meier steps
  // from 1 by 1/8 at 10, 20, …, 60 s: its area up to 100 s is 10 × (8 + 7 + 6 + 5 + 4 + 3)/8 + 40 × 2/8 = 51.25 s.
  const records = [waited(100, false), waited(100, false)].concat([30, 10, 40, 20, 50, 60].map((w) => waited(w, true)));

  it('sorts the waits for the horizon and compares the Weibull’s own restricted mean with Kaplan–Meier’s', () => {
    const fits = fitPatience(records, { patience: 'weibull', patienceScale: 1 });
    expect(fits.patienceHorizon).toBe(100);
    expect(fits.patienceRestrictedMean).toBeCloseTo(51.25, 12);
    const { shape, scale } = fits.weibullFit!;
    expect(fits.patience).toEqual({ kind: 'weibull', shape, scale });
    // ∫₀¹⁰⁰ exp(−(t/scale)^shape) dt by Simpson's rule on 2,000 steps.
    const f = (t: number) => Math.exp(-((t / scale) ** shape));
    let sum = f(0) + f(100);
    for (let i = 1; i < 2000; i++) sum += (i % 2 === 1 ? 4 : 2) * f((i * 100) / 2000);
    const fitted = (sum * 100) / 2000 / 3;
    const gap = fitted / 51.25 - 1;
    expect(gap).toBeGreaterThan(0.05);
    expect(fits.warnings).toEqual([`patience: the fitted weibull's mean over the first 100 s (${fitted.toFixed(1)} s) is ${(100 * gap).toFixed(1)} % off the Kaplan–Meier estimate (51.3 s; tolerance 5 %)`]);
  });
});

describe('fitPatience() on waits at the quantiles of an exponential', () => {
  // 400 callers, all hanging up, at the (i + ½)/400 quantiles of an exponential of mean 100 s: both
  // fits and Kaplan–Meier agree within a few per cent, so nothing is said.
  const records = Array.from({ length: 400 }, (_, i) => waited(-100 * Math.log(1 - (i + 0.5) / 400), true));

  it('says nothing for the exponential', () => {
    const fits = fitPatience(records, { patience: 'exponential', patienceScale: 1 });
    expect(Math.abs(fits.patienceFit.mean / 100 - 1)).toBeLessThan(0.01);
    expect(fits.warnings).toEqual([]);
  });

  it('says nothing for the Weibull, whose shape is near 1, and scales its scale', () => {
    const fits = fitPatience(records, { patience: 'weibull', patienceScale: 3 });
    const weibull = fits.weibullFit!;
    expect(Math.abs(weibull.shape - 1)).toBeLessThan(0.05);
    expect(fits.warnings).toEqual([]);
    expect(fits.patience).toEqual({ kind: 'weibull', shape: weibull.shape, scale: 3 * weibull.scale });
  });
});

describe('fitPatience() when the Weibull cannot be fitted', () => {
  // Two hang-ups after 10 s and an answer after 5 s: the Weibull's shape has no bound.
  const records = [waited(10, true), waited(10, true), waited(5, false)];

  it('keeps the exponential and leaves the Weibull out', () => {
    const fits = fitPatience(records, { patience: 'exponential', patienceScale: 1 });
    expect(fits.weibullFit).toBeNull();
    expect(fits.patience).toEqual({ kind: 'exponential', mean: 25 / 2 });
  });

  it('fails when the Weibull was asked for', () => {
    expect(() => fitPatience(records, { patience: 'weibull', patienceScale: 1 })).toThrow(/fitWeibullCensored: the shape grows without bound/);
  });
});
