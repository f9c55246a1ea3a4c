import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { canonicalJson } from '../experiment/scenario-hash';
import { findWorkerEntry, tsxLoader } from '../experiment/pool';
import { summarizeValues } from '../experiment/summary';
import { tQuantile } from '../metrics/stats/confidence';
import type { ScenarioInput } from '../scenario/schema';
import { runEvaluationTask, type EvaluationTask } from './evaluation-task';
import { optimizeTask, PendingEvaluations, rowsFromShards } from './shard-store';
import { measurePlaces, type MeasurePlace } from './measure';
import { scenarioWithStaffing, staffingKey, type PlanningGrid, type StaffingMatrix } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * Candidate evaluation with common random numbers: every candidate staffing runs replications
 * `from … to − 1` of the same seed, so two candidates see the same arrivals, handle times and
 * patience, and their difference is due to the staffing. Replications run in this thread
 * (threads = 1) or on worker threads; each depends only on (candidate, seed, replication), so the
 * results are the same for any number of threads.
 *
 * @module
 */

/** The estimate of one target at one place over the replications. */
export interface PlaceEstimate {
  /** Mean over the replications where the place had a value; null when none had one. */
  readonly mean: number | null;
  /** Half-width of the two-sided Student t interval at the level; null when n < 2. */
  readonly halfWidth: number | null;
  /**
   * The one-sided confidence bound on the side that matters: the lower bound for an "at least"
   * target, the upper bound for an "at most" target; null when n < 2.
   */
  readonly bound: number | null;
  /** Replications with a value. */
  readonly n: number;
}

/** One evaluated candidate. */
export interface CandidateEvaluation {
  /** The staffing evaluated. */
  readonly staffing: StaffingMatrix;
  /** One estimate per measure place (see `measurePlaces`). */
  readonly estimates: readonly PlaceEstimate[];
  /** The per-replication values `[replication][place]` (what a shard holds). */
  readonly rows: readonly (readonly (number | null)[])[];
}

/** What an evaluator needs to know. */
export interface EvaluatorSetup {
  /** The scenario input (validated). */
  readonly base: ScenarioInput;
  /** Which groups the optimizer plans (the others keep their staffing). */
  readonly planned: readonly boolean[];
  /** The planning grid. */
  readonly grid: PlanningGrid;
  /** The resolved targets. */
  readonly targets: readonly ResolvedTarget[];
  /** Confidence level of the estimates. */
  readonly level: number;
  /** Threads (1: in this thread). */
  readonly threads: number;
  /** With a directory: candidates are read from shards there, or written out as task files (see `shard-store.ts`). */
  readonly shardDir?: string;
}

/** Runs candidates on a fixed set of replications and summarizes them per place; caches results. */
export class CandidateEvaluator {
  /** The measure places of the targets. */
  readonly places: readonly MeasurePlace[];
  /** Number of simulations run so far (candidates × replications). */
  simulations = 0;
  private pool: Tinypool | undefined;
  private readonly cache = new Map<string, CandidateEvaluation>();

  /** @param setup - see {@link EvaluatorSetup} */
  constructor(readonly setup: EvaluatorSetup) {
    this.places = measurePlaces(setup.targets, setup.grid.intervals);
  }

