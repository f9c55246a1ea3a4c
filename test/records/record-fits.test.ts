import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { fitPatience } from '../../src/records/patience-fit';
import { fitRecords } from '../../src/records/record-fits';
import { daySegments, fitSegmentPatience, NO_PRIORITY_SEGMENT, segmentNameOf } from '../../src/records/segment-patience';

/** A record: served when `handle` is given, else abandoned. */
function rec(offered: number, wait: number, handle?: number, priority: string | null = null, line = 0): CallRecord {
  const start = handle === undefined ? null : offered + wait;
  return { line, day: 'd', offered, wait, outcome: handle === undefined ? 'abandoned' : 'served', serviceStart: start, serviceEnd: start === null ? null : start + handle!, contactType: null, agent: null, customer: null, priority };
}

// Handle times 100, 200, 300 (and a 0-second service left out); two abandons.
const records = [rec(0, 10, 100), rec(10, 0, 200), rec(20, 30, 300), rec(30, 5, 0), rec(40, 50), rec(50, 70)];

describe('fitRecords()', () => {
  it('takes the handle times of served contacts with a service longer than 0 s, scaled in the empirical distribution', () => {
    const fits = fitRecords(records, { handleTimeScale: 1.5 });
    expect(fits.handleTimes).toEqual([100, 200, 300]);
    expect(fits.handleTimeMean).toBe(200);
    expect(fits.handleTime).toEqual({ kind: 'empirical', samples: [150, 300, 450] });
    expect(fitRecords(records).handleTime).toEqual({ kind: 'empirical', samples: [100, 200, 300] });
  });

  it('leaves out served records without a service start or end and abandoned ones with service times', () => {
    const odd: CallRecord[] = [
      { ...rec(60, 0, 100), serviceStart: null, serviceEnd: 500 },
      { ...rec(70, 0, 100), serviceStart: -5, serviceEnd: null },
      { ...rec(80, 0, 100), outcome: 'abandoned' },
    ];
    expect(fitRecords([...records, ...odd]).handleTimes).toEqual([100, 200, 300]);
  });

  it('fits exponential patience by default, or the Weibull asked for, and says which in its warning', () => {
    // The waits of test/records/patience-fit.test.ts's hand-worked day (hang-ups after 10–40 s, six
    // callers answered after 100 s; its exponential is 8.8 % off Kaplan–Meier), handle times 50–100 s.
    const day = [10, 20, 30, 40].map((w, i) => rec(i, w)).concat([50, 60, 70, 80, 90, 100].map((h, i) => rec(10 + i, 100, h)));
    expect(fitRecords(day).warnings).toContain("patience: the fitted exponential's mean over the first 100 s (76.2 s) is 8.8 % off the Kaplan–Meier estimate (70.0 s; tolerance 5 %)");
    const weibull = fitRecords(day, { patience: 'weibull' });
    expect(weibull.patience).toEqual({ kind: 'weibull', shape: weibull.weibullFit!.shape, scale: weibull.weibullFit!.scale });
  });

  it('or the lognormal fit, its mean scaled', () => {
    const fits = fitRecords(records, { handleTime: 'lognormal', handleTimeScale: 2 });
    expect(fits.handleTime).toEqual({ kind: 'lognormal', mean: fits.lognormal.mean * 2, cv: fits.lognormal.cv });
  });

  it('warns when the lognormal\'s mean is more than 5 % off the sample mean', () => {
    // Handle times 1, 1, 1000: a lognormal of those logs has a mean far above 334 s.
    const skewed = fitRecords([rec(0, 0, 1), rec(1, 0, 1), rec(2, 0, 1000), rec(3, 9)]);
    const gap = skewed.lognormal.mean / 334 - 1;
    expect(Math.abs(gap)).toBeGreaterThan(0.05);
    expect(skewed.warnings[0]).toBe(`handle time: the fitted lognormal's mean (${skewed.lognormal.mean.toFixed(1)} s) is ${(100 * gap).toFixed(1)} % off the sample mean (334.0 s; tolerance 5 %)`);
    // Handle times 100 and 101: the lognormal's mean is within 0.01 % of 100.5, no warning about them.
    expect(fitRecords([rec(0, 0, 100), rec(1, 0, 101), rec(2, 9)]).warnings.filter((w) => w.startsWith('handle time'))).toEqual([]);
  });

  it('fits patience from the censored waits, as fitPatience does, with the scale', () => {
    const fits = fitRecords(records, { patienceScale: 2, patience: 'exponential' });
    const direct = fitPatience(records, { patience: 'exponential', patienceScale: 2 });
    expect(fits.patienceFit).toEqual(direct.patienceFit);
    expect(fits.patience).toEqual(direct.patience);
    expect(fits.patienceRestrictedMean).toBe(direct.patienceRestrictedMean);
    expect(fits.patienceHorizon).toBe(direct.patienceHorizon);
    expect(fits.weibullFit).toEqual(direct.weibullFit);
    expect(fits.segments).toEqual([]);
  });

  it('prefixes the warnings of each segment with its name', () => {
    const segmented = [rec(0, 10, 100, 'a'), rec(10, 0, 200, 'a'), rec(20, 30, undefined, 'a'), rec(30, 5, 300, 'b'), rec(40, 50, undefined, 'b')];
    const fits = fitRecords(segmented);
    const own = fitSegmentPatience(segmented, { patience: 'exponential', patienceScale: 1 });
    expect(fits.segments).toEqual(own);
    for (const s of own) for (const w of s.warnings) expect(fits.warnings).toContain(`segment ${s.name}: ${w}`);
  });

  it('rejects scales that are not positive numbers and too few handle times', () => {
    for (const [key, bad] of [['handleTimeScale', 0], ['patienceScale', -1], ['handleTimeScale', Number.NaN], ['patienceScale', Infinity]] as const) {
      expect(() => fitRecords(records, { [key]: bad })).toThrow(new RangeError(`fitRecords: ${key} must be a positive number, got ${bad}`));
    }
    expect(() => fitRecords([rec(0, 0, 100), rec(1, 0, 0), rec(2, 5)])).toThrow(new RangeError('fitRecords: need at least 2 served contacts with a handle time > 0, got 1'));
  });
});

