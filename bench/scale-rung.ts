/**
 * One rung of the scale benchmark, meant to run alone in a fresh process (so that the peak
 * memory of one rung does not carry over to the next): generates the center
 * (`scale-scenario.ts`), resolves it, runs one replication the way `simulateModel` does (metrics,
 * journey and callback collectors) plus a light probe, and measures time, events, pending events
 * and memory.
 *
 * Run as a child by `bench/scale.ts`:
 * `node --expose-gc --import tsx bench/scale-rung.ts '{"factor":0.5,"days":1}'` prints one line of
 * JSON, a {@link RungFigure}.
 *
 * @module
 */
import { pathToFileURL } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CallbackCollector } from '../src/metrics/callback-collector';
import { MetricsCollector } from '../src/metrics/collector';
import { JourneyCollector } from '../src/metrics/journey-collector';
import type { ModelDefinition } from '../src/model/definition';
import { ContactCenterEngine } from '../src/model/engine';
import type { ContactCenterObserver } from '../src/model/observer';
import { RandomStreams } from '../src/random/streams';
import { PolicyRegistry } from '../src/routing/registry';
import { resolveScenario } from '../src/scenario/resolve';
import { networkSize } from './scale-network';
import { scaleScenario, scaleSize, type ScaleSize } from './scale-scenario';

/** Which rung to run. */
export interface RungSpec {
  /** Size factor in (0, 1] of the full center (ignored when {@link RungSpec.agents} is given). */
  readonly factor: number;
  /**
   * A rung of the multi-site network ladder instead (`scale-network.ts`): this many agents, 150
   * contact types, 200 skills, 50 agents per group, 500 per site. Its warm-up runs the 500-agent
   * network for a day.
   */
  readonly agents?: number;
  /**
   * Cut the horizon to this many hours from the start (instead of `days` whole days): for
   * instruction counts under cachegrind, which run two horizons and take the difference.
   */
  readonly hours?: number;
  readonly days: number;
  /** @default 1 */
  readonly seed?: number;
  /**
   * First run the same center for one simulated day (another seed), again until
   * {@link WARMUP_EVENTS} events or {@link WARMUP_MS} have passed, so that the measured run starts
   * with optimized code rather than paying the JIT warm-up, which would dominate small rungs.
   * @default true
   */
  readonly warmup?: boolean;
}

/** What one rung measured. */
export interface RungFigure {
  readonly spec: RungSpec;
  readonly size: ScaleSize;
  /** Seconds to generate and resolve the scenario. */
  readonly setupSeconds: number;
  /** Seconds of the run itself (engine start to end of the last event). */
  readonly runSeconds: number;
  /**
   * CPU seconds (user + system, all threads of the process, so GC helpers included) over the same
   * span: steadier than the wall time when other processes compete for the cores.
   */
  readonly cpuSeconds: number;
  readonly events: number;
  /** Contacts offered (fresh, repeats, retrials, transfers). */
  readonly contacts: number;
  /** Mean number of pending events, sampled at every 16th arrival. */
  readonly meanPending: number;
  /** Mean of log2(pending events) over the same samples. */
  readonly meanLog2Pending: number;
  /** Peak resident set size of the process (bytes). */
  readonly maxRssBytes: number;
  /** Resident set size just before the run, after loading the code and resolving (bytes). */
  readonly rssBeforeBytes: number;
  /** Largest JS heap used seen during the run (sampled every 4,096 arrivals, garbage included; bytes). */
  readonly heapPeakBytes: number;
  /** JS heap plus array buffers after a full GC at the end of the run, engine and metrics alive (bytes). */
  readonly heapLiveBytes: number;
  /** Of which held by the run: minus the same measure once the run is garbage (bytes). */
  readonly heapHeldBytes: number;
  /** Sanity figures of the simulated center. */
  readonly serviceLevel: number | null;
  readonly serviceLevelVoice: number | null;
  readonly serviceLevelChat: number | null;
  readonly abandonmentRate: number | null;
  readonly occupancy: number | null;
  readonly utilization: number | null;
  readonly repeatContacts: number;
  readonly callbacksAccepted: number;
  readonly overflowAnswered: number;
}

/** Warm-up: run until this many events have been executed... */
export const WARMUP_EVENTS = 500_000;
/** ...or this many milliseconds have passed (whichever comes first, at least one run). */
export const WARMUP_MS = 2_000;

