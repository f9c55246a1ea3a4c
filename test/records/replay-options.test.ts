import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { buildDayModel, checkDays, daysOf, fitsFor, offeredOf, replayDays, resolveReplayOptions } from '../../src/records/replay';

/** A record of `day`: served when `handle` is given (service from offered + wait), else abandoned. */
function rec(day: string, offered: number, wait: number, handle?: number, priority: string | null = null): CallRecord {
  const start = handle === undefined ? null : offered + wait;
  return { line: 0, day, offered, wait, outcome: handle === undefined ? 'abandoned' : 'served', serviceStart: start, serviceEnd: start === null ? null : start + handle!, contactType: null, agent: null, customer: null, priority };
}

// Three small days, out of order in the "file". d1: three contacts in 01:00–01:30 (interval 2 of
// 30 minutes); d2: one in 02:00–02:30 (interval 4); d0: two.
const records: CallRecord[] = [
  rec('d2', 7300, 0, 100),
  rec('d1', 3600, 0, 100),
  rec('d1', 3700, 10, 200),
  rec('d1', 4000, 30),
  rec('d0', 100, 5, 50),
  rec('d0', 200, 40),
];

describe('daysOf() and checkDays()', () => {
  it('lists each day once, sorted', () => {
    expect(daysOf(records)).toEqual(['d0', 'd1', 'd2']);
    expect(daysOf([])).toEqual([]);
  });

  it('names the missing days and the days there are; a suggestion only for one missing day', () => {
    expect(() => checkDays(records, ['d1', 'd2'])).not.toThrow();
    expect(() => checkDays(records, ['d9', 'x'])).toThrow(new RangeError("days: 'd9', 'x' not in the records; the records hold d0, d1, d2"));
    expect(() => checkDays(records, ['d3'], 'fit days')).toThrow(new RangeError("fit days: 'd3' not in the records; did you mean 'd0'?; the records hold d0, d1, d2"));
  });

  it('shows the first 12 days of longer records and counts them', () => {
    const many = Array.from({ length: 13 }, (_, i) => rec(`day-${String(i + 10)}`, 0, 0, 1));
    expect(() => checkDays(many, ['zzz'])).toThrow(
      new RangeError("days: 'zzz' not in the records; the records hold day-10, day-11, day-12, day-13, day-14, day-15, day-16, day-17, day-18, day-19, day-20, day-21, ... (13 days)"),
    );
    const twelve = many.slice(0, 12);
    expect(() => checkDays(twelve, ['zzz'])).toThrow(/the records hold day-10, .*, day-21$/);
  });
});

describe('resolveReplayOptions()', () => {
  it('fills every default: all days, fitted on themselves, sessions staffing, 30 replications', () => {
    expect(resolveReplayOptions(records, {})).toEqual({
      days: ['d0', 'd1', 'd2'],
      roster: null,
      fitDays: ['d0', 'd1', 'd2'],
      staffing: 'sessions',
      availability: 1,
      interval: 1800,
      sessionGap: 1800,
      handleTime: 'empirical',
      handleTimeScale: 1,
      patienceScale: 1,
      patience: 'exponential',
      arrivals: 'trace',
      replications: 30,
      seed: 1,
    });
  });

  it('keeps what is given, the fit days defaulting to the replayed days', () => {
    const given = { days: ['d1'], staffing: 'busy', roster: [0, 2.5], availability: 0.8, interval: 900, sessionGap: 600, handleTime: 'lognormal', handleTimeScale: 1.1, patienceScale: 0.9, patience: 'weibull', arrivals: 'profile', replications: 3, seed: 7 } as const;
    expect(resolveReplayOptions(records, given)).toEqual({ ...given, days: ['d1'], fitDays: ['d1'], roster: [0, 2.5] });
    expect(resolveReplayOptions(records, { days: ['d1'], fitDays: ['d0', 'd2'] }).fitDays).toEqual(['d0', 'd2']);
  });

  it('rejects empty records, unknown days and fit days, an unknown staffing estimate and a bad roster', () => {
    expect(() => resolveReplayOptions([], {})).toThrow(new RangeError('replay: no days to replay (the records are empty)'));
    expect(() => resolveReplayOptions(records, { days: [] })).toThrow(new RangeError('replay: no days to replay (the records are empty)'));
    expect(() => resolveReplayOptions(records, { days: ['d7', 'd8'] })).toThrow(/^days: 'd7', 'd8' not in the records/);
    expect(() => resolveReplayOptions(records, { fitDays: ['d7', 'd8'] })).toThrow(/^fit days: 'd7', 'd8' not in the records/);
    expect(() => resolveReplayOptions(records, { staffing: 'agents' as never })).toThrow(new RangeError("replay: staffing must be one of sessions, seen, busy, got 'agents'"));
    const rosterError = new RangeError('replay: roster must list at least one non-negative number of agents per interval');
    for (const roster of [[], [1, -1], [Number.NaN], [2, Infinity]]) expect(() => resolveReplayOptions(records, { roster })).toThrow(rosterError);
    expect(resolveReplayOptions(records, { roster: [0] }).roster).toEqual([0]);
  });
});

