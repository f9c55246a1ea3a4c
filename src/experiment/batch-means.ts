import { PolicyRegistry } from '../routing/registry';
import { simulateModel } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { BATCH_METRICS, groupsOf, lag1Autocorrelation, pooledMetric, type BatchMetric } from './batch-pooling';
import { mser } from './mser';
import { loadPolicyModule, policyModuleUrl } from './policy-module';
import { FORMAT_VERSION } from './result-format';
import { checkInteger, checkLevel, checkSeed, checkStudyOptions, type StudyOptions } from './study';
import { DEFAULT_LEVEL, summarizeValues, type MetricSummary } from './summary';

/**
 * Batch means for steady-state studies: one long run, the warm-up deleted, the rest cut into k
 * batches whose means are treated as (nearly) independent observations.
 *
 * The batches are built from the collector's per-interval metrics (by arrival time): run the
 * scenario with a reporting `interval` much shorter than a batch (e.g. 5 or 30 minutes), and each
 * batch pools `intervalsPerBatch` consecutive intervals — ratios are pooled with their
 * denominators (service level over answered + abandoned, ASA over answered, occupancy over
 * agents on duty), not averaged. The scenario's own `warmup` is ignored during the run so that
 * every interval is seen; the warm-up is deleted here instead.
 *
 * @module
 */

/** `format` of a {@link BatchMeansResult}. */
export const BATCH_MEANS_FORMAT = 'routelab-batch-means';

export { BATCH_METRICS, type BatchMetric } from './batch-pooling';

/** The keys of {@link BatchMeansOptions}. */
export const BATCH_MEANS_OPTION_KEYS: readonly string[] = Object.freeze([
  'seed',
  'level',
  'policyModule',
  'policies',
  'metrics',
  'replication',
  'batches',
  'warmup',
  'warmupMetric',
]);

/** Options of {@link runBatchMeans}. */
export interface BatchMeansOptions extends Pick<StudyOptions, 'seed' | 'level' | 'policyModule' | 'policies' | 'metrics'> {
  /**
   * Replication number of the long run.
   * @default 0
   */
  replication?: number;
  /**
   * Number of batches k (10 to 30 is usual: fewer batches give a wider t quantile, more give
   * shorter, more correlated batches).
   * @default 20
   */
  batches?: number;
  /**
   * Warm-up to delete: seconds (rounded up to whole reporting intervals), or `'mser-5'` to choose
   * it with MSER-5 on the per-interval series of `warmupMetric`.
   * @default the scenario's `warmup` if positive, else 'mser-5'
   */
  warmup?: number | 'mser-5';
  /**
   * Interval series MSER-5 looks at.
   * @default 'asa'
   */
  warmupMetric?: BatchMetric;
}

/** One metric's batch means. */
export interface BatchMetricResult {
  /** Mean of the batch means with a Student t CI on k − 1 degrees of freedom. */
  readonly summary: MetricSummary;
  /** The k batch means (null for a batch without any denominator, e.g. nobody answered). */
  readonly batchValues: readonly (number | null)[];
  /**
   * Lag-1 autocorrelation of the batch means; well above 0 (say > 0.2) means the batches are too
   * short for the CI to be trusted. Null with fewer than 3 batch values or no variation.
   */
  readonly lag1Autocorrelation: number | null;
}

/** The result of {@link runBatchMeans} (plain JSON). */
export interface BatchMeansResult {
  /** Always `'routelab-batch-means'` ({@link BATCH_MEANS_FORMAT}). */
  readonly format: typeof BATCH_MEANS_FORMAT;
  /** Format version ({@link FORMAT_VERSION}). */
  readonly version: typeof FORMAT_VERSION;
  /** The scenario's `name`. */
  readonly scenario: string;
  /** Name of the routing policy. */
  readonly policy: string;
  /** The master seed, as given (default 1). */
  readonly seed: number | string;
  /** Replication number of the long run (its substreams `replication/<r>` of the seed). */
  readonly replication: number;
  /** Confidence level of the batch-means intervals. */
  readonly level: number;
  /** Reporting interval of the run (seconds). */
  readonly intervalLength: number;
  /** How the warm-up was chosen, and what was deleted (whole intervals, plus any remainder). */
  readonly warmup: {
    /**
     * `'fixed'`: the `warmup` option, or the scenario's `warmup`, rounded up to whole intervals; `'mser-5'`:
     * chosen by MSER-5 on the interval series of `warmupMetric`.
     */
    readonly rule: 'fixed' | 'mser-5';
    /** Seconds deleted before the first batch. */
    readonly seconds: number;
    /**
     * Reporting intervals deleted before the first batch: the warm-up plus the remainder that does not fill a
     * batch.
     */
    readonly intervals: number;
    /** MSER-5 only: true when its minimum fell at half the run (the run is probably too short). */
    readonly atLimit?: boolean;
  };
  /** Number of batches k. */
  readonly batches: number;
  /** Reporting intervals pooled into each batch: the whole intervals after the warm-up divided by k, rounded down. */
  readonly intervalsPerBatch: number;
  /** Seconds per batch. */
  readonly batchLength: number;
  /**
   * Batch means of each of {@link BATCH_METRICS}, ratios pooled with their denominators: `serviceLevel`,
   * `abandonmentRate` and `occupancy` as fractions, `asa` in seconds, `arrivalsPerHour` in contacts per hour.
   */
  readonly metrics: Readonly<Record<BatchMetric, BatchMetricResult>>;
}

