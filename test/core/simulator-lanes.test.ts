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

/**
 * Runs a random pattern of self-renewing streams (each stream's next event scheduled when it fires,
 * at whole-number delays so that many events tie) and other events, some cancelled; the streams
 * go through lanes when `lanes` is true, else through the event queue. Returns what ran, in order.
 * With `maxStreams` above 4, a stream sometimes hands its next event to another stream with none
 * pending (a lane emptied while another is filled), and one more stream starts halfway (a lane
 * defined while others hold events).
 */
function trace(seed: number, lanes: boolean, until?: number, maxStreams = 4): string[] {
  const rnd = integers(seed);
  const sim = new Simulator(4);
  const seen: string[] = [];
  const handoff = maxStreams > 4;
  const streams = handoff ? 8 + rnd(maxStreams - 8) : 1 + rnd(maxStreams);
  const laneIds = Array.from({ length: streams }, () => sim.defineLane());
  const idle: number[] = [];
  let late = handoff ? 60 : -1;
  const pending: number[] = [];
  let budget = 400;
  const other = sim.defineEvent('other', (arg) => {
    seen.push(`${sim.now} other ${arg}`);
    if (budget-- > 0 && rnd(3) === 0) sim.schedule(rnd(3), other, arg + 1000, PRIORITIES[rnd(4)]!);
  });
  const next = (s: number, at: number): void => {
    const priority = s % 2 === 0 ? EventPriority.arrival : EventPriority.release;
    if (lanes) sim.scheduleInLane(laneIds[s]!, at, stream, s, priority);
    else sim.scheduleAt(at, stream, s, priority);
  };
  const stream = sim.defineEvent('stream', (s) => {
    seen.push(`${sim.now} stream ${s}`);
    for (let k = rnd(3); k > 0; k--) pending.push(sim.schedule(rnd(3), other, rnd(100), PRIORITIES[rnd(4)]!));
    if (pending.length > 0 && rnd(2) === 0) sim.cancel(pending.splice(rnd(pending.length), 1)[0]!);
    if (late >= 0 && --late < 0) {
      laneIds.push(sim.defineLane());
      next(laneIds.length - 1, sim.now + rnd(3));
    }
    if (budget-- <= 0) return;
    if (handoff && idle.length > 0 && rnd(4) === 0) {
      idle.push(s);
      next(idle.splice(rnd(idle.length - 1), 1)[0]!, sim.now + rnd(3));
    } else if (handoff && rnd(8) === 0) idle.push(s);
    else next(s, sim.now + rnd(3));
  });
  for (let s = 0; s < streams; s++) next(s, rnd(2));
  if (until === undefined) sim.run();
  else {
    sim.run({ until });
    seen.push(`stopped at ${sim.now} with ${sim.pendingEvents} pending, next at ${sim.peekTime()}`);
    while (sim.step()) seen.push(`stepped to ${sim.now}`);
  }
  seen.push(`${sim.eventsProcessed} events`);
  return seen;
}

describe('Simulator lanes', () => {
  it('run lane events in exactly the order the event queue would (time, priority, scheduling order)', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const viaQueue = trace(seed, false);
      expect(viaQueue.length).toBeGreaterThan(20);
      expect(trace(seed, true), `seed ${seed}`).toEqual(viaQueue);
    }
  });

  it('keep that order with many lanes, lanes emptied while others fill, and a lane defined mid-run', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const viaQueue = trace(seed, false, undefined, 40);
      expect(viaQueue.length).toBeGreaterThan(20);
      expect(trace(seed, true, undefined, 40), `seed ${seed}`).toEqual(viaQueue);
      expect(trace(seed, true, 15, 40), `seed ${seed}, until 15`).toEqual(trace(seed, false, 15, 40));
    }
  });

  it('stop at `until`, count pending lane events, and step like the event queue', () => {
    for (let seed = 1; seed <= 50; seed++) expect(trace(seed, true, 20), `seed ${seed}`).toEqual(trace(seed, false, 20));
  });

  it('hold one pending event each and check their arguments', () => {
    const sim = new Simulator();
    const k = sim.defineEvent('e', () => {});
    const lane = sim.defineLane();
    sim.scheduleInLane(lane, 1, k);
    expect(() => sim.scheduleInLane(lane, 2, k)).toThrow(/already holds a pending event/);
    expect(() => sim.scheduleInLane(lane + 1, 2, k)).toThrow(/unknown lane/);
    sim.run();
    expect(() => sim.scheduleInLane(lane, 0, k)).toThrow(/in the past/);
    expect(() => sim.scheduleInLane(lane, 2, k + 1)).toThrow(/unknown event kind/);
    expect(() => sim.scheduleInLane(lane, Infinity, k)).toThrow(/finite/);
  });
});
