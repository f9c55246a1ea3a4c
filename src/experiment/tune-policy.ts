import type { MetricKey } from './metric-keys';
import type { ScenarioInput } from '../scenario/schema';
import type { ExperimentResult } from './result-format';
import { runExperiment, type ExperimentOptions } from './replications';
import { summarizeValues, type MetricSummary } from './summary';
import { isPlainRecord } from '../routing/options';

/**
 * Tuning a routing policy's options by simulation, with common random numbers: every candidate is
 * run on the same seed and replications, so their objective values differ by the options and not
 * by luck; the chosen options are then checked against the starting ones on fresh seeds, since a
 * search that picks the best of many noisy estimates overrates its pick.
 *
 * @module
 */

/** The metrics of one replication by path (`overall.serviceLevel`, ...); null where a metric had none. */
export type ReplicationMetrics = ReadonlyMap<string, number | null>;

/** What to minimize, per replication (e.g. `m => -(m.get('overall.serviceLevel') ?? 0)`). Must return a finite number. */
export type TuningObjective = (metrics: ReplicationMetrics) => number;

/** Options of {@link tunePolicy}. */
export interface TunePolicyOptions extends Omit<ExperimentOptions, 'onProgress'> {
  /** The policy to tune (`routing.policy`). */
  policy: string;
  /**
   * The values to try per option, by dotted path below `routing.options`
   * (`agingTime`, `constant.billing.tier1`). Each list holds at least one finite number.
   */
  space: Readonly<Record<string, readonly number[]>>;
  /** What to minimize: see {@link TuningObjective}; use {@link metricObjective} for one metric. */
  objective: TuningObjective;
  /**
   * Options the search starts from (and that the validation compares with).
   * @default the scenario's `routing.options` when it runs `policy`, else none
   */
  start?: Readonly<Record<string, unknown>>;
  /** Rounds of coordinate search at most (each tries every value of every option once). @default 3 */
  maxRounds?: number;
  /** Replications of the validation on fresh seeds. @default 2 × replications */
  validationReplications?: number;
  /** Seed of the validation. @default `${seed}/validation` */
  validationSeed?: number | string;
  /** Called after each candidate evaluation with the number of evaluations so far. */
  onEvaluation?: (evaluations: number, best: number) => void;
}

/** One evaluated candidate. */
export interface TuningCandidate {
  /** The options it ran with. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The objective over the search replications (mean and interval). */
  readonly objective: MetricSummary;
}

/** The result of {@link tunePolicy}. */
export interface TuningResult {
  /** The policy tuned. */
  readonly policy: string;
  /** The options the search started from. */
  readonly start: Readonly<Record<string, unknown>>;
  /** The best options found. */
  readonly best: Readonly<Record<string, unknown>>;
  /** Every candidate evaluated, in order. */
  readonly candidates: readonly TuningCandidate[];
  /** The validation on fresh seeds: the objective of `start` and `best` and their paired difference (best − start). */
  readonly validation: {
    readonly seed: number | string;
    readonly replications: number;
    readonly start: MetricSummary;
    readonly best: MetricSummary;
    readonly difference: MetricSummary;
    /** True when the difference's interval lies below 0: the tuned options are better on fresh seeds. */
    readonly improved: boolean;
  };
}

/** A {@link TuningObjective} on one metric: its value to minimize, or its negative to maximize (null counts as `missing`). */
export function metricObjective(path: MetricKey, goal: 'min' | 'max', missing = 0): TuningObjective {
  return (m) => {
    const value = m.get(path) ?? missing;
    return goal === 'min' ? value : -value;
  };
}

/** The metrics of each replication of an experiment, by path. */
export function replicationMetrics(experiment: ExperimentResult): ReplicationMetrics[] {
  return experiment.replications.map((r) => new Map(experiment.metrics.map((path, j) => [path, r.values[j] ?? null])));
}

/** The objective of every replication of an experiment. */
function objectiveValues(experiment: ExperimentResult, objective: TuningObjective): number[] {
  return replicationMetrics(experiment).map((metrics, i) => {
    const r = experiment.replications[i]!;
    const value = objective(metrics);
    if (!Number.isFinite(value)) throw new RangeError(`tunePolicy: the objective must return a finite number, got ${value} in replication ${r.replication}`);
    return value;
  });
}

/**
 * Sets a dotted path below an options object (copying the objects on the way; a value on the way
 * that is not a plain object is replaced by one).
 */
export function withOption(options: Readonly<Record<string, unknown>>, path: string, value: number): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const inner = options[head!];
  if (rest.length === 0) return { ...options, [head!]: value };
  const child = isPlainRecord(inner) ? inner : {};
  return { ...options, [head!]: withOption(child, rest.join('.'), value) };
}

