import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/metrics/stats/confidence';
import { expectAgreement, summarize, summarizeWithControl } from '../support/replicate';

/** The comparison helper of the validation tests must be able to fail, in both of its ways. */
describe('summarize()', () => {
  it('gives the mean, sd and 99.99 % Student-t half-width', () => {
    const s = summarize([1, 2, 3, 4, 5]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s.halfWidth).toBeCloseTo((tQuantile(0.99995, 4) * Math.sqrt(2.5)) / Math.sqrt(5), 12);
  });

  it('rejects a replication without a value', () => {
    expect(() => summarize([1, null, 3])).toThrow(/replication 1/);
  });
});

describe('summarizeWithControl()', () => {
  it('gives the regression estimate at control 0 and its half-width with n − 2 degrees of freedom', () => {
    // y = 1, 2, 4 at x = −1, 0, 1: x̄ = 0, Sxx = 2, Sxy = 3, slope 1.5, estimate ȳ = 7/3;
    // residuals 1/6, −1/3, 1/6: s² = (1/36 + 1/9 + 1/36) / 1 = 1/6; variance of the estimate s²/3.
    const s = summarizeWithControl([1, 2, 4], [-1, 0, 1]);
    expect(s.mean).toBeCloseTo(7 / 3, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect(s.halfWidth).toBeCloseTo(tQuantile(0.99995, 1) * Math.sqrt(1 / 18), 9);
  });

  it('moves the estimate to control 0 when the controls do not average 0', () => {
    // y = 10 + 2x exactly at x = 1, 2, 3: the line gives 10 at x = 0 with no residual.
    const s = summarizeWithControl([12, 14, 16], [1, 2, 3]);
    expect(s.mean).toBeCloseTo(10, 12);
    expect(s.halfWidth).toBeCloseTo(0, 12);
  });

  it('rejects too few replications, mismatched lists, missing values and constant controls', () => {
    expect(() => summarizeWithControl([1, 2], [0, 1])).toThrow(/at least 3/);
    expect(() => summarizeWithControl([1, 2, 3], [0, 1])).toThrow(/3 values but 2 controls/);
    expect(() => summarizeWithControl([1, null, 3], [0, 1, 2])).toThrow(/value of replication 1/);
    expect(() => summarizeWithControl([1, 2, 3], [1, 1, 1])).toThrow(/all equal/);
  });
});

describe('expectAgreement()', () => {
  const s = summarize([0.995, 1.005, 0.998, 1.002, 1.0, 1.0]); // mean 1, 99.99 % half-width ≈ 0.014

  it('accepts a theoretical value inside the confidence interval', () => {
    expect(() => expectAgreement('inside', s, 1.01, { maxRelativeHalfWidth: 0.05 })).not.toThrow();
  });

  it('rejects a theoretical value outside it', () => {
    expect(() => expectAgreement('outside', s, 1.1, { maxRelativeHalfWidth: 0.05 })).toThrow(/outside: simulated/);
  });

  it('rejects a confidence interval too wide to prove anything', () => {
    expect(() => expectAgreement('wide', s, 1, { maxRelativeHalfWidth: 0.005 })).toThrow(/wide: half-width/);
  });

  it('accepts a difference within the absolute floor', () => {
    expect(() => expectAgreement('floor', s, 1.1, { maxRelativeHalfWidth: 0.05, absoluteFloor: 0.2 })).not.toThrow();
  });
});
