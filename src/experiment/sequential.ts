import type { ScenarioInput } from '../scenario/schema';
import type { MetricKey } from './metric-keys';
import { didYouMean } from '../util/closest-name';
import { MetricTable } from './metric-table';
import type { ExperimentResult } from './result-format';
import { mergeShards } from './shards';
import {
  addResults,
  checkInteger,
  checkLevel,
  checkSeed,
  checkStudyOptions,
  prepareStudy,
  runnerFor,
  shardOf,
  STUDY_OPTION_KEYS,
  tasksFor,
  type StudyOptions,
} from './study';
import { DEFAULT_LEVEL, summarizeValues } from './summary';

/**
 * Sequential experiments: add replications in fixed batches until chosen metrics are known
 * precisely enough (Law & Kelton's sequential procedure on the half-width), or a cap is reached.
 *
 * @module
 */

/**
 * A precision goal for one metric. Give `halfWidth`, `relativeHalfWidth` or both (then both must
 * hold).
 */
export interface PrecisionTarget {
  /** Metric path, e.g. `overall.serviceLevel` or `byContactType.calls.asa`. */
  readonly metric: MetricKey;
  /** The CI half-width must be at most this (absolute, in the metric's unit). */
  readonly halfWidth?: number;
  /** The CI half-width must be at most this fraction of |mean| (e.g. 0.02 for ±2 %). */
  readonly relativeHalfWidth?: number;
}

/** The keys of {@link SequentialOptions}. */
export const SEQUENTIAL_OPTION_KEYS: readonly string[] = Object.freeze([
  ...STUDY_OPTION_KEYS,
  'targets',
  'initialReplications',
  'batchSize',
  'maxReplications',
]);

/** Options of {@link runSequential}. */
export interface SequentialOptions extends StudyOptions {
  /** What must be reached; at least one target. */
  targets: readonly PrecisionTarget[];
  /**
   * Replications of the first round (at least 2: a half-width needs two values).
   * @default 10
   */
  initialReplications?: number;
  /**
   * Replications added per further round. Fixed (not tied to the thread count) so the stopping
   * point is the same on every machine.
   * @default 10
   */
  batchSize?: number;
  /**
   * Never run more replications than this.
   * @default 1000
   */
  maxReplications?: number;
}

/** Where a target stands when the experiment stopped. */
export interface TargetStatus extends PrecisionTarget {
  /** The metric's mean (null when it had no value). */
  readonly mean: number | null;
  /** The half-width reached (null when n < 2). */
  readonly achievedHalfWidth: number | null;
  /** Whether the target holds. */
  readonly met: boolean;
}

/** How a sequential experiment ended. */
export interface SequentialReport {
  /** Each target of `options.targets`, in the order given, with where it stood after the last round. */
  readonly targets: readonly TargetStatus[];
  /** `'targets'` when every target was met, `'cap'` when `maxReplications` stopped it first. */
  readonly stoppedBy: 'targets' | 'cap';
  /** Number of rounds run. */
  readonly rounds: number;
}

/** An experiment result plus how the sequential procedure stopped. */
export interface SequentialResult extends ExperimentResult {
  /** How the sequential procedure stopped. */
  readonly sequential: SequentialReport;
}

/**
 * Runs replications in rounds — `initialReplications`, then `batchSize` more at a time, always in
 * replication order 0, 1, 2, … — until every target's Student t half-width is small enough, or
 * `maxReplications` is reached. The stopping point depends only on the results, not on the
 * thread count or timing, so the same options always give the same result.
 *
 * Stopping when the half-width first drops below a target slightly lowers the interval's true
 * coverage; a small `batchSize` relative to the number of replications needed keeps the effect
 * small (Law, *Simulation Modeling and Analysis*, §9.4.1).
 *
 * @example
 * ```ts
 * const result = await runSequential(scenario, {
 *   targets: [{ metric: 'overall.serviceLevel', halfWidth: 0.01 }, { metric: 'byContactType.calls.asa', relativeHalfWidth: 0.05 }],
 * });
 * result.sequential.stoppedBy; // 'targets' or 'cap'
 * ```
 * @throws RangeError on a target without a goal, or naming a metric the runs do not have
 */
