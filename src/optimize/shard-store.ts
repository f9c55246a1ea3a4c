import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalJson } from '../experiment/scenario-hash';
import { FORMAT_VERSION, SHARD_FORMAT, type ShardResult } from '../experiment/result-format';
import { mergeShards } from '../experiment/shards';
import type { ScenarioInput } from '../scenario/schema';
import { runEvaluationTask } from './evaluation-task';
import type { ResolvedTarget } from './targets';

/**
 * Candidate evaluations on other machines: with a shard directory, the optimizer writes each
 * candidate it needs as a task file (`<dir>/pending/<id>.json`) instead of simulating it, and stops
 * with a {@link PendingEvaluations} error; `runOptimizeTask` (`routelab optimize-shard`) runs a
 * replication range of a task anywhere and writes an ordinary shard (`routelab-shard`) to
 * `<dir>/<id>/<from>-<to>.json`; the next run of the optimizer merges them with `mergeShards`,
 * removes the task file and goes on. The search is a deterministic function of the evaluations, so a rerun replays the
 * iterations already done from the shards and stops at the next batch of candidates.
 *
 * @module
 */

/** `format` of a task file. */
export const OPTIMIZE_TASK_FORMAT = 'routelab-optimize-task';

/** One candidate to evaluate on replications [from, to). */
export interface OptimizeTask {
  /** Always `'routelab-optimize-task'`. */
  readonly format: typeof OPTIMIZE_TASK_FORMAT;
  /** Format version, 1. */
  readonly version: 1;
  /** Content hash: the shard directory's name for this candidate. */
  readonly id: string;
  /** The candidate's scenario. */
  readonly scenario: ScenarioInput;
  /** The resolved targets. */
  readonly targets: readonly ResolvedTarget[];
  /** Planning intervals. */
  readonly intervals: number;
  /** Measure place labels (the shard's metric names). */
  readonly places: readonly string[];
  /** Seed and replication range. */
  readonly seed: number | string;
  readonly from: number;
  readonly to: number;
}

/** Thrown by the optimizer when candidates wait for their shards. */
export class PendingEvaluations extends Error {
  /** The task files written. */
  readonly tasks: readonly string[];

  /** @param tasks - the task files written */
  constructor(tasks: readonly string[]) {
    super(`${tasks.length} candidate evaluation(s) pending: run each task file with \`routelab optimize-shard <task>\`, then run the optimization again`);
    this.name = 'PendingEvaluations';
    this.tasks = tasks;
  }
}

/** Writes a file atomically (a temporary file renamed over it). */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The task of a candidate (its id is a hash of everything that decides its values). */
export function optimizeTask(scenario: ScenarioInput, targets: readonly ResolvedTarget[], intervals: number, places: readonly string[], seed: number | string, from: number, to: number): OptimizeTask {
  const id = createHash('sha256').update(canonicalJson({ scenario, targets, intervals, seed, from, to })).digest('hex').slice(0, 20);
  return { format: OPTIMIZE_TASK_FORMAT, version: 1, id, scenario, targets, intervals, places, seed, from, to };
}

/**
 * The rows `[replication][place]` of a task from its shards in `dir`, or undefined when they do not
 * cover its range yet (then the task file is written to `<dir>/pending/<id>.json`).
 *
 * @throws RangeError from `mergeShards` on shards that overlap, leave gaps or belong elsewhere
 */
export function rowsFromShards(dir: string, task: OptimizeTask): (number | null)[][] | undefined {
  const shardDir = join(dir, task.id);
  const files = existsSync(shardDir) ? readdirSync(shardDir).filter((f) => f.endsWith('.json')).sort() : [];
  if (files.length > 0) {
    const shards = files.map((f) => JSON.parse(readFileSync(join(shardDir, f), 'utf8')) as ShardResult);
    const merged = mergeShards(shards);
    if (merged.from === task.from && merged.to === task.to && merged.scenarioHash === task.id) {
      rmSync(join(dir, 'pending', `${task.id}.json`), { force: true });
      return merged.replications.map((r) => [...r.values]);
    }
  }
  const pending = join(dir, 'pending', `${task.id}.json`);
  if (!existsSync(pending)) writeAtomically(pending, JSON.stringify(task));
  return undefined;
}

/** The shard file of a replication range of a task. */
export function shardFileOf(dir: string, id: string, from: number, to: number): string {
  return join(dir, id, `${String(from).padStart(6, '0')}-${String(to).padStart(6, '0')}.json`);
}

/**
 * Runs replications [from, to) of a task file and writes them as a shard into the task's shard
 * directory (the directory above `pending/`), or to `out`. Returns the file written.
 *
 * @throws RangeError on a file that is not a task or a range outside the task's
 */
export function runOptimizeTask(taskFile: string, range: { from?: number; to?: number } = {}, out?: string): string {
  const task = JSON.parse(readFileSync(taskFile, 'utf8')) as OptimizeTask;
  if (task?.format !== OPTIMIZE_TASK_FORMAT || task.version !== 1) throw new RangeError(`${taskFile}: not a routelab optimize task (format '${String(task?.format)}')`);
  const from = range.from ?? task.from;
  const to = range.to ?? task.to;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= task.from && to <= task.to && to > from)) {
    throw new RangeError(`${taskFile}: the range [${from}, ${to}) must lie within the task's [${task.from}, ${task.to})`);
  }
  const replications = [];
  for (let r = from; r < to; r++) {
    replications.push({ replication: r, values: runEvaluationTask({ scenario: task.scenario, scenarioKey: task.id, targets: task.targets, intervals: task.intervals, seed: task.seed, replication: r }) });
  }
  const shard: ShardResult = {
    format: SHARD_FORMAT,
    version: FORMAT_VERSION,
    scenario: task.scenario.name,
    scenarioHash: task.id,
    policy: task.scenario.routing?.policy ?? 'default',
    seed: task.seed,
    from,
    to,
    metrics: task.places,
    replications,
  };
  const file = out ?? shardFileOf(dirname(dirname(taskFile)), task.id, from, to);
  writeAtomically(file, JSON.stringify(shard));
  return file;
}
