import type { MetricsOptions } from '../metrics/collector';
import { PolicyRegistry } from '../routing/registry';
import { describeValue } from '../routing/options';
import { checkIntegerOption, checkObjectOption, checkOptionsObject, checkPolicies } from '../run/option-checks';
import type { SimulationResult } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { flattenMetrics } from './metric-paths';
import { MetricTable } from './metric-table';
import { loadPolicyModule, policyModuleUrl } from './policy-module';
import { createReplicationRunner, type ReplicationRunner } from './pool';
import { FORMAT_VERSION, SHARD_FORMAT, type ShardResult } from './result-format';
import { scenarioHash } from './scenario-hash';
import type { ReplicationTask } from './task';

/**
 * What every kind of experiment shares: options, a validated scenario ready to be sent to
 * workers, and turning finished runs into a shard.
 *
 * @module
 */

/** Options common to every experiment. All optional. */
export interface StudyOptions {
  /**
   * Master seed. Replication r of the experiment uses the substreams `replication/r` of this seed
   * (exactly like `simulate(scenario, { seed, replication: r })`). A finite integer or a non-empty
   * string; a number and its string form are **different seeds** (`1` and `'1'` give different
   * results). The CLI's `--seed 1` passes the number 1: convert a seed read as text with
   * `Number(text)` to reproduce a CLI run.
   * @default 1
   */
  seed?: number | string;
  /**
   * Worker threads. 1 runs everything in this thread, without starting a worker. Not given: the
   * first replications run in this thread and are timed, and the others go to up to
   * `os.availableParallelism()` workers only if running them here would take over 2 s
   * (`AUTO_PARALLEL_MIN_MS`), since starting workers costs about a second. Results are identical
   * for every value.
   */
  threads?: number;
  /**
   * Confidence level of every interval.
   * @default 0.95
   */
  level?: number;
  /**
   * A file path or URL of an ES module exporting `policies: Record<string, RoutingPolicyFactory>`
   * (and optionally `descriptions: Record<string, string>`): custom routing policies that the main
   * thread and every worker import and register next to the built-in ones.
   */
  policyModule?: string | URL;
  /**
   * A registry with custom policies, for in-process runs only (`threads: 1`); use `policyModule`
   * with worker threads.
   */
  policies?: PolicyRegistry;
  /** Metric options passed to every run. */
  metrics?: MetricsOptions;
  /** Called after each finished replication, e.g. to draw a progress bar. */
  onProgress?: (finished: number, total: number) => void;
  /** The worker entry file, when the build puts it somewhere unusual (see `createReplicationRunner`). */
  workerFile?: string | URL;
  /**
   * A runner to use instead of starting one (and stopping it at the end): give the same runner
   * to many experiments so that its worker threads start once. The caller closes it. `threads`,
   * `policies` and `workerFile` are then the runner's business and must not be given.
   *
   * @example
   * ```ts
   * const runner = createReplicationRunner({ threads: 2 });
   * try {
   *   for (const scenario of suite) results.push(await runExperiment(scenario, { replications: 30, runner }));
   * } finally {
   *   await runner.close();
   * }
   * ```
   */
  runner?: ReplicationRunner;
}

/** A scenario validated in the main thread, ready to be sent to workers. */
export interface Study {
  readonly input: ScenarioInput;
  readonly key: string;
  readonly name: string;
  readonly policy: string;
  readonly policyModule?: string;
  readonly metrics?: MetricsOptions;
}

/** The keys of {@link StudyOptions}. */
export const STUDY_OPTION_KEYS: readonly string[] = Object.freeze([
  'seed',
  'threads',
  'level',
  'policyModule',
  'policies',
  'metrics',
  'onProgress',
  'workerFile',
  'runner',
]);

/**
 * Checks an experiment's options object: an object (or undefined) with only the `known` keys,
 * and the types of the common options that are not checked elsewhere (`policies`, `metrics`,
 * `onProgress`).
 *
 * @param fn - the function's name, for messages (`runExperiment`)
 * @returns the options, `{}` for undefined
 * @throws TypeError on options that are not an object or an option of the wrong type; RangeError on
 *   an unknown option, with a suggestion (`runExperiment: unknown option 'replicatons'; did you mean 'replications'?`)
 */