export async function runSequential(scenario: ScenarioInput, options: SequentialOptions): Promise<SequentialResult> {
  if (options === undefined) throw new TypeError('runSequential: options must be an object with targets, got undefined');
  options = checkStudyOptions('runSequential', options, SEQUENTIAL_OPTION_KEYS);
  const initial = options.initialReplications ?? 10;
  const batchSize = options.batchSize ?? 10;
  const cap = options.maxReplications ?? 1000;
  checkInteger('initialReplications', initial, 2);
  checkInteger('batchSize', batchSize, 1);
  checkInteger('maxReplications', cap, initial);
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  const seed = options.seed ?? 1;
  checkSeed(seed);
  checkTargets(options.targets);
  const study = await prepareStudy(scenario, options);
  // Stryker disable next-line MethodExpression: the task count only sizes the pool of threads, and results do not depend on the threads
  const runner = runnerFor(options, Math.max(initial, batchSize));
  const table = new MetricTable();
  let rounds = 0;
  // Stryker disable next-line ArrayDeclaration: replaced before use: the loop runs at least once
  let statuses: TargetStatus[] = [];
  try {
    for (let done = 0; ; ) {
      const next = Math.min(cap, done + (done === 0 ? initial : batchSize));
      const results = await runner.run(tasksFor(study, seed, done, next), (finished) => options.onProgress?.(done + finished, cap));
      addResults(table, done, results);
      done = next;
      rounds++;
      statuses = options.targets.map((target) => statusOf(target, table, level));
      if (statuses.every((s) => s.met) || done >= cap) break;
    }
  } finally {
    await runner.close();
  }
  const experiment = mergeShards([shardOf(study, seed, 0, table)], { level });
  const stoppedBy = statuses.every((s) => s.met) ? 'targets' : 'cap';
  return { ...experiment, sequential: { targets: statuses, stoppedBy, rounds } };
}

/** Whether a target holds on the replications of the table. */
function statusOf(target: PrecisionTarget, table: MetricTable, level: number): TargetStatus {
  const column = table.column(target.metric);
  if (column === undefined) {
    throw new RangeError(
      `targets: unknown metric '${target.metric}'${didYouMean(target.metric, table.metrics) || '.'} Metric paths look like overall.serviceLevel, byContactType.<name>.asa, intervals.<k>.occupancy`,
    );
  }
  const { mean, halfWidth } = summarizeValues(column, level);
  // A half-width (n ≥ 2) comes with a mean.
  const met =
    halfWidth !== null &&
    (target.halfWidth === undefined || halfWidth <= target.halfWidth) &&
    (target.relativeHalfWidth === undefined || halfWidth <= target.relativeHalfWidth * Math.abs(mean!));
  return { ...target, mean, achievedHalfWidth: halfWidth, met };
}

function checkTargets(targets: readonly PrecisionTarget[]): void {
  if (!Array.isArray(targets) || targets.length === 0) throw new RangeError('targets: give at least one precision target');
  targets.forEach((t, i) => {
    if (typeof t?.metric !== 'string' || t.metric.length === 0) throw new TypeError(`targets[${i}].metric: must be a metric path, got ${String(t?.metric)}`);
    if (t.halfWidth === undefined && t.relativeHalfWidth === undefined) {
      throw new RangeError(`targets[${i}] (${t.metric}): give halfWidth, relativeHalfWidth or both`);
    }
    for (const key of ['halfWidth', 'relativeHalfWidth'] as const) {
      const v = t[key];
      // Number.isFinite is false for anything that is not a number (a string from JavaScript callers too)
      if (v !== undefined && !(Number.isFinite(v) && v > 0)) {
        throw new RangeError(`targets[${i}].${key} (${t.metric}): must be a positive finite number, got ${String(v)}`);
      }
    }
  });
}
