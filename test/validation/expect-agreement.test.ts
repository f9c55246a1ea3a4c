import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/metrics/stats/confidence';
import { expectAgreement, summarize } from '../support/replicate';

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
