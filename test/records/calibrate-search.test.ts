import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { calibrate, invertSteps, type CalibrationOptions, type CalibrationResult } from '../../src/records/calibrate';
import { replayDays } from '../../src/records/replay';

/**
 * calibrate() read against its definition: the observed average, each candidate's simulated value
 * and day spread (the replay's), the range ends, the bisection's bracket and the uncertainty
 * interval read off the candidates (invertSteps, checked exactly on made-up candidates).
 */
function rec(day: string, offered: number, wait: number, handle?: number): CallRecord {
  const start = handle === undefined ? null : offered + wait;
  return { line: 0, day, offered, wait, outcome: handle === undefined ? 'abandoned' : 'served', serviceStart: start, serviceEnd: start === null ? null : start + handle!, contactType: null, agent: null, customer: null, priority: null };
}
/** A tiny day: answered waits 0, 200, 400 and 500 s (ASA 275 s), one abandon in five (20 %). */
const day = (d: string) => [rec(d, 3600, 0, 300), rec(d, 3700, 200, 300), rec(d, 3800, 400, 200), rec(d, 3900, 120), rec(d, 4000, 500, 100)];
// Day 'e' is busier: two abandons in four (50 %), answered waits 0 and 300 s.
const records = [...day('d'), rec('e', 3600, 0, 300), rec('e', 3650, 60), rec('e', 3700, 300, 200), rec('e', 3800, 90)];
const roster = new Array<number>(48).fill(1);

const steps = (...points: [number, number][]) => points.map(([value, simulated]) => ({ value, simulated, daySd: 0 }));

describe('invertSteps()', () => {
  // Increasing: (1, 0.2), (2, 0.4), (4, 0.8), given out of order.
  const up = steps([2, 0.4], [4, 0.8], [1, 0.2]);
  const range = [0.5, 5] as const;

  it('interpolates linearly between the candidates around the level', () => {
    expect(invertSteps(up, 0.3, range)).toBeCloseTo(1.5, 12);
    expect(invertSteps(up, 0.6, range)).toBeCloseTo(3, 12);
    expect(invertSteps(up, 0.4, range)).toBeCloseTo(2, 12); // on a candidate
  });

  it('gives a range end at or beyond the candidates\' first and last values', () => {
    expect(invertSteps(up, 0.2, range)).toBe(0.5);
    expect(invertSteps(up, 0.1, range)).toBe(0.5);
    expect(invertSteps(up, 0.8, range)).toBe(5);
    expect(invertSteps(up, 0.9, range)).toBe(5);
  });

  it('reads a decreasing curve the other way round', () => {
    const down = steps([4, 0.1], [1, 0.8], [2, 0.5]);
    expect(invertSteps(down, 0.3, range)).toBeCloseTo(3, 12); // 2 + (0.3 − 0.5) / (0.1 − 0.5) · 2
    expect(invertSteps(down, 0.65, range)).toBeCloseTo(1.5, 12);
    expect(invertSteps(down, 0.8, range)).toBe(0.5);
    expect(invertSteps(down, 0.9, range)).toBe(0.5);
    expect(invertSteps(down, 0.1, range)).toBe(5);
    expect(invertSteps(down, 0.05, range)).toBe(5);
  });

  it('skips a flat stretch of noise to the pair that crosses the level', () => {
    // (1, 0.2), (2, 0.5), (3, 0.5), (4, 0.3), (5, 0.9): the level 0.4 is first crossed between 1 and 2.
    const noisy = steps([1, 0.2], [2, 0.5], [3, 0.5], [4, 0.3], [5, 0.9]);
    expect(invertSteps(noisy, 0.4, range)).toBeCloseTo(1 + 0.2 / 0.3, 12);
    expect(invertSteps(noisy, 0.7, range)).toBeCloseTo(4 + 0.4 / 0.6, 12);
  });
});

/** calibrate() and, per candidate, what the replay simulates at that value. */
function calibrated(options: CalibrationOptions): { r: CalibrationResult; replayAt: (value: number) => number[][] } {
  const r = calibrate(records, options);
  const replayAt = (value: number) =>
    replayDays(records, { ...options, days: options.on, fitDays: options.on, replications: options.replications ?? 10, [options.unknown ?? 'availability']: value }).days.map((d) =>
      d.simulated.daily.map((f) => f[options.target ?? 'abandonment']).filter((v): v is number => v !== null),
    );
  return { r, replayAt };
}

