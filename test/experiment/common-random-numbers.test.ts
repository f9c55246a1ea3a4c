import { beforeAll, describe, expect, it } from 'vitest';
import { compareVariants, policyVariants, scenarioVariant, variantSeed, type ComparisonResult } from '../../src/experiment/compare';
import { pairedDifferences } from '../../src/experiment/differences';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { summarizeValues } from '../../src/experiment/summary';
import { measureVarianceReduction, varianceReduction } from '../../src/experiment/variance-reduction';
import { helpDesk } from './scenarios';

/** Offered contacts per type and per interval, replication by replication. */
function arrivals(e: ExperimentResult): (number | null)[][] {
  const columns = e.metrics.flatMap((p, j) => (/^(byContactType\.[^.]+|intervals\.\d+)\.offered$/.test(p) ? [j] : []));
  expect(columns.length).toBeGreaterThanOrEqual(6);
  return e.replications.map((r) => columns.map((j) => r.values[j]!));
}

describe('compareVariants()', () => {
  const variants = policyVariants(helpDesk(2), ['longest-idle-agent', 'best-skill']);
  const options = { replications: 20, seed: 2, threads: 1 };
  let common: ComparisonResult;
  let independent: ComparisonResult;
  beforeAll(async () => {
    common = await compareVariants(variants, options);
    independent = await compareVariants(variants, { ...options, mode: 'independent' });
  });

  it('gives every variant the same arrivals with common random numbers', () => {
    const [a, b] = common.variants.map((v) => v.experiment);
    expect(a!.policy).toBe('longest-idle-agent');
    expect(b!.policy).toBe('best-skill');
    expect(arrivals(b!)).toEqual(arrivals(a!));
    // ...while the policies still route differently
    const answered = (e: ExperimentResult) => e.summary['byAgentGroup.billing-team.answered']!.mean;
    expect(answered(b!)).not.toBe(answered(a!));
  });

  it('gives them other arrivals with independent streams', () => {
    const [a, b] = independent.variants.map((v) => v.experiment);
    expect(a!.seed).toBe(2);
    expect(b!.seed).toBe(variantSeed(2, 1));
    expect(arrivals(a!)).toEqual(arrivals(common.variants[0]!.experiment));
    expect(arrivals(b!)).not.toEqual(arrivals(a!));
  });

  it('reports paired differences variant − baseline with a CI and significance', () => {
    const [a, b] = common.variants.map((v) => v.experiment);
    const d = common.differences[0]!;
    expect([d.variant, d.baseline]).toEqual(['best-skill', 'longest-idle-agent']);
    const j = a!.metrics.indexOf('overall.serviceLevel');
    const k = b!.metrics.indexOf('overall.serviceLevel');
    const diffs = a!.replications.map((r, i) => b!.replications[i]!.values[k]! - r.values[j]!);
    const expected = summarizeValues(diffs);
    expect(d.summary['overall.serviceLevel']).toMatchObject(expected);
    for (const s of Object.values(d.summary)) {
      if (s === undefined) throw new Error('a summary key without a summary');
      if (s.lower === null || s.upper === null) expect(s.significant).toBeNull();
      else expect(s.significant).toBe(s.lower > 0 || s.upper < 0);
    }
    expect(d.summary).toEqual(pairedDifferences(a!, b!));
  });

  it('narrows the CI of a difference: half-width ratio independent / CRN well above 1', () => {
    const rows = varianceReduction(common, independent, ['overall.serviceLevel', 'agents.occupancy', 'overall.asa']);
    for (const row of rows) {
      expect(row.common.n).toBe(20);
      expect(row.halfWidthRatio, row.metric).toBeGreaterThan(2);
      expect(row.varianceRatio).toBeCloseTo(row.halfWidthRatio! ** 2, 10);
    }
  });

  it('measures the variance reduction in one call', async () => {
    const report = await measureVarianceReduction(policyVariants(helpDesk(1), ['longest-idle-agent', 'best-skill']), {
      replications: 4,
      seed: 2,
      threads: 1,
      metricPaths: ['overall.serviceLevel'],
    });
    expect(report).toMatchObject({ baseline: 'longest-idle-agent', variant: 'best-skill', replications: 4, seed: 2 });
    expect(report.rows[0]!.common.n).toBe(4);
    await expect(measureVarianceReduction(variants.slice(0, 1), { metricPaths: [] })).rejects.toThrow(/exactly two variants/);
  });

  it('compares scenario variants too, against a chosen baseline', async () => {
    const base = helpDesk(1);
    const more = scenarioVariant('more billing agents', base, { agentGroups: [{ name: 'billing-team', agents: 9 }] });
    const result = await compareVariants([more, { name: 'base', scenario: base }], { replications: 5, seed: 4, threads: 1, baseline: 'base' });
    const d = result.differences[0]!;
    expect([d.variant, d.baseline]).toEqual(['more billing agents', 'base']);
    expect(d.summary['intervals.0.agentsOnDuty']).toMatchObject({ mean: 3, sd: 0 });
    expect(d.summary['overall.asa']!.mean!).toBeLessThan(0);
  });

  it('checks the variants and the baseline', async () => {
    await expect(compareVariants(variants.slice(0, 1))).rejects.toThrow(/at least two variants/);
    await expect(compareVariants([variants[0]!, variants[0]!])).rejects.toThrow(/'longest-idle-agent' is used twice/);
    await expect(compareVariants(variants, { baseline: 'best' })).rejects.toThrow("baseline: no variant is named 'best'; variants: longest-idle-agent, best-skill");
    await expect(compareVariants(variants, { mode: 'paired' as 'common' })).rejects.toThrow(/mode must be 'common' or 'independent'/);
  });
});
