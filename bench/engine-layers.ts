/**
 * One layer of the engine cost ladder, timed in a fresh process against the two hand-written
 * loops (`engine-loop.ts`, lazy abandonment; `engine-timer-loop.ts`, a patience timer per caller).
 *
 * Each layer runs the same model and seed through more of the library: the engine alone (no
 * observer, but the full state: issues, journeys, agent pools, routing policy), then with the
 * metrics collector, then with all three built-in collectors, then `simulate` (scenario checked
 * and resolved, results assembled). A layer runs in its own process because the engine's call
 * sites would otherwise carry the JIT feedback of the other layers' observers.
 *
 * Run: `npx tsx bench/engine-layers.ts '{"layer":"engine","arrivals":1000000,"rounds":3}'`
 * (prints one JSON line; `bench/engine.ts` runs every layer this way). Add `"baselines":false` to
 * run the layer alone (for instruction counts under cachegrind: no loop runs in the process);
 * `'{"baseline":"timer-loop","arrivals":1000000}'` (or `"loop"`) runs one loop alone and prints its result.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { CallbackCollector } from '../src/metrics/callback-collector';
import { MetricsCollector } from '../src/metrics/collector';
import { JourneyCollector } from '../src/metrics/journey-collector';
import { ContactCenterEngine } from '../src/model/engine';
import type { ContactCenterObserver } from '../src/model/observer';
import { RandomStreams } from '../src/random/streams';
import { PolicyRegistry } from '../src/routing/registry';
import { simulate } from '../src/run/simulate';
import { resolveScenario } from '../src/scenario/resolve';
import { mmcmParams, mmcmScenario } from './engine-scenario';
import { runLoop } from './engine-loop';
import { runTimerLoop } from './engine-timer-loop';

/** The layers of the ladder, from the bare engine to the full library. */
export const LAYERS = {
  engine: 'engine, no observer',
  metrics: 'engine + metrics collector',
  collectors: 'engine + metrics, journey and callback collectors',
  simulate: 'simulate (scenario checked and resolved, results assembled)',
} as const;

/** A layer's name. */
export type Layer = keyof typeof LAYERS;

/** What one layer measured in its process: best times of the two loops and of the layer. */
export interface LayerFigure {
  readonly layer: Layer;
  /** Best time of the lazy-abandonment loop (`engine-loop.ts`); 0 without baselines. */
  readonly loopSeconds: number;
  /** Best time of the patience-timer loop (`engine-timer-loop.ts`); 0 without baselines. */
  readonly timerLoopSeconds: number;
  /** Contacts offered in either loop (they offer the same); 0 without baselines. */
  readonly loopContacts: number;
  readonly seconds: number;
  readonly events: number;
}

/**
 * Runs `layer` and both loops `rounds` times, interleaved, and keeps the best time of each
 * (without `baselines`, the layer alone).
 */
export function measureLayer(layer: Layer, arrivals: number, rounds: number, baselines = true): LayerFigure {
  const p = mmcmParams(arrivals);
  const model = resolveScenario(mmcmScenario(p));
  const engineWith = (observers: () => ContactCenterObserver[]) => (): number => {
    const streams = new RandomStreams(1).substreams('replication', 0);
    const policy = PolicyRegistry.withBuiltIns().create(model.routing, { model, random: streams.stream('routing') });
    const engine = new ContactCenterEngine(model, { streams, policy, observers: observers() });
    engine.run();
    return engine.sim.eventsProcessed;
  };
  const runs: Record<Layer, () => number> = {
    engine: engineWith(() => []),
    metrics: engineWith(() => [new MetricsCollector()]),
    collectors: engineWith(() => [new MetricsCollector(), new JourneyCollector(), new CallbackCollector()]),
    simulate: () => simulate(mmcmScenario(p), { seed: 1 }).events,
  };
  let loopSeconds = baselines ? Infinity : 0;
  let timerLoopSeconds = baselines ? Infinity : 0;
  let loopContacts = 0;
  let seconds = Infinity;
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    if (baselines) {
      loopContacts = runLoop(p).offered;
      loopSeconds = Math.min(loopSeconds, (performance.now() - t0) / 1000);
      t0 = performance.now();
      runTimerLoop(p);
      timerLoopSeconds = Math.min(timerLoopSeconds, (performance.now() - t0) / 1000);
      t0 = performance.now();
    }
    events = runs[layer]();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { layer, loopSeconds, timerLoopSeconds, loopContacts, seconds, events };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const spec = JSON.parse(process.argv[2] ?? '{}') as { layer: Layer; arrivals: number; rounds: number; baselines?: boolean; baseline?: string };
  if (spec.baseline === 'loop' || spec.baseline === 'timer-loop') {
    const p = mmcmParams(spec.arrivals);
    console.log(JSON.stringify(spec.baseline === 'loop' ? runLoop(p) : runTimerLoop(p)));
  } else {
    if (!(spec.layer in LAYERS)) throw new Error(`layer must be one of ${Object.keys(LAYERS).join(', ')}, got ${spec.layer}`);
    console.log(JSON.stringify(measureLayer(spec.layer, spec.arrivals, spec.rounds, spec.baselines ?? true)));
  }
}
