import type { ScenarioInput } from '../scenario/schema';
import { MetricTable } from './metric-table';
import { EXPERIMENT_FORMAT, FORMAT_VERSION, type ExperimentResult, type ShardResult } from './result-format';
import { checkShard, shardLabel, type Mergeable } from './shard-check';
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
import { ratioSummaries } from './ratio-of-means';
import { DEFAULT_LEVEL, summarizeColumns } from './summary';

/**
 * Shards: an experiment split into replication ranges that run anywhere (other processes,
 * machines, cluster jobs) and merge into exactly the result of one big run. Replication r
 * always uses the substreams `replication/r` of the seed, so where and when it ran does not
 * matter. See docs/experiments.md for GNU parallel, Kubernetes and Slurm examples.
 *
 * @module
 */

/** The keys of {@link ShardOptions}. */
export const SHARD_OPTION_KEYS: readonly string[] = Object.freeze([...STUDY_OPTION_KEYS.filter((key) => key !== 'level'), 'from', 'to']);

/** Options of {@link runShard}: a replication range plus the common options. */
export interface ShardOptions extends Omit<StudyOptions, 'level'> {
  /** First replication (inclusive). */
  from: number;
  /** Last replication (exclusive); `to > from`. */
  to: number;
}

/**
 * Runs replications `[from, to)` of a scenario and returns them as a {@link ShardResult} (plain
 * JSON: write it with `JSON.stringify`). Merge shards with {@link mergeShards}.
 *
 * @example
 * ```ts
 * const shard = await runShard(scenario, { seed: 42, from: 100, to: 200 });
 * await writeFile('shard-1.json', JSON.stringify(shard));
 * ```
 * @throws ScenarioError on an invalid scenario; RangeError on a bad range or option; TypeError on
 *   options that are not an object or an option of the wrong type
 */
export async function runShard(scenario: ScenarioInput, options: ShardOptions): Promise<ShardResult> {
  if (options === undefined) throw new TypeError('runShard: options must be an object with from and to, got undefined');
  options = checkStudyOptions('runShard', options, SHARD_OPTION_KEYS);
  const { from, to } = options;
  checkInteger('from', from, 0);
  checkInteger('to', to, from + 1);
  const seed = options.seed ?? 1;
  checkSeed(seed);
  const study = await prepareStudy(scenario, options);
  // Stryker disable next-line ArithmeticOperator: maxTasks only caps how many worker threads start; results are the same for any thread count (test/experiment/thread-count-invariance.test.ts)
  const runner = runnerFor(options, to - from);
  try {
    const total = to - from;
    const results = await runner.run(tasksFor(study, seed, from, to), (done) => options.onProgress?.(done, total));
    const table = new MetricTable();
    addResults(table, from, results);
    return shardOf(study, seed, from, table);
  } finally {
    await runner.close();
  }
}

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  /**
   * Confidence level of the summaries.
   * @default 0.95
   */
  level?: number;
}

/**
 * Merges shards (or experiment results) of one study into an experiment result. The shards may
 * come in any order; together they must cover one range of replications without gaps or
 * overlaps, with the same seed, scenario and policy. The result is identical, bit for bit, to
 * that of one run over the whole range.
 *
 * @throws TypeError / RangeError on a malformed shard, a gap, an overlap, different seeds,
 *   scenarios or policies, naming the shards involved
 */
export function mergeShards(shards: readonly Mergeable[], options: MergeOptions = {}): ExperimentResult {
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  if (!Array.isArray(shards) || shards.length === 0) throw new RangeError('mergeShards: give at least one shard');
  shards.forEach((s, i) => checkShard(s, i));
  // A stable sort: shards starting together stay in the order given.
  const order = shards.map((shard, index) => ({ shard, index })).sort((a, b) => a.shard.from - b.shard.from);
  checkSameStudy(order);
  checkContiguous(order);
  const table = new MetricTable();
  for (const { shard } of order) for (const record of shard.replications) table.add(record.replication, shard.metrics, record.values);
  return experimentOf(order[0]!.shard, order[order.length - 1]!.shard.to, table, level, scenarioHashOf(order));
}

/** The experiment result of a table of replications (shared by every way of building one). */
function experimentOf(
  first: Mergeable,
  to: number,
  table: MetricTable,
  level: number,
  hash: string | undefined,
): ExperimentResult {
  const { metrics, replications } = table.build();
  return {
    format: EXPERIMENT_FORMAT,
    version: FORMAT_VERSION,
    scenario: first.scenario,
    ...(hash === undefined ? {} : { scenarioHash: hash }),
    policy: first.policy,
    seed: first.seed,
    from: first.from,
    to,
    level,
    metrics,
    replications,
    summary: summarizeColumns(
      metrics,
      replications.map((r) => r.values),
      level,
    ),
    ratioOfMeans: ratioSummaries(metrics, replications, level),
  };
}

type Ordered = readonly { shard: Mergeable; index: number }[];

function checkSameStudy(order: Ordered): void {
  const first = order[0]!;
  const firstLabel = shardLabel(first.index, first.shard);
  // (The first shard, compared with itself, differs in nothing.)
  for (const { shard, index } of order) {
    const label = shardLabel(index, shard);
    if (shard.seed !== first.shard.seed) {
      throw new RangeError(
        `mergeShards: different seeds: ${firstLabel} has seed ${JSON.stringify(first.shard.seed)}, ${label} has ${JSON.stringify(shard.seed)}`,
      );
    }
    if (shard.scenario !== first.shard.scenario) {
      throw new RangeError(`mergeShards: different scenarios: ${firstLabel} ran '${first.shard.scenario}', ${label} ran '${shard.scenario}'`);
    }
    if (shard.policy !== first.shard.policy) {
      throw new RangeError(`mergeShards: different policies: ${firstLabel} used '${first.shard.policy}', ${label} used '${shard.policy}'`);
    }
  }
  const hashed = order.find(({ shard }) => shard.scenarioHash !== undefined);
  // Stryker disable next-line ConditionalExpression: a shortcut: without a hashed shard the loop below finds no hash to compare
  if (hashed === undefined) return;
  for (const { shard, index } of order) {
    if (shard.scenarioHash !== undefined && shard.scenarioHash !== hashed.shard.scenarioHash) {
      throw new RangeError(
        `mergeShards: different scenarios: ${shardLabel(hashed.index, hashed.shard)} has scenario hash ${hashed.shard.scenarioHash}, ${shardLabel(index, shard)} has ${shard.scenarioHash} (same name '${shard.scenario}', different content or metric options)`,
      );
    }
  }
}

function checkContiguous(order: Ordered): void {
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1]!;
    const next = order[i]!;
    const a = shardLabel(prev.index, prev.shard);
    const b = shardLabel(next.index, next.shard);
    if (next.shard.from < prev.shard.to) {
      throw new RangeError(`mergeShards: overlap: ${a} and ${b} both hold replication ${next.shard.from}`);
    }
    if (next.shard.from > prev.shard.to) {
      const missing = next.shard.from - 1 === prev.shard.to ? `replication ${prev.shard.to} is` : `replications ${prev.shard.to} to ${next.shard.from - 1} are`;
      throw new RangeError(`mergeShards: gap: ${missing} in no shard (between ${a} and ${b})`);
    }
  }
}

/** The shards' common scenario hash (those without one are not checked). */
function scenarioHashOf(order: Ordered): string | undefined {
  return order.find(({ shard }) => shard.scenarioHash !== undefined)?.shard.scenarioHash;
}
