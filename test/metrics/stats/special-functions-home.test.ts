import { describe, expect, it } from 'vitest';
import { normalQuantile as statsNormalQuantile, tQuantile } from '../../../src/metrics/stats/index';
import { studentTDensity } from '../../../src/metrics/stats/special-functions';
import { lnGamma } from '../../../src/random/special/gamma-functions';
import { normalQuantile } from '../../../src/random/special/normal';

/**
 * One home for each special function: the statistics (confidence intervals) use the normal
 * quantile and log-gamma of random/special, the ones the engine's distributions draw with.
 */
describe('special functions have one home', () => {
  it('the statistics export the normal quantile of random/special', () => {
    expect(statsNormalQuantile).toBe(normalQuantile);
  });

  it('the t quantile tends to the normal quantile for large df', () => {
    for (const p of [0.9, 0.975, 0.995]) expect(tQuantile(p, 1e7)).toBeCloseTo(normalQuantile(p), 6);
  });

  it('the t density is built on lnGamma: at 0 it is Γ((ν+1)/2) / (√(νπ) Γ(ν/2)), exactly 1/π for ν = 1', () => {
    expect(studentTDensity(0, 1)).toBeCloseTo(1 / Math.PI, 14);
    const nu = 7;
    expect(studentTDensity(0, nu)).toBeCloseTo(Math.exp(lnGamma((nu + 1) / 2) - lnGamma(nu / 2)) / Math.sqrt(nu * Math.PI), 14);
  });
});