  /**
   * Evaluates candidates on replications [from, to) of `seed` (results in the order given).
   * @param onTask - called after each finished replication
   */
  async evaluate(candidates: readonly StaffingMatrix[], seed: number | string, from: number, to: number, onTask?: () => void): Promise<CandidateEvaluation[]> {
    const keys = candidates.map((c) => `${String(seed)}|${from}|${to}|${staffingKey(c)}`);
    const missing = [...new Set(keys.filter((k) => !this.cache.has(k)))];
    const todo = missing.map((k) => candidates[keys.indexOf(k)]!);
    if (this.setup.shardDir !== undefined) return this.fromShards(this.setup.shardDir, candidates, keys, missing, todo, seed, from, to);
    const tasks: EvaluationTask[] = [];
    for (const staffing of todo) {
      const scenario = scenarioWithStaffing(this.setup.base, staffing, this.setup.planned, this.setup.grid);
      const scenarioKey = canonicalJson(scenario);
      for (let r = from; r < to; r++) {
        tasks.push({ scenario, scenarioKey, targets: this.setup.targets, intervals: this.setup.grid.intervals, seed, replication: r });
      }
    }
    const values = await this.run(tasks, onTask);
    this.simulations += tasks.length;
    const per = to - from;
    todo.forEach((staffing, i) => {
      const rows = values.slice(i * per, (i + 1) * per);
      this.cache.set(missing[i]!, { staffing, rows, estimates: this.summarize(rows) });
    });
    return keys.map((k) => this.cache.get(k)!);
  }

  /** Place labels, the metric names of shards: `<target label> @ <interval>` or `@ day`. */
  placeLabels(): string[] {
    return this.places.map((p) => `${this.setup.targets[p.target]!.label} @ ${p.interval < 0 ? 'day' : p.interval}`);
  }

  /** {@link evaluate} from shards in `dir`; writes the missing candidates as task files and throws. */
  private fromShards(dir: string, candidates: readonly StaffingMatrix[], keys: readonly string[], missing: readonly string[], todo: readonly StaffingMatrix[], seed: number | string, from: number, to: number): CandidateEvaluation[] {
    const pending: string[] = [];
    todo.forEach((staffing, i) => {
      const scenario = scenarioWithStaffing(this.setup.base, staffing, this.setup.planned, this.setup.grid);
      const task = optimizeTask(scenario, this.setup.targets, this.setup.grid.intervals, this.placeLabels(), seed, from, to);
      const rows = rowsFromShards(dir, task);
      if (rows === undefined) pending.push(`${dir}/pending/${task.id}.json`);
      else {
        this.simulations += rows.length;
        this.cache.set(missing[i]!, { staffing, rows, estimates: this.summarize(rows) });
      }
    });
    if (pending.length > 0) throw new PendingEvaluations(pending);
    return keys.map((k) => this.cache.get(k)!);
  }

  /** Summaries per place of rows `[replication][place]`, at the setup's level or the one given. */
  summarize(rows: readonly (readonly (number | null)[])[], level = this.setup.level): PlaceEstimate[] {
    return this.places.map((place, j) => {
      const column = rows.map((row) => row[j] ?? null);
      const s = summarizeValues(column, level);
      const sense = this.setup.targets[place.target]!.sense;
      const bound = s.mean === null || s.sd === null ? null : s.mean - sense * tQuantile(level, s.n - 1) * (s.sd / Math.sqrt(s.n));
      return { mean: s.mean, halfWidth: s.halfWidth, bound, n: s.n };
    });
  }

  /** Stops the worker threads, if any. */
  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private async run(tasks: readonly EvaluationTask[], onTask?: () => void): Promise<(number | null)[][]> {
    if (this.setup.threads === 1 || tasks.length < 2) {
      return tasks.map((task) => {
        const v = runEvaluationTask(task);
        onTask?.();
        return v;
      });
    }
    this.pool ??= startPool(this.setup.threads);
    const pool = this.pool;
    return Promise.all(
      tasks.map(async (task) => {
        const v = (await pool.run(task)) as (number | null)[];
        onTask?.();
        return v;
      }),
    );
  }
}

/** Number of threads: the given one or every available core. */
export function evaluationThreads(threads: number | undefined): number {
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new RangeError(`threads must be a positive integer, got ${String(threads)}`);
  return threads ?? availableParallelism();
}

function startPool(threads: number): Tinypool {
  const entry = findWorkerEntry(['./optimize-worker.js', './evaluation-worker.ts'].map((f) => new URL(f, import.meta.url)));
  return new Tinypool({
    filename: entry.url,
    minThreads: threads,
    maxThreads: threads,
    ...(entry.typescript ? { execArgv: ['--import', tsxLoader()] } : {}),
  });
}
