import { describe, expect, it } from 'vitest';
import { runLoop, type MmcmParams } from '../../bench/engine-loop';
import { runTimerLoop } from '../../bench/engine-timer-loop';
import { erlangA } from '../../src/analytic/erlang-a';

const center = (over: Partial<MmcmParams> = {}): MmcmParams => ({
  agents: 20,
  arrivalRate: 19,
  meanHandleTime: 1,
  meanPatience: 5,
  arrivals: 20_000,
  serviceLevelThreshold: 0.1,
  ...over,
});

describe('runTimerLoop()', () => {
  // Both loops draw the same numbers in the same order, and a FIFO caller whose patience ran out
  // before an agent freed up has left whether its timer fired or the head check found it late.
  it('serves and loses exactly the callers the lazy loop does', () => {
    for (const p of [center(), center({ agents: 3, arrivalRate: 6 }), center({ agents: 100, arrivalRate: 95, meanPatience: 0.2 })]) {
      for (const seed of [1, 2]) {
        const lazy = runLoop(p, seed);
        const timers = runTimerLoop(p, seed);
        expect({ ...timers, events: 0 }).toEqual({ ...lazy, events: 0 });
      }
    }
  });

  it('grows its caller slots when more than 1,024 wait at once', () => {
    // One agent, 50 arrivals per handle time, nobody leaves for a long while: the line reaches thousands.
    const p = center({ agents: 1, arrivalRate: 50, meanPatience: 1e4, arrivals: 5_000 });
    const lazy = runLoop(p);
    const timers = runTimerLoop(p);
    expect(timers.served + timers.abandoned).toBe(5_000);
    expect({ ...timers, events: 0 }).toEqual({ ...lazy, events: 0 });
  });

  it('counts an event per arrival, completion and fired patience timer', () => {
    const r = runTimerLoop(center());
    expect(r.offered).toBe(20_000);
    expect(r.served + r.abandoned).toBe(r.offered);
    expect(r.events).toBe(r.offered + r.served + r.abandoned);
  });

  it('matches Erlang A for P(abandon) within a 99 % confidence interval over seeds', () => {
    const p = center();
    const theory = erlangA({ arrivalRate: p.arrivalRate, meanServiceTime: p.meanHandleTime, meanPatience: p.meanPatience, agents: p.agents });
    const shares = Array.from({ length: 10 }, (_, k) => {
      const r = runTimerLoop(p, k + 1);
      return r.abandoned / r.offered;
    });
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    const sd = Math.sqrt(shares.reduce((a, b) => a + (b - mean) ** 2, 0) / (shares.length - 1));
    const halfWidth = (3.25 * sd) / Math.sqrt(shares.length); // t(0.995, 9) = 3.25
    expect(theory.probabilityOfAbandon).toBeGreaterThan(0.01);
    expect(Math.abs(mean - theory.probabilityOfAbandon)).toBeLessThan(halfWidth);
  });
});
