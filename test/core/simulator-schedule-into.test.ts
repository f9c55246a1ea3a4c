import { describe, expect, it } from 'vitest';
import { EventPriority } from '../../src/core/priority';
import { Simulator } from '../../src/core/simulator';

/**
 * A small center of timers: 8 slots, each event re-arms its slot's timer and every third one
 * cancels another slot's timer first (by the handle kept in `handles`), over 2,000 events so the
 * queue's slots are reused far past 32 generations (handles above 2^31). With `into`, handles go
 * through `scheduleInto`; else through `schedule`. Returns the events in order and every handle.
 */
function trace(into: boolean): { seen: string[]; handles: number[] } {
  const sim = new Simulator(4);
  const handles = new Float64Array(8);
  const seen: string[] = [];
  const issued: number[] = [];
  let n = 0;
  const arm = (slot: number, delay: number, priority: number): void => {
    if (into) sim.scheduleInto(delay, tick, slot, priority, handles, slot);
    else handles[slot] = sim.schedule(delay, tick, slot, priority);
    issued.push(handles[slot]!);
  };
  const tick = sim.defineEvent('tick', (slot) => {
    seen.push(`${sim.now} ${slot}`);
    if (n++ >= 2000) return;
    const other = (slot * 5 + n) % 8;
    if (n % 3 === 0 && other !== slot && sim.cancel(handles[other]!)) {
      seen.push(`cancel ${other}`);
      arm(other, (n % 7) * 0.25, EventPriority.timer);
    }
    arm(slot, ((slot + n) % 5) * 0.5, n % 2 === 0 ? EventPriority.release : EventPriority.timer);
  });
  for (let slot = 0; slot < 8; slot++) arm(slot, slot % 3, EventPriority.timer);
  sim.run();
  return { seen, handles: issued };
}

describe('Simulator.scheduleInto', () => {
  it('runs, orders and cancels exactly like schedule, with the same handles', () => {
    const byReturn = trace(false);
    const byInto = trace(true);
    expect(byInto.seen).toEqual(byReturn.seen);
    expect(byInto.handles).toEqual(byReturn.handles);
    expect(byInto.seen.filter((s) => s.startsWith('cancel')).length).toBeGreaterThan(100);
    // The slots were reused enough for handles beyond the small-integer range.
    expect(Math.max(...byInto.handles)).toBeGreaterThan(2 ** 31);
  });

  it('rejects a negative delay or an unknown kind like schedule, and writes nothing', () => {
    const sim = new Simulator();
    const kind = sim.defineEvent('k', () => {});
    const handles = new Float64Array([7]);
    expect(() => sim.scheduleInto(-1, kind, 0, EventPriority.timer, handles, 0)).toThrow(/delay must be a non-negative number, got -1/);
    expect(() => sim.scheduleInto(Number.NaN, kind, 0, EventPriority.timer, handles, 0)).toThrow(/delay/);
    expect(() => sim.scheduleInto(1, kind + 1, 0, EventPriority.timer, handles, 0)).toThrow(/unknown event kind/);
    expect(handles[0]).toBe(7);
    expect(sim.pendingEvents).toBe(0);
  });
});
