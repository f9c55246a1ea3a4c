import type { ModelDefinition } from '../model/definition';
import { PolicyRegistry } from '../routing/registry';
import { simulateModel } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { measureRun, measurePlaces, targetThresholds } from './measure';
import { TargetCollector } from './target-collector';
import type { ResolvedTarget } from './targets';

/**
 * One replication of one candidate staffing, as sent to a worker thread (plain data), and how it
 * runs: resolve the candidate's scenario (cached per thread), simulate with the optimizer's
 * observer, measure every target. The result depends only on the task, never on the thread.
 *
 * @module
 */

/** One replication of one candidate. */
export interface EvaluationTask {
  /** The candidate's scenario (plain JSON). */
  readonly scenario: ScenarioInput;
  /** A key identifying the scenario, so each thread resolves it once. */
  readonly scenarioKey: string;
  /** The resolved targets (plain data). */
  readonly targets: readonly ResolvedTarget[];
  /** Number of planning intervals. */
  readonly intervals: number;
  /** Master seed. */
  readonly seed: number | string;
  /** Replication number (substreams `replication/<r>` of the seed). */
  readonly replication: number;
}

/** Resolved models kept per thread. */
const MAX_CACHED_MODELS = 64;
const models = new Map<string, ModelDefinition>();
let registry: PolicyRegistry | undefined;

/** Runs one evaluation task in this thread; returns one value per measure place (see `measurePlaces`). */
export function runEvaluationTask(task: EvaluationTask): (number | null)[] {
  // Stryker disable next-line AssignmentOperator: without a registry resolveScenario and simulateModel take the built-in policies too; this one is kept to build them once per thread
  registry ??= PolicyRegistry.withBuiltIns();
  let model = models.get(task.scenarioKey);
  if (model === undefined) {
    // Stryker disable next-line ObjectLiteral: the registry holds the built-in policies, which resolveScenario checks against by default
    model = resolveScenario(task.scenario, { policies: registry });
    if (models.size >= MAX_CACHED_MODELS) models.delete(models.keys().next().value as string);
    models.set(task.scenarioKey, model);
  }
  const collector = new TargetCollector(task.intervals, model.intervalLength, targetThresholds(task.targets));
  const result = simulateModel(model, { seed: task.seed, replication: task.replication, policies: registry, observers: [collector] });
  const places = measurePlaces(task.targets, task.intervals);
  return measureRun(task.targets, places, collector.result(), result.journey, model.contactTypes.length, model.agentGroups.length);
}