describe('calibrate(): the observed and the simulated', () => {
  it('averages the observed measure over the calibration days, each from its own records', () => {
    expect(calibrate(records, { on: ['d'], roster, replications: 1, steps: 0 }).observed).toBeCloseTo(0.2, 12);
    expect(calibrate(records, { on: ['e'], roster, replications: 1, steps: 0 }).observed).toBeCloseTo(0.5, 12);
    expect(calibrate(records, { on: ['d', 'e'], roster, replications: 1, steps: 0 }).observed).toBeCloseTo(0.35, 12);
  });

  it('a candidate\'s simulated value is the replay\'s mean over days and replications, its spread the pooled sd of single days', () => {
    const { r, replayAt } = calibrated({ on: ['d', 'e'], roster, replications: 3, steps: 0, unknown: 'handleTimeScale', target: 'abandonment', range: [0.5, 2] });
    expect(r.steps.length).toBeGreaterThanOrEqual(2);
    for (const step of r.steps) {
      const perDay = replayAt(step.value);
      const all = perDay.flat();
      const mean = all.reduce((a, v) => a + v, 0) / all.length;
      let squares = 0;
      let dof = 0;
      for (const values of perDay) {
        const m = values.reduce((a, v) => a + v, 0) / values.length;
        for (const v of values) squares += (v - m) ** 2;
        dof += values.length - 1;
      }
      expect(step.simulated).toBeCloseTo(mean, 12);
      expect(step.daySd).toBeCloseTo(Math.sqrt(squares / dof), 12);
    }
  });

  it('the interval: the values whose simulated measure lies within observed ± 1.96·sd/√days, sd at the value kept', () => {
    const r = calibrate(records, { on: ['d', 'e'], roster, replications: 3, steps: 3, unknown: 'handleTimeScale', target: 'abandonment', range: [0.5, 2] });
    const sd = r.steps.find((s) => s.value === r.value)!.daySd;
    expect(sd).toBeGreaterThan(0);
    const margin = (1.96 * sd) / Math.sqrt(2);
    const ends = [invertSteps(r.steps, r.observed - margin, [0.5, 2]), invertSteps(r.steps, r.observed + margin, [0.5, 2])].sort((a, b) => a - b);
    expect(r.interval).toEqual(ends);
  });

  it('a single replication has a day spread of 0', () => {
    const r = calibrate(records, { on: ['d'], roster, replications: 1, steps: 0, unknown: 'handleTimeScale', range: [0.5, 2] });
    expect(r.steps.map((s) => s.daySd)).toEqual([0, 0]);
  });

  it('says when no replication simulates the measure', () => {
    // No agent: nothing is answered, so no replication has an ASA.
    expect(() => calibrate(records, { on: ['d'], roster: new Array<number>(48).fill(0), replications: 2, target: 'asa' })).toThrow(
      new RangeError('calibrate: no replication defines the simulated asa at availability = 0.3'),
    );
  });

  it('says which day has no observed measure', () => {
    // Day 'x' has nothing answered: no observed ASA, though day 'd' beside it has one.
    const withX = [...records, rec('x', 100, 10), rec('x', 200, 20)];
    expect(() => calibrate(withX, { on: ['d', 'x'], roster, target: 'asa' })).toThrow(new RangeError('calibrate: the observed asa of x is undefined (nothing offered or answered)'));
  });
});

describe('calibrate(): the range ends and the bisection', () => {
  /** The simulated value of a tried candidate. */
  const at = (r: CalibrationResult, value: number) => r.steps.find((s) => s.value === value)!.simulated;

  for (const [unknown, target, range, direction] of [
    ['handleTimeScale', 'abandonment', [0.5, 2], 'increasing'],
    ['handleTimeScale', 'asa', [3, 6], 'increasing'],
    ['availability', 'abandonment', [0.3, 1.5], 'decreasing'],
  ] as const) {
    it(`brackets the observed value (${unknown} against ${target}, ${direction})`, () => {
      const r = calibrate(records, { on: ['d'], roster, replications: 3, steps: 3, unknown, target, range });
      expect(r.atBound).toBeNull();
      expect(at(r, range[1]) > at(r, range[0])).toBe(direction === 'increasing');
      const [lo, hi] = r.bracket;
      expect(hi - lo).toBeCloseTo((range[1] - range[0]) / 8, 12);
      // The bracket's ends lie on either side of the observed value (as far as they were tried).
      const sides = [lo, hi].filter((v) => r.steps.some((s) => s.value === v)).map((v) => Math.sign(at(r, v) - r.observed));
      expect(sides.length).toBe(2);
      expect(sides[0]! * sides[1]!).toBeLessThanOrEqual(0);
      expect(Math.sign(at(r, lo) - r.observed)).toBe(direction === 'increasing' ? -1 : 1);
      // Of the two ends, the one simulated closer to the observed.
      expect([lo, hi]).toContain(r.value);
      const other = r.value === lo ? hi : lo;
      expect(Math.abs(r.simulated - r.observed)).toBeLessThanOrEqual(Math.abs(at(r, other) - r.observed));
      expect(r.simulated).toBe(at(r, r.value));
    });
  }

  it('stops at the low end when the observed value is below an increasing curve\'s start', () => {
    // Handle times twice to three times the fitted: a third or more of the callers hang up.
    const r = calibrate(records, { on: ['d'], roster, replications: 3, unknown: 'handleTimeScale', target: 'abandonment', range: [2, 3] });
    expect(at(r, 3)).toBeGreaterThan(at(r, 2));
    expect(at(r, 2)).toBeGreaterThan(r.observed);
    expect(r).toMatchObject({ atBound: 'low', value: 2, bracket: [2, 2], simulated: at(r, 2) });
    expect(r.steps).toHaveLength(2);
  });

  it('stops at the high end when the observed value is above an increasing curve\'s end', () => {
    // Handle times half to seven eighths of the fitted: hardly anyone hangs up.
    const r = calibrate(records, { on: ['d'], roster, replications: 3, unknown: 'handleTimeScale', target: 'abandonment', range: [0.5, 0.875] });
    expect(at(r, 0.875)).toBeGreaterThan(at(r, 0.5));
    expect(at(r, 0.875)).toBeLessThan(r.observed);
    expect(r).toMatchObject({ atBound: 'high', value: 0.875, bracket: [0.875, 0.875], simulated: at(r, 0.875) });
    expect(r.steps).toHaveLength(2);
  });

  it('stops at the high end of a decreasing curve that stays above the observed value', () => {
    // Patience a thousandth to a hundredth of the fitted: about a quarter of the callers hang up.
    const r = calibrate(records, { on: ['d'], roster, replications: 3, unknown: 'patienceScale', target: 'abandonment', range: [0.001, 0.01] });
    expect(Math.min(at(r, 0.001), at(r, 0.01))).toBeGreaterThan(r.observed);
    expect(r).toMatchObject({ atBound: 'high', value: 0.01, bracket: [0.01, 0.01] });
  });
});
