import { describe, expect, it } from 'vitest';
import { EventPriority } from '../../src/core/priority';
import { Simulator } from '../../src/core/simulator';

describe('Simulator', () => {
  it('runs events in time order and advances the clock', () => {
    const sim = new Simulator();
    const seen: [number, number][] = [];
    const k = sim.defineEvent('e', (arg) => seen.push([sim.now, arg]));
    sim.schedule(5, k, 1);
    sim.schedule(2, k, 2);
    sim.scheduleAt(9, k, 3);
    expect(sim.run()).toBe(3);
    expect(seen).toEqual([
      [2, 2],
      [5, 1],
      [9, 3],
    ]);
    expect(sim.now).toBe(9);
  });

  it('handles an agent release before an arrival at the same instant, whatever the scheduling order', () => {
    const sim = new Simulator();
    const order: string[] = [];
    const arrival = sim.defineEvent('arrival', () => order.push('arrival'));
    const release = sim.defineEvent('release', () => order.push('release'));
    const timer = sim.defineEvent('timer', () => order.push('timer'));
    sim.schedule(10, timer, 0, EventPriority.timer);
    sim.schedule(10, arrival, 0, EventPriority.arrival);
    sim.schedule(10, release, 0, EventPriority.release);
    sim.run();
    expect(order).toEqual(['release', 'arrival', 'timer']);
  });

  it('keeps first-in first-out order among equal times and priorities', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.defineEvent('e', (arg) => seen.push(arg));
    for (let i = 0; i < 100; i++) sim.schedule(1, k, i);
    sim.run();
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('runs events scheduled by a handler for the same instant after the current one', () => {
    const sim = new Simulator();
    const seen: string[] = [];
    const second = sim.defineEvent('second', () => seen.push(`second@${sim.now}`));
    const first = sim.defineEvent('first', () => {
      seen.push(`first@${sim.now}`);
      sim.schedule(0, second);
    });
    sim.schedule(3, first);
    sim.run();
    expect(seen).toEqual(['first@3', 'second@3']);
  });

  it('cancels a pending event and reports whether it was pending', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.defineEvent('e', (arg) => seen.push(arg));
    const a = sim.schedule(1, k, 1);
    sim.schedule(2, k, 2);
    expect(sim.isPending(a)).toBe(true);
    expect(sim.cancel(a)).toBe(true);
    expect(sim.cancel(a)).toBe(false);
    sim.run();
    expect(seen).toEqual([2]);
  });

  it('stops at `until`, runs events at exactly `until`, and leaves the clock there', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.defineEvent('e', () => seen.push(sim.now));
    for (const t of [1, 5, 10, 11]) sim.scheduleAt(t, k);
    sim.run({ until: 10 });
    expect(seen).toEqual([1, 5, 10]);
    expect(sim.now).toBe(10);
    expect(sim.pendingEvents).toBe(1);
    sim.run({ until: 10.5 });
    expect(sim.now).toBe(10.5);
    sim.run();
    expect(seen).toEqual([1, 5, 10, 11]);
  });

  it('steps one event at a time and honours maxEvents and stop()', () => {
    const sim = new Simulator();
    let count = 0;
    const k = sim.defineEvent('e', () => {
      count++;
      if (count === 5) sim.stop();
    });
    for (let i = 1; i <= 10; i++) sim.scheduleAt(i, k);
    expect(sim.step()).toBe(true);
    expect(sim.now).toBe(1);
    expect(sim.run({ maxEvents: 2 })).toBe(2);
    expect(sim.run()).toBe(2);
    expect(count).toBe(5);
    expect(sim.run()).toBe(5);
    expect(sim.step()).toBe(false);
    expect(sim.eventsProcessed).toBe(10);
  });

  it('carries large integer arguments intact', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const a = sim.defineEvent('a', (arg) => seen.push(arg));
    const b = sim.defineEvent('b', (arg) => seen.push(-arg));
    sim.schedule(1, a, 2 ** 40 + 3);
    sim.schedule(2, b, 123_456_789);
    sim.run();
    expect(seen).toEqual([2 ** 40 + 3, -123_456_789]);
  });

  it('rejects scheduling into the past and other bad input with clear errors', () => {
    const sim = new Simulator();
    const k = sim.defineEvent('e', () => {});
    sim.scheduleAt(5, k);
    sim.run();
    expect(() => sim.scheduleAt(4, k)).toThrow(/time 4 is in the past \(now is 5\)/);
    expect(() => sim.schedule(-1, k)).toThrow(/delay must be a non-negative number, got -1/);
    expect(() => sim.schedule(Number.NaN, k)).toThrow(/delay/);
    expect(() => sim.schedule(1, 99)).toThrow(/unknown event kind 99/);
    expect(() => sim.schedule(1, k, 1.5)).toThrow(/arg must be an integer/);
    expect(() => sim.schedule(1, k, 0, 300)).toThrow();
    expect(() => sim.run({ until: 1 })).toThrow(/until/);
    expect(sim.eventName(k)).toBe('e');
  });
});
