import type { MetricRecord } from './metric-keys';
import { normalQuantile } from '../random/special/normal';
import type { ReplicationRecord } from './result-format';
import { DEFAULT_LEVEL } from './summary';

/**
 * Ratio-of-means estimators: a ratio figure (service level, ASA, abandonment rate, occupancy, …)
 * estimated over replications as Σ numerator / Σ denominator, with the delta-method interval,
 * beside the summaries' mean of the per-replication ratios. ContactCenters and SSJ print this form
 * ("function of averages"); it weighs each replication by its denominator (a busy day counts more
 * than a quiet one) and is the long-run ratio, where the mean of ratios is the expected daily
 * ratio. For days of thousands of contacts the two differ by much less than their intervals; for
 * short or quiet replications (an interval, a small contact type) they can differ.
 *
 * @module
 */

/** A ratio estimated as a ratio of means over replications. */
export interface RatioSummary {
  /** Always `'ratio-of-means'`: Σx / Σy over the replications (the summaries' `mean` is the mean of x/y). */
  readonly estimator: 'ratio-of-means';
  /** Replications (every one counts, a replication with y = 0 adds 0 to both sums). */
  readonly n: number;
  /** Σx / Σy; `null` when Σy = 0. */
  readonly mean: number | null;
  /**
   * Half-width of the delta-method interval `z · √(s²(x − r·y) / n) / ȳ` (normal quantile z at the
   * level, s² the sample variance of the residuals x − r·y); `null` when n < 2 or Σy = 0.
   */
  readonly halfWidth: number | null;
  /** mean − halfWidth; `null` with halfWidth. */
  readonly lower: number | null;
  /** mean + halfWidth; `null` with halfWidth. */
  readonly upper: number | null;
}

/**
 * Σx / Σy with its delta-method interval (see {@link RatioSummary}), from one numerator and one
 * denominator per replication.
 *
 * @throws RangeError if the lists differ in length, a value is not finite, or `level` is not in (0, 1)
 */
export function ratioOfMeans(numerators: readonly number[], denominators: readonly number[], level = DEFAULT_LEVEL): RatioSummary {
  if (!(level > 0 && level < 1)) throw new RangeError(`ratioOfMeans: level must be in (0, 1), got ${level}`);
  if (numerators.length !== denominators.length) throw new RangeError(`ratioOfMeans: ${numerators.length} numerators but ${denominators.length} denominators`);
  const n = numerators.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    const x = numerators[i]!;
    const y = denominators[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`ratioOfMeans: replication ${i} must have finite values, got ${x} / ${y}`);
    sx += x;
    sy += y;
  }
  if (sy === 0) return { estimator: 'ratio-of-means', n, mean: null, halfWidth: null, lower: null, upper: null };
  const r = sx / sy;
  if (n < 2) return { estimator: 'ratio-of-means', n, mean: r, halfWidth: null, lower: null, upper: null };
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = numerators[i]! - r * denominators[i]!;
    squares += d * d;
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const halfWidth = (z * Math.sqrt(squares / (n - 1) / n)) / (sy / n);
  return { estimator: 'ratio-of-means', n, mean: r, halfWidth, lower: r - halfWidth, upper: r + halfWidth };
}

/**
 * Builds the table of {@link RATIO_DENOMINATORS}: a fresh frozen object on every call, so that
 * {@link ratioSummaries} reads it at run time (a table built once at module load could not be
 * changed by a mutation test, and its entries would go unchecked).
 */
function buildRatioDenominators(): Readonly<Record<string, readonly (readonly string[])[]>> {
  return Object.freeze({
    serviceLevel: [['answered', 'abandoned']],
    serviceLevelOfAnswered: [['answered']],
    abandonmentRate: [['answered', 'abandoned']],
    blockingRate: [['offered']],
    asa: [['answered']],
    meanHandleTime: [['served']],
    meanTimeToAbandon: [['abandoned']],
    occupancy: [['staffedHours'], ['agentsOnDuty']],
    utilization: [['staffedHours']],
    delayProbability: [['answeredOrAbandoned']],
    meanDelayedWait: [['answeredAfterDelay']],
  });
}

/**
 * The denominator of each ratio field of a result, as sibling fields (added up): a ratio at path
 * `p.f` has the denominator Σ `p.<field>` of the first alternative whose fields all exist, and the
 * numerator ratio × denominator per replication (so Σ numerator = Σ answered within target for
 * `serviceLevel`, Σ waits for `asa`, Σ busy time for `occupancy`).
 */
export const RATIO_DENOMINATORS: Readonly<Record<string, readonly (readonly string[])[]>> = buildRatioDenominators();

/**
 * The ratio-of-means summary of every ratio metric of an experiment's replications whose
 * denominator fields are metrics too (see {@link RATIO_DENOMINATORS}), keyed by the ratio's path
 * (`overall.serviceLevel`, `byContactType.calls.asa`, `intervals.3.serviceLevel`,
 * `byAgentGroup.tier1.occupancy`), in the order of `metrics`.
 */
export function ratioSummaries(metrics: readonly string[], replications: readonly ReplicationRecord[], level = DEFAULT_LEVEL): MetricRecord<RatioSummary> {
  const column = new Map(metrics.map((path, j) => [path, j]));
  const denominators = buildRatioDenominators();
  const out: Record<string, RatioSummary> = {};
  metrics.forEach((path, j) => {
    const dot = path.lastIndexOf('.');
    if (dot < 0) return;
    const alternatives = denominators[path.slice(dot + 1)];
    if (alternatives === undefined) return;
    const prefix = path.slice(0, dot + 1);
    const parts = alternatives.map((fields) => fields.map((f) => column.get(prefix + f))).find((cols) => cols.every((c) => c !== undefined));
    if (parts === undefined) return;
    const x: number[] = [];
    const y: number[] = [];
    for (const r of replications) {
      let d = 0;
      for (const c of parts) d += r.values[c!] ?? 0;
      y.push(d);
      x.push((r.values[j] ?? 0) * d);
    }
    out[path] = ratioOfMeans(x, y, level);
  });
  return out;
}
