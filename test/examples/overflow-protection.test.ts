import { beforeAll, describe, expect, it } from 'vitest';
import { pairedDifferences, type ComparisonResult, type DifferenceSummary } from '../../src/index';
import { PATHS, VARIANTS, compareOverflow, formatOverflowComparison } from '../../examples/overflow-protection';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * The overflow story, checked with the paired confidence intervals of one comparison (30
 * replications, common random numbers, fixed seed): overflow helps billing and hurts sales;
 * protection keeps part of billing's gain and most of sales' service level.
 */
describe('examples/overflow-protection.ts', () => {
  let comparison: ComparisonResult;
  beforeAll(async () => {
    comparison = await compareOverflow({ replications: 30, seed: 1, threads: 1 });
  });
  const experiment = (name: string) => comparison.variants.find((v) => v.name === name)!.experiment;
  const diff = (variant: string, baseline: string, path: string): DifferenceSummary => {
    const d = metricAt(pairedDifferences(experiment(baseline), experiment(variant)), path);
    if (d === undefined || d.lower === null || d.upper === null || d.mean === null) throw new Error(`no paired difference for ${path}`);
    return d;
  };
  const { none, unprotected, protected: guarded } = VARIANTS;
  const billingSL = PATHS.serviceLevel('billing');
  const salesSL = PATHS.serviceLevel('sales');

  it('overflow without protection raises billing service level significantly', () => {
    expect(diff(unprotected, none, billingSL).lower!).toBeGreaterThan(0);
    expect(diff(unprotected, none, PATHS.asa('billing')).upper!).toBeLessThan(0);
  });

  it('overflow without protection lowers the sales service level significantly', () => {
    expect(diff(unprotected, none, salesSL).upper!).toBeLessThan(0);
    expect(diff(unprotected, none, PATHS.asa('sales')).lower!).toBeGreaterThan(0);
  });

  it('protection keeps a significant gain for billing', () => {
    expect(diff(guarded, none, billingSL).lower!).toBeGreaterThan(0);
  });

  it('protection keeps sales clearly above the unprotected variant and costs it far less', () => {
    expect(diff(guarded, unprotected, salesSL).lower!).toBeGreaterThan(0);
    // Sales loses less than half of what it loses without protection, compared on the CI
    // bounds: the largest plausible protected loss against the smallest plausible unprotected one.
    const protectedLoss = -diff(guarded, none, salesSL).lower!;
    const unprotectedLoss = -diff(unprotected, none, salesSL).upper!;
    expect(protectedLoss).toBeLessThan(unprotectedLoss / 2);
  });

  it('only the overflow variants answer billing calls at the outsourcer, less with protection', () => {
    const share = (v: string) => experiment(v).summary[PATHS.overflowShare]!;
    expect(share(none).mean).toBe(0);
    expect(share(unprotected).lower!).toBeGreaterThan(0);
    expect(diff(guarded, unprotected, PATHS.overflowShare).upper!).toBeLessThan(0);
  });

  it('prints a row per variant and a reading with the numbers', () => {
    const out = formatOverflowComparison(comparison);
    for (const v of Object.values(VARIANTS)) expect(out).toMatch(new RegExp(`^${v.replace(/[()]/g, '\\$&')} +[\\d.]+% +[\\d.]+s`, 'm'));
    const slOf = (v: string, type: string) => (100 * metricAt(experiment(v).summary, PATHS.serviceLevel(type))!.mean!).toFixed(1);
    const text = out.replace(/\s+/g, ' '); // the reading is wrapped
    expect(text).toContain(`lifts billing to ${slOf(unprotected, 'billing')}%`);
    expect(text).toContain(`drops from ${slOf(none, 'sales')}% to ${slOf(unprotected, 'sales')}%`);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});
