import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { calibrate, CALIBRATION_RANGES } from '../../src/records/calibrate';

/**
 * calibrate() on one tiny day (five calls, cheap to replay), for what the search does with its
 * candidates: the range ends first, then bisection, and the result read off the tried candidates.
 * (test/records/calibrate.test.ts checks that it recovers a known center's unknowns.)
 */
function rec(day: string, offered: number, wait: number, handle?: number): CallRecord {
  const start = handle === undefined ? null : offered + wait;
  return { line: 0, day, offered, wait, outcome: handle === undefined ? 'abandoned' : 'served', serviceStart: start, serviceEnd: start === null ? null : start + handle!, contactType: null, agent: null, customer: null, priority: null };
}
// Answered waits 0, 200, 400 and 500 s: observed ASA 275 s; one abandon in five: 20 %.
const records = [rec('d', 3600, 0, 300), rec('d', 3700, 200, 300), rec('d', 3800, 400, 200), rec('d', 3900, 120), rec('d', 4000, 500, 100)];
const roster = new Array<number>(48).fill(1);

describe('calibrate() on a tiny day', () => {
  it('tries the range ends, then bisects, and keeps the bracket end whose simulated value is closer', () => {
    // Patience 100 times shorter: nearly every caller who waits hangs up; 100 times longer: nobody.
    const r = calibrate(records, { on: ['d'], roster, replications: 2, steps: 3, unknown: 'patienceScale', target: 'abandonment', range: [0.01, 100] });
    expect(r).toMatchObject({ unknown: 'patienceScale', target: 'abandonment', on: ['d'], observed: 0.2, replications: 2, atBound: null });
    const values = r.steps.map((s) => s.value);
    expect(values.slice(0, 3)).toEqual([0.01, 100, 50.005]);
    expect(values).toHaveLength(5);
    // Less patience, more abandonment: the search moves toward the end whose value is on the other side.
    expect(r.steps[0]!.simulated).toBeGreaterThan(r.steps[1]!.simulated);
    const [lo, hi] = r.bracket;
    expect(hi - lo).toBeCloseTo(99.99 / 8, 9);
    {
      // Each mid is the middle of the bracket before it.
      expect([lo, hi].some((v) => v === r.value)).toBe(true);
      const tried = (v: number) => r.steps.find((s) => s.value === v);
      const ends = [tried(lo), tried(hi)].filter((s) => s !== undefined);
      const closest = ends.reduce((a, b) => (Math.abs(b!.simulated - 0.2) < Math.abs(a!.simulated - 0.2) ? b : a));
      expect(r.value).toBe(closest!.value);
      expect(r.simulated).toBe(closest!.simulated);
    }
    expect(r.interval[0]).toBeLessThanOrEqual(r.interval[1]);
    expect(r.interval[0]).toBeGreaterThanOrEqual(0.01);
    expect(r.interval[1]).toBeLessThanOrEqual(100);
    for (const s of r.steps) expect(s.daySd).toBeGreaterThanOrEqual(0);
  });

  it('stops at a range end the observed value lies beyond', () => {
    // Handle times of a fraction of a second cannot make anyone wait 275 s on average: both ends
    // simulate an ASA of 0 (a flat curve counts as decreasing), so the low end is kept.
    const r = calibrate(records, { on: ['d'], roster, replications: 2, unknown: 'handleTimeScale', target: 'asa', range: [0.001, 0.002] });
    expect(r.steps.map((s) => [s.value, s.simulated])).toEqual([
      [0.001, 0],
      [0.002, 0],
    ]);
    expect(r.atBound).toBe('low');
    expect(r.value).toBe(0.001);
    expect(r.bracket).toEqual([0.001, 0.001]);
    expect(r.simulated).toBe(0);
    // Its uncertainty interval is read off the same flat curve: the low end for both bounds.
    expect(r.interval).toEqual([0.001, 0.001]);
  });

  it('defaults: availability against abandonment, over its own range, 8 bisection steps and 10 replications', () => {
    const r = calibrate(records, { on: ['d'], roster });
    expect(r).toMatchObject({ unknown: 'availability', target: 'abandonment', observed: 0.2, replications: 10 });
    expect(r.steps[0]!.value).toBe(CALIBRATION_RANGES.availability[0]);
    expect(r.steps[1]!.value).toBe(CALIBRATION_RANGES.availability[1]);
    expect(r.steps.length === 2 || r.steps.length === 10).toBe(true);
  });

  it('rejects a bad unknown, target or range, and a day whose measure is undefined', () => {
    expect(() => calibrate(records, { on: ['d'], unknown: 'skill' as never })).toThrow(new RangeError("calibrate: unknown must be one of availability, patienceScale, handleTimeScale, got 'skill'"));
    expect(() => calibrate(records, { on: ['d'], target: 'offered' as never })).toThrow(new RangeError("calibrate: target must be one of abandonment, asa, got 'offered'"));
    for (const range of [[0, 1], [1, 1], [2, 1], [1, Infinity]] as const) {
      expect(() => calibrate(records, { on: ['d'], range })).toThrow(new RangeError(`calibrate: range must be [low, high] with 0 < low < high, got [${range[0]}, ${range[1]}]`));
    }
    const abandonedOnly = [...records, rec('e', 100, 10), rec('e', 200, 20)];
    expect(() => calibrate(abandonedOnly, { on: ['e'], roster, target: 'asa' })).toThrow(/^calibrate: the observed asa of e is undefined \(nothing offered or answered\)$|need at least 2 served/);
  });
});
