import { describe, expect, it } from 'vitest';
import { EventPriority } from '../../src/core/priority';
import { Simulator } from '../../src/core/simulator';

/** A small seeded integer generator (mulberry32) for the test's random event patterns. */
function integers(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const PRIORITIES = [EventPriority.release, EventPriority.arrival, EventPriority.timer, EventPriority.arrival];

/** Where the test sends each kind of event: the event queue, or lanes and the distant queue. */
interface Routes {
  readonly lanes: boolean;
  readonly distant: boolean;
}

/**
 * Runs a random pattern of three kinds of events at whole-number times (so that many tie): a few
 * self-renewing streams (in lanes or the queue), `other` events (always in the queue, some
 * cancelled) and `return` events scheduled 0–7 s ahead, in bursts and from every kind's handler,
 * at every priority (in the distant queue or the main queue). Returns what ran, in order.
 */
function trace(seed: number, routes: Routes, until?: number): string[] {
  const rnd = integers(seed);
  const sim = new Simulator(4);
  const seen: string[] = [];
  const streams = 1 + rnd(6);
  const laneIds = Array.from({ length: streams }, () => sim.defineLane());
  const pending: number[] = [];
  let budget = 500;
  const later = (at: number, arg: number): void => {
    const priority = PRIORITIES[rnd(4)]!;
    if (routes.distant) sim.scheduleDistantAt(at, back, arg, priority);
    else sim.scheduleAt(at, back, arg, priority);
  };
  const other = sim.defineEvent('other', (arg) => {
    seen.push(`${sim.now} other ${arg}`);
    if (budget-- > 0 && rnd(3) === 0) pending.push(sim.schedule(rnd(3), other, arg + 1000, PRIORITIES[rnd(4)]!));
    if (budget > 0 && rnd(4) === 0) later(sim.now + rnd(8), arg + 5000);
  });
  const back = sim.defineEvent('return', (arg) => {
    seen.push(`${sim.now} return ${arg}`);
    if (budget-- > 0 && rnd(3) === 0) later(sim.now + rnd(3), arg + 1);
    if (budget > 0 && rnd(3) === 0) sim.schedule(rnd(2), other, arg + 7000, PRIORITIES[rnd(4)]!);
  });
  const next = (s: number, at: number): void => {
    const priority = s % 2 === 0 ? EventPriority.arrival : EventPriority.release;
    if (routes.lanes) sim.scheduleInLane(laneIds[s]!, at, stream, s, priority);
    else sim.scheduleAt(at, stream, s, priority);
  };
  const stream = sim.defineEvent('stream', (s) => {
    seen.push(`${sim.now} stream ${s}`);
    for (let k = rnd(3); k > 0; k--) pending.push(sim.schedule(rnd(3), other, rnd(100), PRIORITIES[rnd(4)]!));
    if (pending.length > 0 && rnd(2) === 0) sim.cancel(pending.splice(rnd(pending.length), 1)[0]!);
    for (let k = rnd(4) === 0 ? 1 + rnd(5) : 0; k > 0; k--) later(sim.now + rnd(8), 100 * s + k);
    if (budget-- > 0) next(s, sim.now + rnd(3));
  });
  for (let s = 0; s < streams; s++) next(s, rnd(2));
  if (rnd(2) === 0) later(rnd(3), 9999);
  if (until === undefined) sim.run();
  else {
    sim.run({ until });
    seen.push(`stopped at ${sim.now} with ${sim.pendingEvents} pending, next at ${sim.peekTime()}`);
    while (sim.step()) seen.push(`stepped to ${sim.now} with ${sim.pendingEvents} pending`);
  }
  seen.push(`${sim.eventsProcessed} events`);
  return seen;
}

const QUEUE: Routes = { lanes: false, distant: false };

describe('Simulator distant queue', () => {
  it('runs distant events in exactly the order the event queue would, ties with queue events included', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const viaQueue = trace(seed, QUEUE);
      expect(viaQueue.filter((e) => e.includes(' return ')).length, `seed ${seed}`).toBeGreaterThan(3);
      expect(trace(seed, { lanes: false, distant: true }), `seed ${seed}`).toEqual(viaQueue);
    }
  });

  it('merges distant events with lanes and the queue in that same order', () => {
    for (let seed = 1; seed <= 80; seed++) {
      expect(trace(seed, { lanes: true, distant: true }), `seed ${seed}`).toEqual(trace(seed, QUEUE));
    }
  });

  it('has same-instant ties between the distant queue, the lanes and the queue to decide', () => {
    // The comparison above is only a test of ties if distant events share instants with the others.
    let shared = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const byTime = new Map<string, Set<string>>();
      for (const e of trace(seed, QUEUE)) {
        const [time, kind] = e.split(' ');
        byTime.set(time!, (byTime.get(time!) ?? new Set()).add(kind!));
      }
      for (const kinds of byTime.values()) if (kinds.has('return') && kinds.size > 1) shared++;
    }
    expect(shared).toBeGreaterThan(100);
  });

  it('stops at `until`, counts pending distant events, and steps like the event queue', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(trace(seed, { lanes: true, distant: true }, 20), `seed ${seed}`).toEqual(trace(seed, QUEUE, 20));
    }
  });

  it('checks its arguments and keeps its lane from scheduleInLane', () => {
    const sim = new Simulator();
    const k = sim.defineEvent('e', () => {});
    const first = sim.defineLane();
    sim.scheduleDistantAt(3, k, 1);
    sim.scheduleDistantAt(3, k, 2);
    expect(sim.pendingEvents).toBe(2);
    expect(() => sim.scheduleInLane(first + 1, 2, k)).toThrow(/unknown lane/);
    const second = sim.defineLane();
    expect(second).toBe(first + 2);
    sim.scheduleInLane(second, 3, k, 0, EventPriority.release);
    expect(sim.peekTime()).toBe(3);
    expect(sim.run()).toBe(3);
    expect(sim.pendingEvents).toBe(0);
    expect(() => sim.scheduleDistantAt(2, k)).toThrow(/in the past/);
    expect(() => sim.scheduleDistantAt(4, k + 1)).toThrow(/unknown event kind/);
    expect(() => sim.scheduleDistantAt(Infinity, k)).toThrow(/finite/);
    expect(() => sim.scheduleDistantAt(4, k, -1)).toThrow(/arg must be/);
    expect(() => sim.scheduleDistantAt(4, k, 0, 256)).toThrow(/priority/);
    expect(sim.pendingEvents).toBe(0);
  });
});