describe('buildDayModel()', () => {
  it('a roster times the availability, rounded, replaces the estimate; the trace is the day\'s own offered times', () => {
    const o = resolveReplayOptions(records, { roster: [1.4, 2.6, 3], availability: 0.5 });
    const model = buildDayModel(records, 'd1', fitsFor(records, o), o);
    // 0.7 → 1, 1.3 → 1, 1.5 → 2
    expect(model.plan).toEqual([1, 1, 2]);
    expect(model.day).toBe('d1');
    expect(model.scenario.name).toBe('replay of d1 (roster staffing × 0.500)');
    expect(model.scenario.contactTypes[0]!.arrivals).toEqual({ trace: [3600, 3700, 4000] });
    expect(model.scenario.agentGroups[0]!.agents).toEqual({ perInterval: [1, 1, 2] });
  });

  it('without a roster: the chosen estimate of the day\'s own records, named in the scenario', () => {
    const o = resolveReplayOptions(records, { staffing: 'seen' });
    const model = buildDayModel(records, 'd1', fitsFor(records, o), o);
    expect(model.scenario.name).toBe('replay of d1 (seen staffing × 1.000)');
    // No agent is named in the records: nobody is seen working.
    expect(model.plan).toEqual(model.estimates.seen.map((x) => Math.round(x)));
    expect(model.plan.every((n) => n === 0)).toBe(true);
    expect(model.plan).toHaveLength(48);
  });

  it('profile arrivals: the fit days\' mean count per interval times the day\'s busyness', () => {
    // Fit days d1 (3 contacts in interval 2) and d2 (1 in interval 4): the profile is 1.5 and 0.5
    // (2 a day). d1 offered 3: busyness 1.5, so 2.25 and 0.75 expected.
    const o = resolveReplayOptions(records, { days: ['d1'], fitDays: ['d1', 'd2'], arrivals: 'profile' });
    const arrivals = buildDayModel(records, 'd1', fitsFor(records, o), o).scenario.contactTypes[0]!.arrivals as { perInterval: number[]; interval: number };
    const expected = new Array<number>(48).fill(0);
    expected[2] = 2.25;
    expected[4] = 0.75;
    expect(arrivals.interval).toBe(1800);
    arrivals.perInterval.forEach((x, k) => expect(x).toBeCloseTo(expected[k]!, 12));
  });

  it('estimates the staffing and the arrival profile on the interval given', () => {
    // Hour intervals: 24 of them; d1's contacts fall in hour 1, d2's in hour 2.
    const o = resolveReplayOptions(records, { days: ['d1'], fitDays: ['d1', 'd2'], arrivals: 'profile', interval: 3600 });
    const model = buildDayModel(records, 'd1', fitsFor(records, o), o);
    expect(model.plan).toHaveLength(24);
    const arrivals = model.scenario.contactTypes[0]!.arrivals as { perInterval: number[]; interval: number };
    const expected = new Array<number>(24).fill(0);
    expected[1] = 2.25;
    expected[2] = 0.75;
    expect(arrivals.interval).toBe(3600);
    expect(arrivals.perInterval).toHaveLength(24);
    arrivals.perInterval.forEach((x, k) => expect(x).toBeCloseTo(expected[k]!, 12));
  });

  it('fits on the fit days only', () => {
    // d1's handle times are 100 and 200 s; d2's is 100 s, d0's 50 s.
    expect(fitsFor(records, resolveReplayOptions(records, { fitDays: ['d1'] })).handleTimes).toEqual([100, 200]);
    expect(fitsFor(records, resolveReplayOptions(records, { fitDays: ['d0', 'd1'], handleTimeScale: 2 })).handleTime).toEqual({ kind: 'empirical', samples: [200, 400, 100] });
  });

  it('customer segments when the records carry two priorities', () => {
    const withPriority = records.map((r, i) => ({ ...r, priority: i % 2 === 0 ? 'a' : 'b' }));
    const withSegments = [...withPriority, rec('d1', 4100, 20, undefined, 'a'), rec('d1', 4200, 25, undefined, 'b'), rec('d1', 4300, 5, 60, 'b')];
    const o = resolveReplayOptions(withSegments, { days: ['d1'] });
    const model = buildDayModel(withSegments, 'd1', fitsFor(withSegments, o), o);
    expect(model.scenario.segments?.map((s) => s.name)).toEqual(['priority-a', 'priority-b']);
    expect(model.scenario.contactTypes.map((t) => t.name)).toEqual(['calls-priority-a', 'calls-priority-b']);
    // Without priorities: one contact type, no segments.
    const plain = buildDayModel(records, 'd1', fitsFor(records, o), o).scenario;
    expect(plain.segments).toBeUndefined();
  });
});