function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** JS heap plus ArrayBuffer memory (typed arrays' contents live outside the JS heap). */
function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** What {@link runOnce} returns: plain numbers only, so that nothing of the run stays reachable. */
type RunFigures = Omit<RungFigure, 'spec' | 'size' | 'setupSeconds' | 'rssBeforeBytes' | 'maxRssBytes' | 'heapHeldBytes'>;

/** One run of a resolved model, as `simulateModel` does it, plus the probe. */
function runOnce(model: ModelDefinition, registry: PolicyRegistry, seed: number, gc: () => void): RunFigures {
  let engine: ContactCenterEngine | undefined;
  let arrivals = 0;
  let samples = 0;
  let pendingSum = 0;
  let log2Sum = 0;
  let heapPeakBytes = 0;
  let endAt = 0;
  let cpuAtEnd: NodeJS.CpuUsage = { user: 0, system: 0 };
  let heapLiveBytes = 0;
  const probe: ContactCenterObserver = {
    onArrival() {
      if ((++arrivals & 15) !== 0) return;
      const pending = engine!.sim.pendingEvents;
      samples++;
      pendingSum += pending;
      log2Sum += Math.log2(Math.max(1, pending));
      if ((arrivals & 4095) === 0) heapPeakBytes = Math.max(heapPeakBytes, getHeapStatistics().used_heap_size);
    },
    onEnd() {
      endAt = performance.now();
      cpuAtEnd = process.cpuUsage(cpuAtStart);
      heapPeakBytes = Math.max(heapPeakBytes, getHeapStatistics().used_heap_size);
      gc();
      gc();
      heapLiveBytes = used();
    },
  };
  const streams = new RandomStreams(seed).substreams('replication', 0);
  const policy = registry.create(model.routing, { model, random: streams.stream('routing') });
  const metrics = new MetricsCollector();
  const journey = new JourneyCollector();
  const callbacks = new CallbackCollector();
  const cpuAtStart = process.cpuUsage();
  const startAt = performance.now();
  engine = new ContactCenterEngine(model, { streams, policy, observers: [metrics, journey, callbacks, probe] });
  engine.run();
  const result = metrics.result();
  const channel = (name: string) => result.byChannel.find((c) => c.name === name)?.serviceLevel ?? null;
  return {
    runSeconds: (endAt - startAt) / 1000,
    cpuSeconds: (cpuAtEnd.user + cpuAtEnd.system) / 1e6,
    events: engine.sim.eventsProcessed,
    contacts: result.overall.offered,
    meanPending: pendingSum / Math.max(1, samples),
    meanLog2Pending: log2Sum / Math.max(1, samples),
    heapPeakBytes,
    heapLiveBytes,
    serviceLevel: result.overall.serviceLevel,
    serviceLevelVoice: channel('voice'),
    serviceLevelChat: channel('chat'),
    abandonmentRate: result.overall.abandonmentRate,
    occupancy: result.agents.occupancy,
    utilization: result.agents.utilization,
    repeatContacts: journey.result().overall.repeatContacts,
    callbacksAccepted: callbacks.result().reduce((n, c) => n + c.accepted, 0),
    overflowAnswered: result.overflow.reduce((n, o) => n + o.steps.reduce((m, st) => m + (st.step > 0 ? st.answered : 0), 0), 0),
  };
}

/** Runs one rung in this process and measures it (see {@link RungFigure}). */
export function measureRung(spec: RungSpec): RungFigure {
  // No forced GC between the warm-up and the end of the measured run: a full GC while the
  // engine's code is off the stack makes the next run several times slower (measured: about 10x
  // on a small center; V8 seems to drop the optimized code), which would turn the warm-up into a
  // cool-down. The measurement's GCs happen inside onEnd (the run still on the stack) and after
  // the measured run; the warm-up runs do none.
  const gc = collector();
  if (spec.warmup !== false) {
    const t = performance.now();
    const warmSize = spec.agents === undefined ? scaleSize(spec.factor, 1) : networkSize(Math.min(spec.agents, 500), 1);
    const warmModel = resolveScenario(scaleScenario(warmSize), { knownPolicies: PolicyRegistry.withBuiltIns().names() });
    let events = 0;
    do events += runOnce(warmModel, PolicyRegistry.withBuiltIns(), 2, () => {}).events;
    while (events < WARMUP_EVENTS && performance.now() - t < WARMUP_MS);
  }
  const t0 = performance.now();
  const size = spec.agents === undefined ? scaleSize(spec.factor, spec.days) : networkSize(spec.agents, spec.days);
  const registry = PolicyRegistry.withBuiltIns();
  const input = scaleScenario(size);
  const model = resolveScenario(spec.hours === undefined ? input : { ...input, horizon: spec.hours * 3600 }, { knownPolicies: registry.names() });
  const setupSeconds = (performance.now() - t0) / 1000;
  const rssBeforeBytes = process.memoryUsage().rss;
  const figures = runOnce(model, registry, spec.seed ?? 1, gc);
  // What the run held: at its end minus once the engine, its state and observers are garbage.
  gc();
  gc();
  const heapHeldBytes = figures.heapLiveBytes - used();
  return { spec, size, setupSeconds, rssBeforeBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024, heapHeldBytes, ...figures };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const spec = JSON.parse(process.argv[2] ?? '{"factor":0.125,"days":1}') as RungSpec;
  console.log(JSON.stringify(measureRung(spec)));
}
