import { describe, expect, it } from 'vitest';
import type { ComparisonResult, StreamMode, VariantDifferences } from '../../src/experiment/compare';
import type { DifferenceSummary } from '../../src/experiment/differences';
import type { MetricKey } from '../../src/experiment/metric-keys';
import { measureVarianceReduction, varianceReduction } from '../../src/experiment/variance-reduction';

/** A difference summary with the given sd and half-width (the rest does not matter here). */
function diff(sd: number | null, halfWidth: number | null): DifferenceSummary {
  return { n: 5, mean: 1, sd, halfWidth, lower: null, upper: null, significant: null };
}

/** A comparison holding only differences (what varianceReduction reads). */
function comparison(mode: StreamMode, differences: VariantDifferences[]): ComparisonResult {
  return { format: 'routelab-comparison', version: 1, mode, seed: 1, replications: 5, level: 0.95, baseline: 'base', variants: [], differences };
}

const m = (path: string) => path as MetricKey;

describe('varianceReduction()', () => {
  const common = comparison('common', [
    { variant: 'v1', baseline: 'base', summary: { 'overall.asa': diff(2, 3), 'overall.offered': diff(0, 0), 'agents.occupancy': diff(null, null) } },
    { variant: 'v2', baseline: 'base', summary: { 'overall.asa': diff(4, 1) } },
  ] as VariantDifferences[]);
  const independent = comparison('independent', [
    { variant: 'v1', baseline: 'base', summary: { 'overall.asa': diff(6, 9), 'overall.offered': diff(5, 7), 'agents.occupancy': diff(1, 2) } },
    { variant: 'v2', baseline: 'base', summary: { 'overall.asa': diff(2, 5) } },
  ] as VariantDifferences[]);

  it('divides the independent half-width by the common one, and squares the ratio of the sds', () => {
    const [row] = varianceReduction(common, independent, [m('overall.asa')]);
    expect(row).toEqual({
      metric: 'overall.asa',
      common: diff(2, 3),
      independent: diff(6, 9),
      halfWidthRatio: 3, // 9 / 3
      varianceRatio: 9, // (6 / 2)²
    });
  });

  it('has no ratio when the common figure is 0 or missing', () => {
    const rows = varianceReduction(common, independent, [m('overall.offered'), m('agents.occupancy')]);
    expect(rows.map((r) => [r.metric, r.halfWidthRatio, r.varianceRatio])).toEqual([
      ['overall.offered', null, null],
      ['agents.occupancy', null, null],
    ]);
    const flipped = varianceReduction(comparison('common', independent.differences as VariantDifferences[]), comparison('independent', common.differences as VariantDifferences[]), [m('agents.occupancy')]);
    expect([flipped[0]!.halfWidthRatio, flipped[0]!.varianceRatio]).toEqual([null, null]);
  });

  it('takes the variant it is named, else the first one', () => {
    const [row] = varianceReduction(common, independent, [m('overall.asa')], 'v2');
    expect([row!.halfWidthRatio, row!.varianceRatio]).toEqual([5, 0.25]);
  });

  it('wants the first comparison common and the second independent, each on its own', () => {
    for (const [a, b] of [[common, common], [independent, independent]] as const) {
      expect(() => varianceReduction(a, b, [])).toThrow(new RangeError(`varianceReduction: expected a 'common' and an 'independent' comparison, got '${a.mode}' and '${b.mode}'`));
    }
  });

  it('names what does not match', () => {
    expect(() => varianceReduction(independent, common, [])).toThrow(
      new RangeError("varianceReduction: expected a 'common' and an 'independent' comparison, got 'independent' and 'common'"),
    );
    expect(() => varianceReduction(common, comparison('independent', []), [])).toThrow(new RangeError("varianceReduction: the independent comparison has no variant 'undefined'"));
    expect(() => varianceReduction(common, comparison('independent', [independent.differences[1]!]), [], 'v1')).toThrow(new RangeError("varianceReduction: the independent comparison has no variant 'v1'"));
    expect(() => varianceReduction(comparison('common', []), independent, [])).toThrow(new RangeError("varianceReduction: the common comparison has no variant 'undefined'"));
    expect(() => varianceReduction(common, independent, [], 'v3')).toThrow(new RangeError("varianceReduction: the common comparison has no variant 'v3'"));
    const otherBase = comparison('independent', [{ ...independent.differences[0]!, baseline: 'other' }]);
    expect(() => varianceReduction(common, otherBase, [])).toThrow(new RangeError("varianceReduction: different baselines 'base' and 'other'"));
    expect(() => varianceReduction(common, independent, [m('overall.offered')], 'v2')).toThrow(new RangeError("varianceReduction: no differences for metric 'overall.offered'"));
    const missingInIndependent = comparison('independent', [{ variant: 'v1', baseline: 'base', summary: {} }]);
    expect(() => varianceReduction(common, missingInIndependent, [m('overall.asa')])).toThrow(/no differences for metric 'overall.asa'/);
    const missingInCommon = comparison('common', [{ variant: 'v1', baseline: 'base', summary: {} }]);
    expect(() => varianceReduction(missingInCommon, independent, [m('overall.asa')])).toThrow(new RangeError("varianceReduction: no differences for metric 'overall.asa'"));
  });
});

describe('measureVarianceReduction()', () => {
  it('wants exactly two variants', async () => {
    await expect(measureVarianceReduction([], { metricPaths: [] })).rejects.toThrow(
      new RangeError('measureVarianceReduction: give exactly two variants (baseline, variant), got 0'),
    );
    await expect(measureVarianceReduction(null as never, { metricPaths: [] })).rejects.toThrow(/got null/);
  });
});