/**
 * Runs one long replication of a steady-state scenario and estimates its metrics by batch means.
 *
 * @example
 * ```ts
 * // 500 hours, 30-minute intervals; MSER-5 picks the warm-up, 20 batches follow
 * const result = await runBatchMeans({ ...scenario, horizon: '500h', interval: '30m' }, { batches: 20 });
 * result.metrics.asa.summary; // { mean, halfWidth, ... }
 * ```
 * @throws RangeError when the run has too few intervals after the warm-up for the batches;
 *   ScenarioError on an invalid scenario; TypeError / RangeError on bad options (an unknown option
 *   gets a suggestion)
 */
export async function runBatchMeans(scenario: ScenarioInput, options: BatchMeansOptions = {}): Promise<BatchMeansResult> {
  options = checkStudyOptions('runBatchMeans', options, BATCH_MEANS_OPTION_KEYS);
  const seed = options.seed ?? 1;
  checkSeed(seed);
  const replication = options.replication ?? 0;
  checkInteger('replication', replication, 0);
  const k = options.batches ?? 20;
  checkInteger('batches', k, 2);
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  const warmupMetric = options.warmupMetric ?? 'asa';
  if (!BATCH_METRICS.includes(warmupMetric)) throw new RangeError(`warmupMetric: expected one of ${BATCH_METRICS.join(', ')}, got '${String(warmupMetric)}'`);
  if (options.policies !== undefined && options.policyModule !== undefined) throw new TypeError('give either policies or policyModule, not both');
  const registry =
    options.policies ??
    (options.policyModule === undefined ? PolicyRegistry.withBuiltIns() : await loadPolicyModule(policyModuleUrl(options.policyModule)));
  const model = resolveScenario(scenario, { policies: registry });
  const L = model.intervalLength;
  const run = simulateModel(
    { ...model, warmup: 0 },
    { seed, replication, policies: registry, ...(options.metrics === undefined ? {} : { metrics: options.metrics }) },
  );
  // Whole intervals only: a partial last interval (horizon not a multiple) is dropped.
  const intervals = run.intervals.slice(0, Math.floor(model.horizon / L + 1e-9));
  const warmupOption = options.warmup ?? (model.warmup > 0 ? model.warmup : 'mser-5');
  let deleted: number;
  let atLimit: boolean | undefined;
  if (warmupOption === 'mser-5') {
    const series = groupsOf(intervals, 1).map((g) => pooledMetric(g, warmupMetric, L));
    const missing = series.findIndex((v) => v === null);
    if (missing >= 0) {
      throw new RangeError(`warmup 'mser-5': interval ${missing} has no ${warmupMetric} (nothing to average); use a longer interval or another warmupMetric`);
    }
    const chosen = mser(series as number[], 5);
    deleted = chosen.truncate;
    atLimit = chosen.atLimit;
  } else {
    // Number.isFinite is false for anything that is not a number (a string from JavaScript callers too)
    if (!(Number.isFinite(warmupOption) && warmupOption >= 0)) {
      throw new RangeError(`warmup: must be a non-negative number of seconds or 'mser-5', got ${String(warmupOption)}`);
    }
    deleted = Math.ceil(warmupOption / L - 1e-9);
  }
  const m = Math.floor((intervals.length - deleted) / k);
  if (m < 1) {
    throw new RangeError(
      `batches: ${intervals.length - deleted} intervals remain after the warm-up, too few for ${k} batches; run longer (horizon) or use shorter intervals`,
    );
  }
  // A remainder that does not fill a batch is deleted with the warm-up (the safe side).
  const first = intervals.length - k * m;
  const batches = groupsOf(intervals.slice(first), m);
  const metrics = Object.fromEntries(
    BATCH_METRICS.map((name) => {
      const values = batches.map((b) => pooledMetric(b, name, L));
      return [name, { summary: summarizeValues(values, level), batchValues: values, lag1Autocorrelation: lag1Autocorrelation(values) }];
    }),
  ) as unknown as Record<BatchMetric, BatchMetricResult>;
  return {
    format: BATCH_MEANS_FORMAT,
    version: FORMAT_VERSION,
    scenario: run.scenario,
    policy: run.policy,
    seed,
    replication,
    level,
    intervalLength: L,
    warmup: { rule: warmupOption === 'mser-5' ? 'mser-5' : 'fixed', seconds: first * L, intervals: first, ...(atLimit === undefined ? {} : { atLimit }) },
    batches: k,
    intervalsPerBatch: m,
    batchLength: m * L,
    metrics,
  };
}
