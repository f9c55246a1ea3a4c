import { cpus, platform, arch } from 'node:os';
import { performance } from 'node:perf_hooks';
import { PolicyRegistry } from '../routing/registry';
import { simulateModel } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { VERSION } from '../version';

/**
 * Engine throughput on this machine: wall time of `simulateModel` on a scenario (resolving it is
 * not timed), contacts and events per second, and what the machine is.
 *
 * @module
 */

/** `format` of a {@link BenchResult}. */
export const BENCH_FORMAT = 'routelab-bench';
/** Version of the {@link BenchResult} format written by this code. */
export const BENCH_FORMAT_VERSION = 1;

/** Agents of the built-in benchmark center. */
export const BENCH_AGENTS = 100;
/** Offered load of the built-in center, in erlangs (arrival rate × mean handle time). */
export const BENCH_LOAD_ERLANGS = 95;
/** Mean handle time of the built-in center, seconds (exponential). */
export const BENCH_HANDLE_MEAN = 180;
/** Mean patience of the built-in center, seconds (exponential). */
export const BENCH_PATIENCE_MEAN = 900;

/**
 * The built-in benchmark: an M/M/c+M center, c = 100 agents, offered load 95 erlangs, exponential
 * handle time (mean 180 s) and patience (mean 900 s), with a horizon long enough for `arrivals`
 * expected arrivals.
 *
 * @throws RangeError unless `arrivals` is a positive integer
 */
export function benchScenario(arrivals: number): ScenarioInput {
  if (!Number.isSafeInteger(arrivals) || arrivals < 1) throw new RangeError(`arrivals must be a positive integer, got ${arrivals}`);
  const perSecond = BENCH_LOAD_ERLANGS / BENCH_HANDLE_MEAN;
  return {
    name: `M/M/${BENCH_AGENTS}+M at ${BENCH_LOAD_ERLANGS} erlangs`,
    horizon: arrivals / perSecond,
    skills: ['service'],
    contactTypes: [
      {
        name: 'calls',
        skills: { service: 1 },
        arrivals: { rate: `${perSecond * 3600}/h` },
        handleTime: { kind: 'exponential', mean: BENCH_HANDLE_MEAN },
        patience: { kind: 'exponential', mean: BENCH_PATIENCE_MEAN },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { service: 1 }, agents: BENCH_AGENTS }],
  };
}

/** Options of {@link runBenchmark}. */
export interface BenchOptions {
  /**
   * Master seed; every run uses the same one, so the runs do the same work.
   * @default 1
   */
  seed?: number;
  /**
   * Timed runs; the reported wall time is their median.
   * @default 1
   */
  runs?: number;
  /** The requested arrivals of the built-in scenario, recorded in the result (null otherwise). */
  arrivals?: number;
}

/** The measured throughput (plain JSON). */
export interface BenchResult {
  readonly format: typeof BENCH_FORMAT;
  readonly version: typeof BENCH_FORMAT_VERSION;
  readonly scenario: string;
  readonly policy: string;
  readonly seed: number;
  /** Expected arrivals asked of the built-in scenario; null for a scenario file. */
  readonly arrivals: number | null;
  /** Contacts offered in one run (`overall.offered`). */
  readonly contacts: number;
  /** Events the kernel executed in one run. */
  readonly events: number;
  /** Wall time of each run, seconds. */
  readonly wallSecondsPerRun: readonly number[];
  /** Median wall time of one run, seconds. */
  readonly wallSeconds: number;
  /** contacts / wallSeconds. */
  readonly contactsPerSecond: number;
  /** events / wallSeconds. */
  readonly eventsPerSecond: number;
  /** `process.version`. */
  readonly node: string;
  /** `os.cpus()[0].model` (`'unknown'` when the system does not say). */
  readonly cpu: string;
  /** Number of logical CPUs. */
  readonly cpus: number;
  readonly platform: string;
  readonly arch: string;
  /** routelab version. */
  readonly routelab: string;
}

/**
 * Resolves the scenario, then times `runs` runs of `simulateModel` with `performance.now()`.
 *
 * @throws ScenarioError on an invalid scenario; RangeError on bad options
 */
export function runBenchmark(scenario: ScenarioInput, options: BenchOptions = {}): BenchResult {
  const seed = options.seed ?? 1;
  const runs = options.runs ?? 1;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  const policies = PolicyRegistry.withBuiltIns();
  const model = resolveScenario(scenario, { knownPolicies: policies.names() });
  const times: number[] = [];
  let contacts = 0;
  let events = 0;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const result = simulateModel(model, { seed, policies });
    times.push((performance.now() - start) / 1000);
    contacts = result.overall.offered;
    events = result.events;
  }
  const wallSeconds = median(times);
  const cpuList = cpus();
  return {
    format: BENCH_FORMAT,
    version: BENCH_FORMAT_VERSION,
    scenario: model.name,
    policy: model.routing.policy,
    seed,
    arrivals: options.arrivals ?? null,
    contacts,
    events,
    wallSecondsPerRun: times,
    wallSeconds,
    contactsPerSecond: contacts / wallSeconds,
    eventsPerSecond: events / wallSeconds,
    node: process.version,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cpus: cpuList.length,
    platform: platform(),
    arch: arch(),
    routelab: VERSION,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
