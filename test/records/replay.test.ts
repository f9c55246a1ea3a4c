import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/records/day-figures';
import { importCallRecords } from '../../src/records/import-records';
import { BANK_MAPPING, ROUTELAB_MAPPING } from '../../src/records/mapping';
import { replayDays } from '../../src/records/replay';
import { compareMeasure, compareReplay, quantileOfSorted } from '../../src/records/replay-comparison';
import { synthesizeCallRecords } from '../../src/records/synthetic-records';
import { parseScenario } from '../../src/scenario/resolve';
import { syntheticCenter, truthStaffing } from './synthetic-center';

describe('figuresOf()', () => {
  it('counts abandonment and the answered-within shares over offered, ASA over answered', () => {
    const f = figuresOf([
      { offered: 0, wait: 10, abandoned: false },
      { offered: 0, wait: 30, abandoned: false },
      { offered: 0, wait: 90, abandoned: false },
      { offered: 0, wait: 50, abandoned: true },
    ]);
    expect(f).toEqual({ offered: 4, abandonment: 0.25, asa: 130 / 3, within20: 0.25, within60: 0.5 });
    expect(figuresOf([])).toEqual({ offered: 0, abandonment: null, asa: null, within20: null, within60: null });
  });
});

describe('compareMeasure()', () => {
  it('gives the mean, its t interval, the 2.5–97.5 % band and whether the observed value is in it', () => {
    const values = [1, 2, 3, 4, 5];
    const c = compareMeasure('asa', 4.9, values);
    expect(c.mean).toBe(3);
    // sd = √2.5; t(0.975, 4) = 2.776
    expect(c.halfWidth).toBeCloseTo((2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 2);
    expect(c.bandLow).toBeCloseTo(1.1, 12); // 1 + 0.1 × (2 − 1)
    expect(c.bandHigh).toBeCloseTo(4.9, 12);
    expect(c).toMatchObject({ error: 3 - 4.9, inBand: true });
    expect(compareMeasure('asa', 5, values).inBand).toBe(false);
    expect(compareMeasure('asa', null, [null, null])).toMatchObject({ mean: null, bandLow: null, inBand: null, error: null });
    expect(quantileOfSorted([0, 10], 0.25)).toBe(2.5);
  });
});

describe('replayDays() on the bank day', () => {
  // Imported inside the tests: work in a describe body is static coverage to mutation testing.
  const bank = () => importCallRecords(readFileSync(new URL('../../examples/data/anonymous-bank-one-day.csv', import.meta.url), 'utf8'), BANK_MAPPING).records;

  it('builds a valid scenario with the real arrivals and replays them exactly', () => {
    const records = bank();
    const replay = replayDays(records, { replications: 2 });
    const day = replay.days[0]!;
    expect(parseScenario(day.scenario).ok).toBe(true);
    expect(day.simulated.daily.map((f) => f.offered)).toEqual([2238, 2238]);
    expect(day.observed.offered).toBe(2238);
    expect(day.previous).toBeNull();
    // The fitted lognormal's mean is more than 5 % off the sample mean on this day: a warning.
    expect(replay.fits.warnings.join()).toMatch(/lognormal's mean \(211\.2 s\) is 8\.8 % off the sample mean \(194\.0 s/);
  });

  it('more available agents, less abandonment (common random numbers)', () => {
    const records = bank();
    const low = replayDays(records, { replications: 2, availability: 0.7 }).days[0]!.simulated.daily;
    const high = replayDays(records, { replications: 2, availability: 1 }).days[0]!.simulated.daily;
    low.forEach((f, r) => expect(f.abandonment!).toBeGreaterThan(high[r]!.abandonment!));
  });

  it('names days that are not in the records', () => {
    const records = bank();
    expect(() => replayDays(records, { days: ['day-2'] })).toThrow("days: 'day-2' not in the records; did you mean 'day-1'?; the records hold day-1");
  });
});

describe('replay of routelab-written days of a known center', () => {
  it('covers the observed hours in the prediction bands at about the nominal rate', () => {
    const { records, days } = importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 3, seed: 21 }), ROUTELAB_MAPPING);
    // With the true staffing, the model is right up to the fitted handle times and patience; the
    // band of 12 replications (2.5–97.5 %) should hold an observed hour about 85–95 % of the
    // time. 3 days × 4 open hours × 4 measures = 48 cells; at 90 % nominal, 36 or fewer inside
    // has a probability below 1 %. The long run (scripts/records-validation.ts) uses more days.
    const comparison = compareReplay(replayDays(records, { roster: truthStaffing(), replications: 12 }));
    let inside = 0;
    let cells = 0;
    for (const d of comparison.days) {
      for (const hour of d.hours) {
        for (const c of hour) {
          if (c.measure === 'offered' || c.inBand === null || c.observed === null) continue;
          cells++;
          if (c.inBand) inside++;
        }
      }
    }
    expect(cells).toBe(48);
    expect(inside).toBeGreaterThan(36);
    // Persistence is scored from the second day on.
    expect(comparison.summary.find((r) => r.measure === 'abandonment')).toMatchObject({ days: 3, persistenceDays: 2 });
    expect(days).toHaveLength(3);
  });
});
