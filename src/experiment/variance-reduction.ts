import type { MetricKey } from './metric-keys';
import type { DifferenceSummary } from './differences';
import { compareVariants, type ComparisonResult, type CompareOptions, type Variant } from './compare';

/**
 * How much common random numbers narrow the confidence interval of a difference between two
 * variants, compared with independent streams.
 *
 * @module
 */

/** The CRN-vs-independent figures for one metric. */
export interface VarianceReductionRow {
  /** Metric path, e.g. `overall.serviceLevel`. */
  readonly metric: string;
  /** Difference variant − baseline with common random numbers. */
  readonly common: DifferenceSummary;
  /** The same difference with independent streams. */
  readonly independent: DifferenceSummary;
  /**
   * independent half-width / common half-width: how many times narrower the CRN interval is for
   * the same number of replications (> 1 means CRN helped). Null when either is missing or the
   * CRN half-width is 0.
   */
  readonly halfWidthRatio: number | null;
  /**
   * (independent sd / common sd)²: how many times more replications independent streams would
   * need for the same half-width. Null when either sd is missing or the CRN sd is 0.
   */
  readonly varianceRatio: number | null;
}

/**
 * The variance-reduction figures of `variant` against the baseline, from one comparison run with
 * `mode: 'common'` and one with `mode: 'independent'` (same variants and replications).
 *
 * @param variant - which variant's differences to use (default: the first non-baseline one)
 * @throws RangeError if the comparisons do not match or a metric is missing
 */
export function varianceReduction(
  common: ComparisonResult,
  independent: ComparisonResult,
  metrics: readonly MetricKey[],
  variant?: string,
): VarianceReductionRow[] {
  if (common.mode !== 'common' || independent.mode !== 'independent') {
    throw new RangeError(`varianceReduction: expected a 'common' and an 'independent' comparison, got '${common.mode}' and '${independent.mode}'`);
  }
  const pick = (c: ComparisonResult, which: string) => {
    const name = variant ?? c.differences[0]?.variant;
    const d = c.differences.find((x) => x.variant === name);
    if (d === undefined) throw new RangeError(`varianceReduction: the ${which} comparison has no variant '${String(name)}'`);
    return d;
  };
  const a = pick(common, 'common');
  const b = pick(independent, 'independent');
  if (a.baseline !== b.baseline) throw new RangeError(`varianceReduction: different baselines '${a.baseline}' and '${b.baseline}'`);
  return metrics.map((metric) => {
    const crn = a.summary[metric];
    const ind = b.summary[metric];
    if (crn === undefined || ind === undefined) throw new RangeError(`varianceReduction: no differences for metric '${metric}'`);
    return {
      metric,
      common: crn,
      independent: ind,
      halfWidthRatio: ratio(ind.halfWidth, crn.halfWidth),
      varianceRatio: ratio(ind.sd, crn.sd) === null ? null : ratio(ind.sd, crn.sd)! ** 2,
    };
  });
}

/** The result of {@link measureVarianceReduction}. */
export interface VarianceReductionReport {
  /** Name of the baseline (`variants[0]`). */
  readonly baseline: string;
  /** Name of the variant compared with it (`variants[1]`). */
  readonly variant: string;
  /** Replications per variant, in each of the two comparisons. */
  readonly replications: number;
  /** The master seed of both comparisons. */
  readonly seed: number | string;
  /** One row per metric of `metricPaths`, in the order given. */
  readonly rows: readonly VarianceReductionRow[];
}

/**
 * Runs a baseline and a variant (`variants[0]`, `variants[1]`) twice — with common random numbers and with independent
 * streams — and reports, per metric, the half-widths of the difference and their ratio.
 *
 * @example
 * ```ts
 * const report = await measureVarianceReduction(policyVariants(scenario, ['longest-idle-agent', 'best-skill']), {
 *   metricPaths: ['overall.serviceLevel', 'overall.asa'], replications: 40,
 * });
 * report.rows[0].halfWidthRatio; // e.g. 3: the CRN interval is three times narrower
 * ```
 */
export async function measureVarianceReduction(
  variants: readonly Variant[],
  options: Omit<CompareOptions, 'mode' | 'baseline'> & { metricPaths: readonly MetricKey[] },
): Promise<VarianceReductionReport> {
  if (!Array.isArray(variants) || variants.length !== 2) {
    throw new RangeError(`measureVarianceReduction: give exactly two variants (baseline, variant), got ${Array.isArray(variants) ? variants.length : String(variants)}`);
  }
  const { metricPaths, ...rest } = options;
  const common = await compareVariants(variants, { ...rest, mode: 'common' });
  const independent = await compareVariants(variants, { ...rest, mode: 'independent' });
  return {
    baseline: variants[0]!.name,
    variant: variants[1]!.name,
    replications: common.replications,
    seed: common.seed,
    rows: varianceReduction(common, independent, metricPaths),
  };
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
}
