import type { ScenarioInput } from '../scenario/schema';
import type { ExperimentResult } from './result-format';
import { mergeShards, runShard } from './shards';
import { checkInteger, checkLevel, checkStudyOptions, STUDY_OPTION_KEYS, type StudyOptions } from './study';
import { DEFAULT_LEVEL } from './summary';

/** The keys of {@link ExperimentOptions}. */
export const EXPERIMENT_OPTION_KEYS: readonly string[] = Object.freeze([...STUDY_OPTION_KEYS, 'replications']);

/** Options of {@link runExperiment}. All optional. */
export interface ExperimentOptions extends StudyOptions {
  /**
   * Number of independent replications R (replications 0 … R − 1).
   * @default 10
   */
  replications?: number;
}

/**
 * Runs R independent replications of a scenario (terminating study: each replication is one
 * horizon, e.g. a day; for a steady-state study give the scenario a `warmup` and a long horizon,
 * or see `runBatchMeans`) and summarizes every metric.
 *
 * Each metric (every numeric leaf of the run's result, by path: `overall.serviceLevel`,
 * `byContactType.calls.asa`, `intervals.12.occupancy`, ...) gets its mean over the replications
 * where it is not null, the standard deviation, n, and a **Student t** confidence interval
 * `mean ± t(1 − (1 − level)/2, n − 1) · sd / √n` (95 % by default); the half-width is `null` when
 * n < 2. Replication r uses the substreams `replication/r` of the seed, and results merge in
 * replication order, so the result is the same for any number of threads and equal to merging
 * shards of the same replications (see `runShard`, `mergeShards`).
 *
 * @example
 * ```ts
 * const experiment = await runExperiment(scenario, { replications: 30, seed: 7 });
 * const sl = experiment.summary['overall.serviceLevel'];
 * console.log(`${sl.mean} ± ${sl.halfWidth} (95 % CI, n = ${sl.n})`);
 * ```
 * @throws ScenarioError on an invalid scenario; RangeError / TypeError on bad options (options
 *   that are not an object, an unknown option with a suggestion, a value of the wrong type or out
 *   of range)
 */
export async function runExperiment(scenario: ScenarioInput, options: ExperimentOptions = {}): Promise<ExperimentResult> {
  options = checkStudyOptions('runExperiment', options, EXPERIMENT_OPTION_KEYS);
  const replications = options.replications ?? 10;
  checkInteger('replications', replications, 1);
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  const { replications: _r, level: _l, ...rest } = options;
  const shard = await runShard(scenario, { ...rest, from: 0, to: replications });
  return mergeShards([shard], { level });
}
