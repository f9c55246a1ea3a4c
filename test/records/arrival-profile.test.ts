import { describe, expect, it } from 'vitest';
import { arrivalProfile, busynessFactor, weekdayOf } from '../../src/records/arrival-profile';
import type { CallRecord } from '../../src/records/call-record';
import { importCallRecords } from '../../src/records/import-records';
import { ROUTELAB_MAPPING } from '../../src/records/mapping';
import { replayDays } from '../../src/records/replay';
import { synthesizeCallRecords } from '../../src/records/synthetic-records';
import { syntheticCenter, truthStaffing } from './synthetic-center';

const at = (day: string, offered: number): CallRecord => ({ line: 0, day, offered, wait: 0, outcome: 'served', serviceStart: offered, serviceEnd: offered + 1, contactType: null, agent: null, customer: null, priority: null });

describe('arrivalProfile()', () => {
  // 2026-03-02 and 2026-03-09 are Mondays, 2026-03-03 a Tuesday.
  const records = [at('2026-03-02', 100), at('2026-03-02', 4000), at('2026-03-09', 200), at('2026-03-03', 100), at('2026-03-03', 200), at('2026-03-03', 300)];
  const days = ['2026-03-02', '2026-03-03', '2026-03-09'];

  it('averages the arrivals per interval over the days of the same weekday', () => {
    const monday = arrivalProfile(records, days, { interval: 3600, weekday: 1 });
    expect(monday.days).toEqual(['2026-03-02', '2026-03-09']);
    expect(monday.counts.slice(0, 3)).toEqual([1, 0.5, 0]);
    expect(monday.counts.reduce((a, c) => a + c, 0)).toBe(1.5);
    expect(monday.weekday).toBe(1);
  });

  it('falls back to all the days when none has the weekday', () => {
    const sunday = arrivalProfile(records, days, { interval: 3600, weekday: 7 });
    expect(sunday).toMatchObject({ weekday: null, days });
    expect(sunday.counts[0]).toBeCloseTo(5 / 3, 12);
  });

  it('the busyness factor scales the profile to the day total', () => {
    expect(busynessFactor(arrivalProfile(records, days, { interval: 3600, weekday: 1 }), 3)).toBe(2);
    expect([weekdayOf('2026-03-02'), weekdayOf('2026-03-08'), weekdayOf('day-1')]).toEqual([1, 7, null]);
  });
});

describe('arrivalProfile(): edges', () => {
  it('defaults to half-hour intervals over every day given', () => {
    const profile = arrivalProfile([at('a', 0), at('a', 1799), at('a', 1800), at('b', 86_399)], ['a', 'b']);
    expect(profile.interval).toBe(1800);
    expect(profile.counts).toHaveLength(48);
    expect(profile.counts.slice(0, 2)).toEqual([1, 0.5]);
    expect(profile.counts[47]).toBe(0.5);
    expect(profile).toMatchObject({ weekday: null, days: ['a', 'b'] });
  });

  it('counts an arrival past midnight in the last interval and leaves out the days not asked for', () => {
    const profile = arrivalProfile([at('a', 90_000), at('b', 10)], ['a'], { interval: 43_200 });
    expect(profile.counts).toEqual([0, 1]);
  });

  it('names an interval that does not divide a day and an empty list of days', () => {
    for (const interval of [0, 7, -1800, Number.NaN]) {
      expect(() => arrivalProfile([], ['a'], { interval })).toThrow(new RangeError(`arrivalProfile: interval must divide a day of 86,400 s, got ${interval}`));
    }
    expect(() => arrivalProfile([], [])).toThrow(new RangeError('arrivalProfile: give at least one day'));
  });

  it('a busyness factor of 1 for an empty profile', () => {
    expect(busynessFactor(arrivalProfile([], ['a'], { interval: 86_400 }), 50)).toBe(1);
  });

  it('weekdays only of real yyyy-MM-dd dates', () => {
    expect([weekdayOf('2026-03-07'), weekdayOf('2026-13-01'), weekdayOf('2026-3-02'), weekdayOf('x2026-03-02')]).toEqual([6, null, null, null]);
    // Labels a Date would read (an ISO month, an expanded year) are still not yyyy-MM-dd days.
    expect([weekdayOf('2026-03'), weekdayOf('+002026-03-02')]).toEqual([null, null]);
  });

  it('without a weekday, every day given counts, dates and labels alike', () => {
    const profile = arrivalProfile([at('monday', 100), at('2026-03-02', 200)], ['monday', '2026-03-02'], { interval: 3600 });
    expect(profile.days).toEqual(['monday', '2026-03-02']);
    expect(profile.counts[0]).toBe(1);
  });
});

describe('replay with profile arrivals', () => {
  it('draws the arrivals: the offered count varies around the day total', () => {
    const { records, days } = importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 2, seed: 4 }), ROUTELAB_MAPPING);
    const day = replayDays(records, { days: [days[0]!], fitDays: days, roster: truthStaffing(), arrivals: 'profile', replications: 6 }).days[0]!;
    const offered = day.simulated.daily.map((f) => f.offered);
    expect(new Set(offered).size).toBeGreaterThan(1);
    const mean = offered.reduce((a, n) => a + n, 0) / offered.length;
    // Poisson with mean = the day's total (the busyness factor scales the profile to it): sd ≈ √480 ≈ 22.
    expect(Math.abs(mean - day.observed.offered)).toBeLessThan((4 * Math.sqrt(day.observed.offered)) / Math.sqrt(offered.length) + 1);
  });
});
