/**
 * Routing cost: nanoseconds per routing decision of each built-in policy against the number of
 * agents (one group of N agents, N = 10 … 10,000) and of waiting contacts, on the real engine
 * state (a scenario run through `ContactCenterEngine`, so policies see the real view).
 *
 * Two runs per policy and N, each stopped once measured:
 * - **selectAgent**: load 90 % of N, so about a tenth of the agents are free; at the first arrival
 *   after ten mean handle times that finds a free agent, the policy's `selectAgent` is called on
 *   that contact in a timed loop;
 * - **selectContact**: load 130 %, no abandonment, so the queue grows (to about 3N contacts at
 *   the measuring time, in two segments); when an agent frees up after ten mean handle times, its
 *   `selectContact` is called in a timed loop.
 *
 * The state does not change between the timed calls (policies only choose), so the loop measures
 * one decision, after a warm-up as long as the timed loop, in a warm cache with well-predicted
 * branches: a lower bound on its cost in a run.
 * `random-agent` draws one uniform per call, as it does in a run.
 *
 * Run: `npx tsx bench/routing-cost.ts [--quick]`.
 * @module
 */
import { pathToFileURL } from 'node:url';
import type { Simulator } from '../src/core/simulator';
import { ContactCenterEngine } from '../src/model/engine';
import type { ContactCenterObserver } from '../src/model/observer';
import type { ContactCenterView } from '../src/model/view';
import { RandomStreams } from '../src/random/streams';
import type { RoutingPolicy } from '../src/routing/policy';
import { PolicyRegistry } from '../src/routing/registry';
import { resolveScenario } from '../src/scenario/resolve';
import type { ScenarioInput } from '../src/scenario/schema';

/** Options of {@link runRoutingCostBench}. */
export interface RoutingCostBenchOptions {
  /**
   * Smaller centers (N up to 1,000) and shorter timing loops.
   * @default false
   */
  readonly quick?: boolean;
}

/** One measured decision. */
export interface DecisionCost {
  /** Nanoseconds per call, or NaN when the state to measure was never reached. */
  readonly ns: number;
  /** Free agents able to take the contact's channel (selectAgent) or contacts waiting (selectContact). */
  readonly size: number;
}

const MEAN_HANDLE = 300;

/** One contact type, two segments, one group of `agents` agents, offered `load × agents` erlangs. */
export function routingScenario(agents: number, load: number, policy: string, patience: boolean): ScenarioInput {
  return {
    name: `routing cost, ${agents} agents`,
    horizon: 40 * MEAN_HANDLE,
    endOfDay: 'cut',
    skills: ['general'],
    segments: [
      { name: 'premier', share: 0.2, value: 40, priority: 1 },
      { name: 'everyday', share: 0.8, value: 5 },
    ],
    contactTypes: [
      {
        name: 'calls',
        channel: 'voice',
        skills: { general: 1 },
        arrivals: { rate: `${(load * agents) / MEAN_HANDLE}/s` },
        handleTime: { kind: 'exponential', mean: MEAN_HANDLE },
        ...(patience ? { patience: { kind: 'exponential', mean: 5 * MEAN_HANDLE } } : {}),
      },
    ],
    agentGroups: [{ name: 'agents', skills: { general: 3 }, agents }],
    routing: { policy },
  } as ScenarioInput;
}

/** Calls `decide` in a loop for at least `budgetMs` (after as long a warm-up) and returns nanoseconds per call. */
function timeCalls(decide: () => number, budgetMs: number): number {
  let sink = 0;
  const warm = performance.now();
  while (performance.now() - warm < budgetMs) for (let i = 0; i < 100; i++) sink += decide();
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 100; i++) sink += decide();
    calls += 100;
    elapsed = performance.now() - t0;
  } while (elapsed < budgetMs);
  if (sink === Number.MIN_VALUE) console.log(sink); // keeps the calls alive
  return (elapsed * 1e6) / calls;
}

