import type { MetricsOptions } from '../metrics/collector';
import type { ModelDefinition } from '../model/definition';
import { PolicyRegistry } from '../routing/registry';
import { simulateModel, type SimulationResult } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { loadPolicyModule } from './policy-module';

/**
 * One replication to run, as sent to a worker thread: plain, structured-cloneable data only.
 * The worker resolves the scenario itself (a resolved model holds functions).
 */
export interface ReplicationTask {
  /** The scenario input (plain JSON). */
  readonly scenario: ScenarioInput;
  /** A key identifying the scenario (its hash), so each thread resolves it only once. */
  readonly scenarioKey: string;
  /** The master seed. */
  readonly seed: number | string;
  /** The replication number r (substreams `replication/<r>` of the seed). */
  readonly replication: number;
  /** URL of a module exporting custom `policies` (see `policy-module.ts`). */
  readonly policyModule?: string;
  /** Metric definitions passed to `simulateModel`. */
  readonly metrics?: MetricsOptions;
}

/** Resolved models kept per thread; an experiment uses a handful of scenarios at most. */
const MAX_CACHED_MODELS = 32;

/**
 * Runs replication tasks in the current thread, caching resolved models and imported policy
 * modules. Used by the worker entry and, with threads = 1, in-process.
 */
export class TaskRunner {
  private readonly models = new Map<string, ModelDefinition>();
  private readonly modules = new Map<string, Promise<PolicyRegistry>>();
  private builtIns: PolicyRegistry | undefined;

  /** @param policies - registry to use for tasks without a policy module (in-process only) */
  constructor(private readonly policies?: PolicyRegistry) {}

  /** Runs one task: resolve (cached), then `simulateModel` with the task's seed and replication. */
  async run(task: ReplicationTask): Promise<SimulationResult> {
    const registry = await this.registryFor(task.policyModule);
    // Stryker disable next-line StringLiteral: a cache key: any text that is not a module URL keeps the tasks without a module apart
    const key = `${task.policyModule ?? ''}\n${task.scenarioKey}`;
    let model = this.models.get(key);
    if (model === undefined) {
      model = resolveScenario(task.scenario, { policies: registry });
      if (this.models.size >= MAX_CACHED_MODELS) this.models.delete(this.models.keys().next().value as string);
      this.models.set(key, model);
    }
    return simulateModel(model, {
      seed: task.seed,
      replication: task.replication,
      policies: registry,
      ...(task.metrics === undefined ? {} : { metrics: task.metrics }),
    });
  }

  /** The registry for a task: its policy module's, the one given, or the built-ins. */
  registryFor(policyModule: string | undefined): Promise<PolicyRegistry> {
    if (policyModule === undefined) {
      if (this.policies !== undefined) return Promise.resolve(this.policies);
      this.builtIns ??= PolicyRegistry.withBuiltIns();
      return Promise.resolve(this.builtIns);
    }
    let loading = this.modules.get(policyModule);
    if (loading === undefined) {
      loading = loadPolicyModule(policyModule);
      this.modules.set(policyModule, loading);
    }
    return loading;
  }
}