function checkSpace(space: unknown): asserts space is Readonly<Record<string, readonly number[]>> {
  if (typeof space !== 'object' || space === null || Object.keys(space).length === 0) throw new TypeError('tunePolicy: space must name at least one option');
  for (const [path, values] of Object.entries(space)) {
    // (Number.isFinite is false for every non-number.)
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => Number.isFinite(v))) {
      throw new TypeError(`tunePolicy: space['${path}'] must be a non-empty array of finite numbers`);
    }
  }
}

/**
 * Tunes `options.policy`'s options on `scenario` by coordinate search: from `start`, each round
 * tries every value of each option in turn (the others held), keeping a value when it lowers the
 * objective's mean over the search replications; it stops after a round without change or after
 * `maxRounds`. Every candidate runs on the same seed and replications (common random numbers), and
 * each distinct candidate runs once. Then `start` and `best` run again on `validationSeed` (fresh
 * replications) and the paired difference of their objectives is reported with its interval.
 *
 * @example
 * ```ts
 * const tuned = await tunePolicy(bank, {
 *   policy: 'weight-based',
 *   space: { waitWeight: [0.5, 1, 2], idleWeight: [0, 1] },
 *   objective: metricObjective('overall.abandonmentRate', 'min'),
 *   replications: 10,
 * });
 * console.log(tuned.best, tuned.validation.improved);
 * ```
 * @throws TypeError on a bad space, objective or policy; ScenarioError on a scenario or options
 *   the policy rejects; RangeError when the objective is not finite
 */
export async function tunePolicy(scenario: ScenarioInput, options: TunePolicyOptions): Promise<TuningResult> {
  const { policy, space, objective, start: startOption, maxRounds = 3, validationReplications, validationSeed, onEvaluation, ...experiment } = options;
  if (typeof policy !== 'string') throw new TypeError('tunePolicy: policy must be a routing policy name');
  if (typeof objective !== 'function') throw new TypeError('tunePolicy: objective must be a function');
  checkSpace(space);
  if (!(Number.isInteger(maxRounds) && maxRounds >= 1)) throw new RangeError(`tunePolicy: maxRounds must be a positive integer, got ${maxRounds}`);
  const routing = (scenario as { routing?: { policy?: unknown; options?: Record<string, unknown> } }).routing;
  const start = startOption ?? (routing?.policy === policy ? (routing.options ?? {}) : {});
  const level = experiment.level;
  const evaluated = new Map<string, TuningCandidate>();
  const candidates: TuningCandidate[] = [];
  const evaluate = async (opts: Readonly<Record<string, unknown>>): Promise<TuningCandidate> => {
    const key = JSON.stringify(opts);
    const known = evaluated.get(key);
    if (known !== undefined) return known;
    const result = await runExperiment({ ...scenario, routing: { policy, options: opts } } as ScenarioInput, experiment);
    const candidate = { options: opts, objective: summarizeValues(objectiveValues(result, objective), level) };
    evaluated.set(key, candidate);
    candidates.push(candidate);
    onEvaluation?.(candidates.length, candidate.objective.mean as number);
    return candidate;
  };

  let best = await evaluate(start);
  for (let round = 0; round < maxRounds; round++) {
    // Stryker disable next-line BooleanLiteral: speed only: a round without a change asks the next for the same candidates, all known (evaluate returns them without running or counting them)
    let changed = false;
    for (const [path, values] of Object.entries(space)) {
      for (const value of values) {
        const candidate = await evaluate(withOption(best.options, path, value));
        if ((candidate.objective.mean as number) < (best.objective.mean as number)) {
          best = candidate;
          changed = true;
        }
      }
    }
    // Stryker disable next-line ConditionalExpression: speed only: a round without a change asks the next for the same candidates, all known
    if (!changed) break;
  }

  const seed = validationSeed ?? `${experiment.seed ?? 1}/validation`;
  const replications = validationReplications ?? 2 * (experiment.replications ?? 10);
  const validate = (opts: Readonly<Record<string, unknown>>) =>
    runExperiment({ ...scenario, routing: { policy, options: opts } } as ScenarioInput, { ...experiment, seed, replications });
  const startValues = objectiveValues(await validate(start), objective);
  const bestValues = objectiveValues(await validate(best.options), objective);
  const difference = summarizeValues(bestValues.map((v, i) => v - startValues[i]!), level);
  // Stryker disable next-line ConditionalExpression: null < 0 is false too (the test only narrows the type)
  const improved = difference.upper !== null && difference.upper < 0;
  return {
    policy,
    start,
    best: best.options,
    candidates,
    validation: {
      seed,
      replications,
      start: summarizeValues(startValues, level),
      best: summarizeValues(bestValues, level),
      difference,
      improved,
    },
  };
}
