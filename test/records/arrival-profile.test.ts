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