/** Times one decision kind once the run reaches `from` and the state allows it, then stops the run. */
class DecisionProbe implements ContactCenterObserver {
  private view!: ContactCenterView;
  result: DecisionCost = { ns: Number.NaN, size: 0 };

  constructor(
    private readonly policy: RoutingPolicy,
    private readonly kind: 'selectAgent' | 'selectContact',
    private readonly from: number,
    private readonly budgetMs: number,
    private readonly sim: () => Simulator,
  ) {}

  attach(view: ContactCenterView): void {
    this.view = view;
  }

  onArrival(c: number): void {
    const v = this.view;
    if (this.kind !== 'selectAgent' || v.now < this.from || !Number.isNaN(this.result.ns)) return;
    const free = v.freeAgentCount(0, v.contactChannel(c));
    if (free === 0) return;
    this.result = { ns: timeCalls(() => this.policy.selectAgent(c, v), this.budgetMs), size: free };
    this.sim().stop();
  }

  onAgentChange(agent: number): void {
    const v = this.view;
    if (this.kind !== 'selectContact' || v.now < this.from || !Number.isNaN(this.result.ns)) return;
    if (v.agentLoad(agent) !== 0 || !v.agentAvailable(agent)) return;
    const waiting = v.waitingOfType(0);
    if (waiting === 0) return;
    this.result = { ns: timeCalls(() => this.policy.selectContact(agent, v), this.budgetMs), size: waiting };
    this.sim().stop();
  }
}

/** Measures one decision kind of `policy` in a center of `agents` agents. */
export function measureDecision(
  policy: string,
  agents: number,
  kind: 'selectAgent' | 'selectContact',
  budgetMs: number,
): DecisionCost {
  const registry = PolicyRegistry.withBuiltIns();
  const scenario = routingScenario(agents, kind === 'selectAgent' ? 0.9 : 1.3, policy, kind === 'selectAgent');
  const model = resolveScenario(scenario, { knownPolicies: registry.names() });
  const streams = new RandomStreams(1).substreams('replication', 0);
  const instance = registry.create(model.routing, { model, random: streams.stream('routing') });
  let engine: ContactCenterEngine | undefined;
  const probe = new DecisionProbe(instance, kind, 10 * MEAN_HANDLE, budgetMs, () => engine!.sim);
  engine = new ContactCenterEngine(model, { streams, policy: instance, observers: [probe] });
  engine.run();
  return probe.result;
}

/** Prints ns per selectAgent and selectContact call for every built-in policy and center size. */
export function runRoutingCostBench(options: RoutingCostBenchOptions = {}): void {
  const quick = options.quick === true;
  const sizes = quick ? [10, 100, 1000] : [10, 100, 1000, 10_000];
  const budgetMs = quick ? 10 : 40;
  const policies = PolicyRegistry.withBuiltIns().names();
  console.log('\nRouting cost: ns per decision, one group of N agents (free agents / waiting contacts at the measured decision)');
  for (const kind of ['selectAgent', 'selectContact'] as const) {
    console.log(`\n${kind}${kind === 'selectAgent' ? ' (load 90 %: about N/10 agents free)' : ' (load 130 %, no abandonment: about 3N waiting)'}`);
    console.log(`| policy | ${sizes.map((n) => `N = ${n.toLocaleString('en-US')}`).join(' | ')} |`);
    console.log(`|---|${sizes.map(() => '---:').join('|')}|`);
    for (const policy of policies) {
      const cells = sizes.map((n) => {
        const r = measureDecision(policy, n, kind, budgetMs);
        return Number.isNaN(r.ns) ? 'n/a' : `${r.ns.toFixed(0)} ns (${r.size.toLocaleString('en-US')})`;
      });
      console.log(`| ${policy} | ${cells.join(' | ')} |`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runRoutingCostBench({ quick: process.argv.includes('--quick') });
}