describe('replayDays() on three tiny days', () => {
  it('sets each day beside its observed figures and the previous day of the records', () => {
    const replay = replayDays(records, { days: ['d1', 'd2'], replications: 2, roster: new Array<number>(48).fill(1) });
    expect(replay.days.map((d) => d.day)).toEqual(['d1', 'd2']);
    const [d1, d2] = replay.days;
    // d1: 3 offered, one abandoned, waits 0 and 10 s answered.
    expect(d1!.observed).toEqual({ offered: 3, abandonment: 1 / 3, asa: 5, within20: 2 / 3, within60: 2 / 3 });
    expect(d1!.observedHourly).toHaveLength(24);
    expect(d1!.observedHourly[1]).toEqual(d1!.observed);
    // d1's previous day is d0 (two offered, one abandoned), d2's is d1.
    expect(d1!.previous).toEqual({ offered: 2, abandonment: 0.5, asa: 5, within20: 0.5, within60: 0.5 });
    expect(d2!.previous).toEqual(d1!.observed);
    expect(replay.days[0]!.simulated.daily.map((f) => f.offered)).toEqual([3, 3]);
    expect(d2!.simulated.daily.map((f) => f.offered)).toEqual([1, 1]);
    expect(replay.options.replications).toBe(2);
    expect(replay.fits.handleTimes).toEqual([100, 100, 200]);
  });

  it('the first day of the records has no previous day', () => {
    expect(replayDays(records, { days: ['d0'], fitDays: ['d1'], replications: 1, roster: [1] }).days[0]!.previous).toBeNull();
  });

  it('a record as an offered contact', () => {
    expect(offeredOf(rec('d', 50, 7, 3))).toEqual({ offered: 50, wait: 7, abandoned: false });
    expect(offeredOf(rec('d', 50, 7))).toEqual({ offered: 50, wait: 7, abandoned: true });
  });
});
