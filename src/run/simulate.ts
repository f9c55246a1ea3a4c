import type { ContactCenterObserver } from '../model/observer';
import type { ModelDefinition } from '../model/definition';
import { ContactCenterEngine } from '../model/engine';
import { InvariantChecker } from '../model/invariant-checker';
import { MetricsCollector, type MetricsOptions } from '../metrics/collector';
import { CallbackCollector, type CallbackMetrics } from '../metrics/callback-collector';
import { SelfServiceCollector, type SelfServiceMetrics } from '../metrics/self-service-collector';
import { usesSelfService } from '../model/self-service-flow';
import { SilentAbandonCollector, type SilentAbandonmentMetrics } from '../metrics/silent-abandon-collector';
import { usesSilentAbandonment } from '../model/silent-abandonment';
import { MessagingSessionCollector, type MessagingSessionMetrics } from '../metrics/messaging-session-collector';
import { usesSessions } from '../model/messaging-session';
import { InterruptionCollector, type InterruptionMetrics } from '../metrics/interruption-collector';
import { usesInterruptions } from '../model/interruptions';
import { EconomicsCollector } from '../metrics/economics-collector';
import type { EconomicsResult } from '../metrics/economics-result';
import { JourneyCollector, type JourneyResult } from '../metrics/journey-collector';
import { QueueExitCollector, type QueueExitMetrics } from '../metrics/queue-exit-collector';
import type { RunMetrics } from '../metrics/result';
import type { WorkforceGroupMetrics } from '../model/workforce-ledger';
import { RandomStreams } from '../random/streams';
import { PolicyRegistry } from '../routing/registry';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import {
  checkBooleanOption,
  checkIntegerOption,
  checkObjectOption,
  checkObservers,
  checkOptionsObject,
  checkPolicies,
  checkSeedOption,
} from './option-checks';

/** Options of {@link simulateModel}. All optional. */
export interface SimulateOptions {
  /**
   * Master seed: the same model, seed and replication give identical results. A finite integer
   * or a non-empty string. A number and its string form are **different seeds**: `1` and `'1'`
   * give different runs. The CLI's `--seed 1` passes the number 1, so to reproduce a CLI run from
   * a seed read as text (an environment variable, a query string) convert it first:
   * `{ seed: Number(process.env.SEED) }`.
   * @default 1
   */
  seed?: number | string;
  /**
   * Replication number: replication r uses the substreams `replication/r` of the seed, independent
   * of every other replication.
   * @default 0
   */
  replication?: number;
  /**
   * Policies to choose from by name; pass your own registry to use custom policies.
   * @default PolicyRegistry.withBuiltIns()
   */
  policies?: PolicyRegistry;
  /** Extra observers (e.g. a per-contact trace), told of every event after the metrics. */
  observers?: readonly ContactCenterObserver[];
  /** Metric definitions. */
  metrics?: MetricsOptions;
  /**
   * Check the engine's invariants on every event (see {@link InvariantChecker}); slower.
   * @default false
   */
  checkInvariants?: boolean;
}

/** The result of one run: the metrics plus what identifies the run. */
export interface SimulationResult extends RunMetrics {
  /** The scenario's `name`. */
  readonly scenario: string;
  /** Name of the routing policy that ran (the scenario's `routing.policy`). */
  readonly policy: string;
  /** The master seed, as given (default 1). */
  readonly seed: number | string;
  /** The replication number: the run used the substreams `replication/<r>` of the seed (default 0). */
  readonly replication: number;
  /** Simulated time at which the run ended (the horizon, or later after the drain). */
  readonly endTime: number;
  /** Number of events the kernel executed. */
  readonly events: number;
  /** First-contact resolution, repeat contacts, transfers and customer time per issue. */
  readonly journey: JourneyResult;
  /** Callback offers, attempts and promises, per contact type that offers callbacks. */
  readonly callbacks: readonly CallbackMetrics[];
  /**
   * Balking, maximum-wait exits, clearing at closing and delay-announcement accuracy, per contact
   * type that uses any of them; only present when some type does (see docs/queue-exits.md).
   */
  readonly queueExits?: readonly QueueExitMetrics[];
  /**
   * Self-service (IVR, bot) sessions per contact type with a stage; only present when the
   * scenario gives some type a `selfService` stage (see docs/channels.md).
   */
  readonly selfService?: readonly SelfServiceMetrics[];
  /**
   * Silent abandons per chat or messaging contact type that has them; only present when the
   * scenario gives some type `silentAbandonment` (see docs/channels.md).
   */
  readonly silentAbandonment?: readonly SilentAbandonmentMetrics[];
  /**
   * Messaging sessions per contact type that has them (first response, response per reply,
   * resolution time, turns, agent time); only present when the scenario gives some type a
   * `session` (see docs/channels.md).
   */
  readonly messagingSessions?: readonly MessagingSessionMetrics[];
  /**
   * Suspensions by calls per contact type a call may suspend (counts, time suspended, handle time
   * of work done); only present when some group has `interruptions` (see docs/channels.md).
   */
  readonly interruptions?: readonly InterruptionMetrics[];
  /**
   * Agent-hours per group (scheduled, absent, paid, break, shrinkage, available, productive), in
   * total and per interval; only present when the scenario uses shrinkage, absenteeism or shift
   * breaks (see docs/workforce.md).
   */
  readonly workforce?: readonly WorkforceGroupMetrics[];
  /**
   * Money and customer impact (agent, contact and penalty costs, customers and value lost,
   * effort), present only when the scenario gives `costs` or `customerImpact`: see docs/economics.md.
   */
  readonly economics?: EconomicsResult;
}

