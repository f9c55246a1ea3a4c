/**
 * One network rung (`scale-network.ts`) run as `simulateModel` runs it (metrics, journey and
 * callback collectors), which switches callgrind's instrumentation on at simulated hour `from`
 * and off at hour `to` (`callgrind_control -i on|off <own pid>`, at the first arrival at or after
 * each instant): run under `valgrind --tool=callgrind --instr-atstart=no --cache-sim=yes`, the
 * counts cover that window only, while the hours before it run uninstrumented (several times
 * faster than with the cache simulation on). Used by `bench/scale-misses.ts`; prints one line of
 * JSON: the events and contacts between the two switches.
 *
 * Run: `node --single-threaded --perf-basic-prof <bundle> '{"agents":20000,"from":12,"to":12.25}'`
 * under callgrind (without valgrind the switches fail and the run stops with their error).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { CallbackCollector } from '../src/metrics/callback-collector';
import { MetricsCollector } from '../src/metrics/collector';
import { JourneyCollector } from '../src/metrics/journey-collector';
import { ContactCenterEngine } from '../src/model/engine';
import type { ContactCenterObserver } from '../src/model/observer';
import { RandomStreams } from '../src/random/streams';
import { PolicyRegistry } from '../src/routing/registry';
import { resolveScenario } from '../src/scenario/resolve';
import { networkSize } from './scale-network';
import { scaleScenario } from './scale-scenario';

/** Which rung and which window of its first day. */
export interface WindowSpec {
  /** Agents of the network rung. */
  readonly agents: number;
  /** Hour of the first day at which counting starts. */
  readonly from: number;
  /** Hour at which counting stops (the run ends there too). */
  readonly to: number;
  /** @default 1 */
  readonly seed?: number;
}

/** What the window held. */
export interface WindowFigure {
  readonly spec: WindowSpec;
  /** Events executed between the two switches. */
  readonly events: number;
  /** Arrivals between the two switches. */
  readonly arrivals: number;
  /** Pending events at the first switch. */
  readonly pendingAtFrom: number;
}

/** Switches callgrind's instrumentation of this process on or off; throws when that fails. */
function instrument(state: 'on' | 'off'): void {
  const r = spawnSync('callgrind_control', ['-i', state, String(process.pid)], { encoding: 'utf8' });
  if (r.status !== 0 || !/OK|instrumentation/i.test(r.stdout + r.stderr)) {
    throw new Error(`callgrind_control -i ${state} failed (run this under valgrind --tool=callgrind): ${r.stdout}${r.stderr}`);
  }
}

/** Runs the rung's first day up to `to` hours, instrumented from `from` hours. */
export function runWindow(spec: WindowSpec): WindowFigure {
  if (!(spec.from >= 0 && spec.to > spec.from)) throw new RangeError(`runWindow: need 0 ≤ from < to, got ${spec.from} and ${spec.to}`);
  const registry = PolicyRegistry.withBuiltIns();
  const input = scaleScenario(networkSize(spec.agents, 1));
  const model = resolveScenario({ ...input, horizon: spec.to * 3600 }, { knownPolicies: registry.names() });
  const streams = new RandomStreams(spec.seed ?? 1).substreams('replication', 0);
  const policy = registry.create(model.routing, { model, random: streams.stream('routing') });
  let engine: ContactCenterEngine | undefined;
  let phase = 'before' as 'before' | 'in' | 'after';
  let eventsAtFrom = 0;
  let arrivalsAtFrom = 0;
  let arrivals = 0;
  let pendingAtFrom = 0;
  let events = 0;
  let inWindowArrivals = 0;
  const probe: ContactCenterObserver = {
    onArrival() {
      arrivals++;
      if (phase === 'before' && engine!.sim.now >= spec.from * 3600) {
        phase = 'in';
        eventsAtFrom = engine!.sim.eventsProcessed;
        arrivalsAtFrom = arrivals;
        pendingAtFrom = engine!.sim.pendingEvents;
        instrument('on');
      }
    },
    onEnd() {
      if (phase !== 'in') return;
      instrument('off');
      phase = 'after';
      events = engine!.sim.eventsProcessed - eventsAtFrom;
      inWindowArrivals = arrivals - arrivalsAtFrom;
    },
  };
  engine = new ContactCenterEngine(model, { streams, policy, observers: [new MetricsCollector(), new JourneyCollector(), new CallbackCollector(), probe] });
  engine.run();
  if (phase !== 'after') throw new Error(`runWindow: no arrival after hour ${spec.from}`);
  return { spec, events, arrivals: inWindowArrivals, pendingAtFrom };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const spec = JSON.parse(process.argv[2] ?? '{"agents":2000,"from":12,"to":12.25}') as WindowSpec;
  console.log(JSON.stringify(runWindow(spec)));
}
