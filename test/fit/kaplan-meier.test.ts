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
  });

  it('rejects negative waits', () => {
    expect(() => kaplanMeier([{ time: -1, abandoned: true }])).toThrow(/non-negative finite/);
  });
});