export function checkStudyOptions<T extends Partial<StudyOptions>>(fn: string, options: T | undefined, known: readonly string[]): T {
  const checked = checkOptionsObject(fn, options, known);
  checkPolicies(checked.policies);
  checkObjectOption('metrics', checked.metrics);
  const onProgress: unknown = checked.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`onProgress must be a function (finished, total) => void, got ${describeValue(onProgress)}`);
  }
  return checked;
}

/**
 * Validates the options and the scenario (in this thread, so mistakes are reported before any
 * worker starts) and fingerprints the scenario.
 *
 * @throws ScenarioError listing every problem of the scenario; TypeError / RangeError on bad options
 */
export async function prepareStudy(scenario: ScenarioInput, options: StudyOptions): Promise<Study> {
  checkPolicies(options.policies);
  if (options.policies !== undefined && options.policyModule !== undefined) {
    throw new TypeError('give either policies (a PolicyRegistry, in-process) or policyModule (a module path), not both');
  }
  const policyModule = options.policyModule === undefined ? undefined : policyModuleUrl(options.policyModule);
  const registry =
    options.policies ?? (policyModule === undefined ? PolicyRegistry.withBuiltIns() : await loadPolicyModule(policyModule));
  const model = resolveScenario(scenario, { policies: registry });
  return {
    input: scenario,
    key: scenarioHash(scenario, options.metrics),
    name: model.name,
    policy: model.routing.policy,
    ...(policyModule === undefined ? {} : { policyModule }),
    ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
  };
}

/** Checks a master seed as `RandomStreams` accepts it (see {@link checkSeedOption}). */
export { checkSeedOption as checkSeed } from '../run/option-checks';

/** Checks a confidence level. @throws RangeError unless `level` is a number in (0, 1); TypeError when it is not a number */
export function checkLevel(level: unknown): void {
  if (typeof level !== 'number') throw new TypeError(`level must be a number in (0, 1), got ${describeValue(level)}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${String(level)}`);
}

/**
 * Checks an integer option.
 *
 * @throws RangeError unless `value` is an integer ≥ `min`; TypeError when it is not a number (`got '2'`)
 */
export function checkInteger(name: string, value: unknown, min: number): asserts value is number {
  checkIntegerOption(name, value, min, `an integer >= ${min}`);
}

/** The runner for a study's options, sized for at most `maxTasks` tasks at once. */
export function runnerFor(options: StudyOptions, maxTasks: number): ReplicationRunner {
  const given = options.runner;
  if (given !== undefined) {
    for (const key of ['threads', 'policies', 'workerFile'] as const) {
      if (options[key] !== undefined) throw new TypeError(`${key}: not with runner (the runner decides where replications run)`);
    }
    // The caller's runner: used, never closed here.
    return {
      kind: given.kind,
      threads: given.threads,
      get activeThreads() {
        return given.activeThreads;
      },
      run: (tasks, onDone) => given.run(tasks, onDone),
      close: () => Promise.resolve(),
    };
  }
  return createReplicationRunner({
    maxTasks,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.policies === undefined ? {} : { policies: options.policies }),
    ...(options.workerFile === undefined ? {} : { workerFile: options.workerFile }),
  });
}

/** The tasks of replications `[from, to)` of a study with one seed. */
export function tasksFor(study: Study, seed: number | string, from: number, to: number): ReplicationTask[] {
  const tasks: ReplicationTask[] = [];
  for (let replication = from; replication < to; replication++) {
    tasks.push({
      scenario: study.input,
      scenarioKey: study.key,
      seed,
      replication,
      ...(study.policyModule === undefined ? {} : { policyModule: study.policyModule }),
      ...(study.metrics === undefined ? {} : { metrics: study.metrics }),
    });
  }
  return tasks;
}

/** Appends finished runs (replications `from`, `from + 1`, ... in order) to a table. */
export function addResults(table: MetricTable, from: number, results: readonly SimulationResult[]): void {
  results.forEach((result, i) => {
    if (result.replication !== from + i) throw new Error(`internal: expected replication ${from + i}, got ${result.replication}`);
    const { paths, values } = flattenMetrics(result);
    table.add(result.replication, paths, values);
  });
}

/** The shard of a study holding the table's rows, replications `from` to `from + table.size`. */
export function shardOf(study: Study, seed: number | string, from: number, table: MetricTable): ShardResult {
  const { metrics, replications } = table.build();
  return {
    format: SHARD_FORMAT,
    version: FORMAT_VERSION,
    scenario: study.name,
    scenarioHash: study.key,
    policy: study.policy,
    seed,
    from,
    to: from + replications.length,
    metrics,
    replications,
  };
}
