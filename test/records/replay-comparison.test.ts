import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../src/records/day-figures';
import type { ReplayResult } from '../../src/records/replay';
import { compareMeasure, compareReplay, quantileOfSorted } from '../../src/records/replay-comparison';

describe('quantileOfSorted()', () => {
  it('interpolates between order statistics (R type 7)', () => {
    expect(quantileOfSorted([7], 0.975)).toBe(7);
    expect(quantileOfSorted([0, 10, 20], 0)).toBe(0);
    expect(quantileOfSorted([0, 10, 20], 1)).toBe(20);
    // h = 2 × 0.6 = 1.2: 10 + 0.2 × 10.
    expect(quantileOfSorted([0, 10, 20], 0.6)).toBeCloseTo(12, 12);
    expect(quantileOfSorted([0, 10, 40], 0.75)).toBeCloseTo(25, 12);
  });
});

describe('compareMeasure() on hand-worked values', () => {
  it('sorts the replications and skips the ones without a value', () => {
    const c = compareMeasure('asa', 10, [30, null, 10, 20]);
    expect(c.mean).toBe(20);
    // sd = 10, t(0.975, 2) = 4.303: 4.303 × 10/√3.
    expect(c.halfWidth).toBeCloseTo((4.303 * 10) / Math.sqrt(3), 2);
    // h = 2 × 0.025 = 0.05 → 10.5; h = 1.95 → 29.5.
    expect(c.bandLow).toBeCloseTo(10.5, 12);
    expect(c.bandHigh).toBeCloseTo(29.5, 12);
    expect(c.error).toBe(10); // mean − observed
    expect(c.inBand).toBe(false);
  });

  it('one value: a mean and a band of that value, no interval', () => {
    expect(compareMeasure('offered', 12, [12])).toEqual({ measure: 'offered', observed: 12, mean: 12, halfWidth: null, bandLow: 12, bandHigh: 12, error: 0, inBand: true });
  });

  it('counts an observed value on the band’s ends as inside', () => {
    const values = [0, 1];
    const low = quantileOfSorted(values, 0.025);
    const high = quantileOfSorted(values, 0.975);
    expect(compareMeasure('within20', low, values).inBand).toBe(true);
    expect(compareMeasure('within20', high, values).inBand).toBe(true);
    expect(compareMeasure('within20', low - 1e-9, values).inBand).toBe(false);
    expect(compareMeasure('within20', high + 1e-9, values).inBand).toBe(false);
    // The band takes 10⁻¹² of slack on each side, its edges included.
    expect(compareMeasure('within20', 1 - 1e-12, [1, 1]).inBand).toBe(true);
    expect(compareMeasure('within20', 1 + 1e-12, [1, 1]).inBand).toBe(true);
  });

  it('two values: the t interval with 1 degree of freedom', () => {
    // sd = √2, t(0.975, 1) = 12.706: 12.706 × √2/√2.
    expect(compareMeasure('asa', 1, [1, 3]).halfWidth).toBeCloseTo(12.706, 3);
  });

  it('has no mean, interval, band or error when no replication has a value', () => {
    expect(compareMeasure('asa', 5, [null, null])).toEqual({ measure: 'asa', observed: 5, mean: null, halfWidth: null, bandLow: null, bandHigh: null, error: null, inBand: null });
  });

  it('has no error or band check without an observed value', () => {
    expect(compareMeasure('asa', null, [1, 2])).toMatchObject({ mean: 1.5, error: null, inBand: null });
  });
});

describe('compareReplay() on made-up days', () => {
  const figures = (abandonment: number | null, offered = 100): DayFigures => ({ offered, abandonment, asa: null, within20: null, within60: null });
  const quiet = Array.from({ length: 24 }, () => figures(null, 0));
  /** A day observed with `observed` abandonment, simulated by replications of `simulated`. */
  const day = (name: string, observed: number | null, simulated: readonly number[], previous: DayFigures | null) => ({
    day: name,
    observed: figures(observed),
    observedHourly: quiet.map((f, h) => (h === 9 ? figures(observed) : f)),
    previous,
    simulated: { daily: simulated.map((a) => figures(a)), hourly: simulated.map((a) => quiet.map((f, h) => (h === 9 ? figures(a) : f))) },
  });
  const replay = {
    days: [
      // Day 1: simulated mean 0.1, observed 0.12 (error −0.02), above the band's top (0.119).
      day('d1', 0.12, [0.08, 0.1, 0.12], null),
      // Day 2: simulated mean 0.2, observed 0.19 (error 0.01, in the band); persistence says 0.12.
      day('d2', 0.19, [0.15, 0.2, 0.25], figures(0.12)),
      // Day 3: nothing observed; persistence says 0.19 but there is no observation to score.
      day('d3', null, [0.3, 0.3, 0.3], figures(0.19)),
      // Day 4: observed 0.1, simulated 0.1; the day before had no abandonment figure: no persistence score.
      day('d4', 0.1, [0.1, 0.1, 0.1], figures(null)),
    ],
  } as unknown as ReplayResult;

  it('compares every day and hour, and keeps the previous day as the persistence forecast', () => {
    const c = compareReplay(replay);
    expect(c.days.map((d) => d.day)).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(c.days[0]!.persistence).toEqual({});
    expect(c.days[1]!.persistence).toEqual({ abandonment: 0.12, asa: null, within20: null, within60: null, offered: 100 });
    const abandonment = c.days[1]!.measures[0]!;
    expect(abandonment.measure).toBe('abandonment');
    expect(abandonment.mean).toBeCloseTo(0.2, 12);
    expect(abandonment.error).toBeCloseTo(0.01, 12);
    expect(abandonment.inBand).toBe(true);
    expect(c.days[1]!.hours).toHaveLength(24);
    expect(c.days[1]!.hours[9]![0]!.mean).toBeCloseTo(0.2, 12);
    expect(c.days[1]!.hours[8]![0]).toMatchObject({ observed: null, mean: null });
  });

  it('sums up over the days with an error, and scores persistence where a previous day and an observation exist', () => {
    const row = compareReplay(replay).summary.find((r) => r.measure === 'abandonment')!;
    expect(row.days).toBe(3);
    expect(row.meanAbsoluteError).toBeCloseTo((0.02 + 0.01 + 0) / 3, 12);
    expect(row.bias).toBeCloseTo((-0.02 + 0.01 + 0) / 3, 12);
    // Day 1's 0.12 is above its band's top, 0.1 + 0.95 × 0.02 = 0.119; days 2 and 4 are inside.
    expect(row.bandCoverage).toBeCloseTo(2 / 3, 12);
    expect(row.persistenceDays).toBe(1);
    expect(row.persistenceError).toBeCloseTo(0.07, 12);
    expect(row.modelErrorOnPersistenceDays).toBeCloseTo(0.01, 12);
    const asa = compareReplay(replay).summary.find((r) => r.measure === 'asa')!;
    expect(asa).toEqual({ measure: 'asa', days: 0, meanAbsoluteError: null, bias: null, bandCoverage: null, persistenceDays: 0, persistenceError: null, modelErrorOnPersistenceDays: null });
    const offered = compareReplay(replay).summary.find((r) => r.measure === 'offered')!;
    expect(offered).toMatchObject({ days: 4, meanAbsoluteError: 0, persistenceDays: 3, persistenceError: 0 });
  });
});