describe('segments', () => {
  it('names a segment by its priority value', () => {
    expect(segmentNameOf('gold')).toBe('priority-gold');
    expect(segmentNameOf(null)).toBe(NO_PRIORITY_SEGMENT);
    expect(NO_PRIORITY_SEGMENT).toBe('priority-none');
  });

  it('fits each priority value apart, in name order, with its share; none below two values', () => {
    const two = [rec(0, 10, 100, 'b'), rec(1, 20, undefined, 'b'), rec(2, 5, 100, null), rec(3, 15, undefined, null), rec(4, 25, undefined, null)];
    const segments = fitSegmentPatience(two, { patience: 'exponential', patienceScale: 1 });
    expect(segments.map((s) => [s.name, s.value, s.offered, s.share])).toEqual([
      ['priority-b', 'b', 2, 0.4],
      ['priority-none', null, 3, 0.6],
    ]);
    expect(segments[0]!.patienceFit).toEqual(fitPatience(two.slice(0, 2), { patience: 'exponential', patienceScale: 1 }).patienceFit);
    expect(fitSegmentPatience(two.slice(0, 2), { patience: 'exponential', patienceScale: 1 })).toEqual([]);
  });

  it('names the segment it cannot fit', () => {
    const noAbandon = [rec(0, 10, 100, 'b'), rec(1, 20, 100, 'b'), rec(2, 5, undefined, 'c')];
    expect(() => fitSegmentPatience(noAbandon, { patience: 'exponential', patienceScale: 1 })).toThrow(/^segment priority-b \(2 contacts, priority 'b'\): .*; drop the priority column from the mapping to fit one patience for every contact$/);
    const missing = [rec(0, 10, 100, null), rec(1, 20, 100, null), rec(2, 5, undefined, 'c')];
    expect(() => fitSegmentPatience(missing, { patience: 'exponential', patienceScale: 1 })).toThrow(/^segment priority-none \(2 contacts, priority missing\): /);
  });

  it('gives each segment of a day its share and its arrivals: its own trace, or its share of the expected counts', () => {
    const own = [rec(5, 0, 1, 'b'), rec(6, 0, 1, null), rec(7, 0, 1, 'b')];
    const segments = [
      { name: 'priority-b', share: 0.25, patience: { kind: 'deterministic', value: 1 } },
      { name: 'priority-none', share: 0.75, patience: { kind: 'deterministic', value: 2 } },
    ] as never;
    expect(daySegments(own, segments, null, 'd')).toEqual([
      { name: 'priority-b', share: 0.25, patience: { kind: 'deterministic', value: 1 }, arrivals: [5, 7] },
      { name: 'priority-none', share: 0.75, patience: { kind: 'deterministic', value: 2 }, arrivals: [6] },
    ]);
    expect(daySegments(own, segments, [4, 8], 'd').map((s) => s.arrivals)).toEqual([{ perInterval: [1, 2] }, { perInterval: [3, 6] }]);
    expect(() => daySegments([rec(5, 0, 1, 'zz', 12)], segments, null, 'd')).toThrow(
      new RangeError('d: line 12 is in segment priority-zz, not seen on the fit days, so its patience is unknown; the fit days hold priority-b, priority-none'),
    );
  });
});
