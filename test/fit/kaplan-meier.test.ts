import { describe, expect, it } from 'vitest';
import { kaplanMeier, restrictedMean } from '../../src/fit/kaplan-meier';

describe('kaplanMeier()', () => {
  // Worked by hand: 6 callers; hang-ups at 1, 3, 3 and 5 s, answered at 2 and 4 s.
  const waits = [
    { time: 3, abandoned: true },
    { time: 1, abandoned: true },
    { time: 2, abandoned: false },
    { time: 5, abandoned: true },
    { time: 4, abandoned: false },
    { time: 3, abandoned: true },
  ];

  it('steps down at each abandonment by the share of callers still waiting who hang up', () => {
    expect(kaplanMeier(waits)).toEqual([
      { time: 1, atRisk: 6, abandoned: 1, survival: 5 / 6 },
      { time: 3, atRisk: 4, abandoned: 2, survival: (5 / 6) * (1 - 2 / 4) },
      { time: 5, atRisk: 1, abandoned: 1, survival: 0 },
    ]);
  });

  it('counts a caller answered at an abandonment time as still at risk then', () => {
    expect(kaplanMeier([{ time: 2, abandoned: false }, { time: 2, abandoned: true }])).toEqual([{ time: 2, atRisk: 2, abandoned: 1, survival: 0.5 }]);
  });

  it('restricted mean: the area under the curve up to the horizon', () => {
    // 1·1 + 2·(5/6) + 2·(5/12) + 1·0
    expect(restrictedMean(kaplanMeier(waits), 6)).toBeCloseTo(3.5, 12);
    expect(restrictedMean(kaplanMeier(waits), 0.5)).toBe(0.5);
    // A horizon between steps: 1·1 + 2·(5/6) + 1·(5/12), the last piece under the curve's level after 3 s.
    expect(restrictedMean(kaplanMeier(waits), 4)).toBeCloseTo(1 + 10 / 6 + 5 / 12, 12);
  });

  it('takes a caller who hung up at once (a wait of 0 s)', () => {
    expect(kaplanMeier([{ time: 1, abandoned: false }, { time: 0, abandoned: true }])).toEqual([{ time: 0, atRisk: 2, abandoned: 1, survival: 0.5 }]);
  });

  it('counts callers with equal times together, whatever their order', () => {
    const answeredFirst = kaplanMeier([{ time: 2, abandoned: false }, { time: 2, abandoned: true }, { time: 2, abandoned: true }, { time: 3, abandoned: true }]);
    const answeredLast = kaplanMeier([{ time: 3, abandoned: true }, { time: 2, abandoned: true }, { time: 2, abandoned: true }, { time: 2, abandoned: false }]);
    expect(answeredFirst).toEqual([
      { time: 2, atRisk: 4, abandoned: 2, survival: 0.5 },
      { time: 3, atRisk: 1, abandoned: 1, survival: 0 },
    ]);
    expect(answeredLast).toEqual(answeredFirst);
  });

  it('rejects negative waits', () => {
    expect(() => kaplanMeier([{ time: -1, abandoned: true }])).toThrow(new RangeError('kaplanMeier: a wait must be a non-negative finite number, got -1'));
    expect(() => kaplanMeier([{ time: Number.NaN, abandoned: true }])).toThrow(/got NaN/);
  });
});