/** The keys of {@link SimulateOptions}. */
export const SIMULATE_OPTION_KEYS: readonly string[] = Object.freeze(['seed', 'replication', 'policies', 'observers', 'metrics', 'checkInvariants']);

/**
 * Checks the options of `simulate` / `simulateModel` (see {@link SimulateOptions}).
 *
 * @param fn - the function's name, for messages
 * @returns the options, `{}` for undefined
 * @throws TypeError on options that are not an object or an option of the wrong type (`replication`
 *   given as a string, `observers` not an array of objects, `policies` not a PolicyRegistry);
 *   RangeError on an unknown option (with a suggestion) or a value out of range
 */
export function checkSimulateOptions(fn: string, options: SimulateOptions | undefined): SimulateOptions {
  const checked = checkOptionsObject(fn, options, SIMULATE_OPTION_KEYS);
  if (checked.seed !== undefined) checkSeedOption(checked.seed);
  if (checked.replication !== undefined) checkIntegerOption('replication', checked.replication, 0, 'a non-negative integer');
  checkPolicies(checked.policies);
  checkObservers(checked.observers);
  checkObjectOption('metrics', checked.metrics);
  checkBooleanOption('checkInvariants', checked.checkInvariants);
  return checked;
}

/**
 * Runs one replication of a resolved model and returns its metrics.
 *
 * @throws TypeError / RangeError on bad options (see {@link checkSimulateOptions}); RangeError /
 *   TypeError from the policy factory on bad `routing.options` (a model that did not come from
 *   `resolveScenario`); RunawayError when the run's work regenerates itself without end
 */
export function simulateModel(model: ModelDefinition, options: SimulateOptions = {}): SimulationResult {
  options = checkSimulateOptions('simulateModel', options);
  const seed = options.seed ?? 1;
  const replication = options.replication ?? 0;
  const streams = new RandomStreams(seed).substreams('replication', replication);
  const registry = options.policies ?? PolicyRegistry.withBuiltIns();
  const policy = registry.create(model.routing, { model, random: streams.stream('routing') });
  const metrics = new MetricsCollector(options.metrics);
  const journey = new JourneyCollector();
  const callbacks = new CallbackCollector();
  const economics = model.economics === undefined ? undefined : new EconomicsCollector(model.economics);
  const exits = model.contactTypes.some((t) => t.queueExits !== undefined) ? new QueueExitCollector() : undefined;
  const selfService = usesSelfService(model) ? new SelfServiceCollector() : undefined;
  const silent = usesSilentAbandonment(model) ? new SilentAbandonCollector() : undefined;
  const sessions = usesSessions(model) ? new MessagingSessionCollector() : undefined;
  const interruptions = usesInterruptions(model.agentGroups) ? new InterruptionCollector() : undefined;
  const extra = [
    ...(economics === undefined ? [] : [economics]),
    ...(exits === undefined ? [] : [exits]),
    ...(selfService === undefined ? [] : [selfService]),
    ...(silent === undefined ? [] : [silent]),
    ...(sessions === undefined ? [] : [sessions]),
    ...(interruptions === undefined ? [] : [interruptions]),
  ];
  const observers: ContactCenterObserver[] = [metrics, journey, callbacks, ...extra, ...(options.observers ?? [])];
  if (options.checkInvariants === true) observers.push(new InvariantChecker());
  const engine = new ContactCenterEngine(model, { streams, policy, observers });
  engine.run();
  const workforce = engine.workforceHours();
  return {
    scenario: model.name,
    policy: model.routing.policy,
    seed,
    replication,
    endTime: engine.sim.now,
    events: engine.sim.eventsProcessed,
    ...metrics.result(),
    journey: journey.result(),
    callbacks: callbacks.result(),
    ...(exits === undefined ? {} : { queueExits: exits.result() }),
    ...(selfService === undefined ? {} : { selfService: selfService.result() }),
    ...(silent === undefined ? {} : { silentAbandonment: silent.result() }),
    ...(sessions === undefined ? {} : { messagingSessions: sessions.result() }),
    ...(interruptions === undefined ? {} : { interruptions: interruptions.result() }),
    ...(workforce === null ? {} : { workforce }),
    ...(economics === undefined ? {} : { economics: economics.result() }),
  };
}

/**
 * Validates a scenario (see docs/scenario-reference.md), then runs one replication of it.
 *
 * @example
 * ```ts
 * import { simulate } from 'routelab';
 * const result = simulate({
 *   name: 'help desk',
 *   skills: ['support'],
 *   contactTypes: [{ name: 'calls', skills: { support: 1 }, arrivals: { rate: '100/h' },
 *     handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '2m' } }],
 *   agentGroups: [{ name: 'agents', skills: { support: 3 }, agents: 6 }],
 * }, { seed: 42 });
 * console.log(result.overall.serviceLevel);
 * ```
 * @throws ScenarioError listing every problem of the scenario (routing options included), one
 *   per line; TypeError / RangeError on bad options (see {@link checkSimulateOptions}), checked first;
 *   RunawayError when the run's work regenerates itself without end (transfers, retries... see
 *   docs/engine-reliability.md)
 */
export function simulate(scenario: ScenarioInput, options: SimulateOptions = {}): SimulationResult {
  options = checkSimulateOptions('simulate', options);
  const policies = options.policies ?? PolicyRegistry.withBuiltIns();
  const model = resolveScenario(scenario, { policies });
  return simulateModel(model, { ...options, policies });
}
