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

  it('stops at the low end when the observed value equals its simulated value, rising or flat', () => {
    // Every answered caller was answered at once (observed ASA 0 s); one hung up after 120 s.
    const instant = [rec('d', 3600, 0, 300), rec('d', 3700, 0, 300), rec('d', 3800, 0, 200), rec('d', 3900, 120), rec('d', 4000, 0, 100)];
    // Handle times of a fraction of a second: nobody waits, so both ends simulate an ASA of 0 (flat).
    const flat = calibrate(instant, { on: ['d'], roster, replications: 2, unknown: 'handleTimeScale', target: 'asa', range: [0.001, 0.002] });
    expect(flat.steps.map((s) => s.simulated)).toEqual([0, 0]);
    expect(flat).toMatchObject({ observed: 0, atBound: 'low', value: 0.001, simulated: 0 });
    // Handle times half as long at the high end: one agent makes some callers wait (a rising curve).
    const rising = calibrate(instant, { on: ['d'], roster, replications: 2, unknown: 'handleTimeScale', target: 'asa', range: [0.001, 0.5] });
    expect(rising.steps[0]!.simulated).toBe(0);
    expect(rising.steps[1]!.simulated).toBeGreaterThan(0);
    expect(rising).toMatchObject({ atBound: 'low', value: 0.001, bracket: [0.001, 0.001] });
    expect(rising.steps).toHaveLength(2);
  });

  it('stops at the high end when a falling curve reaches the observed value there', () => {
    // Twelve calls of about 5 minutes in 12 minutes, all answered at once, and two hang-ups. Ten agents
    // on the roster: a tenth of them (one) makes callers wait; all ten answer at once.
    const instant = [...Array.from({ length: 12 }, (_, i) => rec('d', 3600 + 60 * i, 0, 290 + 2 * i)), rec('d', 3630, 120), rec('d', 3930, 60)];
    const ten = new Array<number>(48).fill(10);
    const r = calibrate(instant, { on: ['d'], roster: ten, replications: 2, unknown: 'availability', target: 'asa', range: [0.1, 1] });
    expect(r.steps[0]!.simulated).toBeGreaterThan(0);
    expect(r.steps[1]!.simulated).toBe(0);
    expect(r).toMatchObject({ observed: 0, atBound: 'high', value: 1, bracket: [1, 1], simulated: 0 });
    expect(r.steps).toHaveLength(2);
  });

  it('one replication a day: a day standard deviation of 0 (no spread to measure)', () => {
    const r = calibrate(records, { on: ['d'], roster, replications: 1, steps: 1, unknown: 'patienceScale', target: 'abandonment', range: [0.01, 100] });
    expect(r.steps.map((s) => s.daySd)).toEqual([0, 0, 0]);
  });

  it('names the unknown\'s value at which no replication defines the simulated measure', () => {
    // No agent on the roster: nobody is answered, so no replication has an ASA.
    expect(() => calibrate(records, { on: ['d'], roster: new Array<number>(48).fill(0), replications: 2, unknown: 'patienceScale', target: 'asa', range: [0.5, 2] })).toThrow(
      new RangeError('calibrate: no replication defines the simulated asa at patienceScale = 0.5'),
    );
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
