/**
 * What the event queue holds in the middle of a network rung (`scale-network.ts`): the pending
 * events by kind at the `at`-th arrival of the first day, plus the arrival lanes (one per contact
 * type) and the distant queue (customers' returns) outside the heap. Tells what makes the heap
 * grow with the center (docs/performance.md, "Scale: arrival lanes, pool heads and memory
 * traffic" and "Customers' returns out of the heap").
 *
 * Run: `npx tsx bench/scale-pending.ts [--agents 20000] [--at 900000]`; prints one line of JSON.
 * Counting wraps the simulator's scheduling and cancelling for this run only (a handle → kind map);
 * it changes no draw and no event.
 * @module
 */
import { pathToFileURL } from 'node:url';
import type { EventHandle } from '../src/core/event-queue';
import { CallbackCollector } from '../src/metrics/callback-collector';
import { MetricsCollector } from '../src/metrics/collector';
import { JourneyCollector } from '../src/metrics/journey-collector';
import { ContactCenterEngine } from '../src/model/engine';
import { RandomStreams } from '../src/random/streams';
import { PolicyRegistry } from '../src/routing/registry';
import { resolveScenario } from '../src/scenario/resolve';
import { networkSize } from './scale-network';
import { scaleScenario } from './scale-scenario';

/** The pending events of one moment of a rung. */
export interface PendingByKind {
  readonly agents: number;
  /** Simulated time of the count (seconds). */
  readonly at: number;
  /** All pending events, lanes and distant queue included. */
  readonly pending: number;
  /** Pending events in the main event queue (heap). */
  readonly inHeap: number;
  /** Pending events outside the heap: the arrival lanes' and the distant queue's (customers' returns). */
  readonly outsideHeap: number;
  /** Pending events in the main event queue by kind, most first. */
  readonly byKind: Record<string, number>;
}

/** Runs the `agents`-agent network's first day and counts the pending events at arrival `arrival`. */
export function pendingByKind(agents: number, arrival: number): PendingByKind {
  const registry = PolicyRegistry.withBuiltIns();
  const model = resolveScenario(scaleScenario(networkSize(agents, 1)), { knownPolicies: registry.names() });
  const streams = new RandomStreams(1).substreams('replication', 0);
  const policy = registry.create(model.routing, { model, random: streams.stream('routing') });
  let snapshot: PendingByKind | null = null;
  let arrivals = 0;
  const kindOf = new Map<EventHandle, string>();
  const probe = {
    onArrival(): void {
      if (++arrivals !== arrival) return;
      const counts: Record<string, number> = {};
      for (const [handle, kind] of kindOf) if (engine.sim.isPending(handle)) counts[kind] = (counts[kind] ?? 0) + 1;
      const byKind = Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
      const pending = engine.sim.pendingEvents;
      const inHeap = Object.values(counts).reduce((a, b) => a + b, 0);
      snapshot = { agents, at: engine.sim.now, pending, inHeap, outsideHeap: pending - inHeap, byKind };
    },
  };
  const engine = new ContactCenterEngine(model, {
    streams,
    policy,
    observers: [new MetricsCollector(), new JourneyCollector(), new CallbackCollector(), probe],
  });
  const sim = engine.sim;
  /** Records a handle until the count is taken; drops fired and cancelled handles now and then. */
  const record = (handle: EventHandle, kind: number): void => {
    if (snapshot !== null) return;
    kindOf.set(handle, sim.eventName(kind));
    if (kindOf.size % 65_536 === 0) for (const h of kindOf.keys()) if (!sim.isPending(h)) kindOf.delete(h);
  };
  const schedule = sim.schedule.bind(sim);
  const scheduleAt = sim.scheduleAt.bind(sim);
  sim.schedule = (delay, kind, arg, priority) => {
    const handle = schedule(delay, kind, arg, priority);
    record(handle, kind);
    return handle;
  };
  sim.scheduleAt = (time, kind, arg, priority) => {
    const handle = scheduleAt(time, kind, arg, priority);
    record(handle, kind);
    return handle;
  };
  engine.run();
  if (snapshot === null) throw new RangeError(`pendingByKind: the day had fewer than ${arrival} arrivals (${arrivals})`);
  return snapshot;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string): string => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
  };
  console.log(JSON.stringify(pendingByKind(Number(arg('--agents', '20000')), Number(arg('--at', '900000')))));
}
