import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/core/simulator';

// The simulator checks its arguments once and hands the event queue an already checked event:
// every bad argument must still be refused with the queue's own message, and nothing scheduled.
describe('Simulator.schedule argument checks', () => {
  const setup = () => {
    const sim = new Simulator();
    const k = sim.defineEvent('k', () => {});
    return { sim, k };
  };

  it('refuses an infinite time with the event queue message', () => {
    const { sim, k } = setup();
    expect(() => sim.schedule(Infinity, k)).toThrow(/time must be a finite number, got Infinity/);
    expect(() => sim.scheduleAt(Infinity, k)).toThrow(/time must be a finite number, got Infinity/);
    expect(sim.pendingEvents).toBe(0);
  });

  it('refuses priorities outside the integers 0..255', () => {
    const { sim, k } = setup();
    for (const p of [-1, 256, 1.5, Number.NaN]) {
      expect(() => sim.schedule(1, k, 0, p)).toThrow(/priority must be an integer in 0\.\.255/);
    }
    expect(sim.pendingEvents).toBe(0);
  });

  it('checks the kind and argument before the time and priority', () => {
    const { sim, k } = setup();
    expect(() => sim.scheduleAt(Infinity, 7, 0, 300)).toThrow(/unknown event kind 7/);
    expect(() => sim.scheduleAt(Infinity, k, -1, 300)).toThrow(/arg must be an integer/);
  });

  it('still schedules and runs valid events in (time, priority, insertion) order', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.defineEvent('k', (arg) => seen.push(arg));
    sim.schedule(2, k, 1, 5);
    sim.schedule(2, k, 2, 0);
    sim.scheduleAt(1, k, 3, 255);
    sim.schedule(2, k, 4, 0);
    sim.run();
    expect(seen).toEqual([3, 2, 4, 1]);
  });
});
