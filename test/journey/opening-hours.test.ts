import { beforeEach, describe, expect, it } from 'vitest';
import { OpeningHours } from '../../src/model/opening-hours';
import { staffingSteps } from '../../src/model/staffing-plan';

const HOUR = 3600;
const DAY = 24 * HOUR;
const horizon = 3 * DAY;
const shift = (start: number, end: number, agents = 1) => staffingSteps({ kind: 'shifts', shifts: [{ start, end, agents }], period: DAY }, horizon);

describe('OpeningHours', () => {
  // Group 0: 8h–16h; group 1: 14h–20h; group 2: nobody; group 3: half-hour intervals 0,2,0,1 then 0.
  const steps = [
    shift(8 * HOUR, 16 * HOUR),
    shift(14 * HOUR, 20 * HOUR, 2),
    staffingSteps({ kind: 'constant', agents: 0 }, horizon),
    staffingSteps({ kind: 'intervals', intervalLength: 1800, agents: [0, 2, 0, 1], period: DAY }, horizon),
  ];
  // Built inside each test (a value made in the describe body would count as static coverage for Stryker).
  let hours: OpeningHours;
  beforeEach(() => {
    hours = new OpeningHours(steps, [[0], [0, 1], [2], [3], null, []]);
  });

  it('merges the groups of a type into disjoint open intervals', () => {
    expect(hours.intervals(0)).toEqual([0, 1, 2].map((d) => [d * DAY + 8 * HOUR, d * DAY + 16 * HOUR]));
    expect(hours.intervals(1)).toEqual([0, 1, 2].map((d) => [d * DAY + 8 * HOUR, d * DAY + 20 * HOUR]));
    expect(hours.intervals(3)).toEqual(
      [0, 1, 2].flatMap((d) => [
        [d * DAY + 1800, d * DAY + 3600],
        [d * DAY + 5400, d * DAY + 7200],
      ]),
    );
  });

  it('returns the time itself while open, the next opening while closed', () => {
    expect(hours.nextOpening(0, 10 * HOUR)).toBe(10 * HOUR);
    expect(hours.nextOpening(0, 8 * HOUR)).toBe(8 * HOUR);
    expect(hours.nextOpening(0, 16 * HOUR)).toBe(DAY + 8 * HOUR);
    expect(hours.nextOpening(0, 16.5 * HOUR)).toBe(DAY + 8 * HOUR);
    expect(hours.nextOpening(0, 3 * HOUR)).toBe(8 * HOUR);
    expect(hours.nextOpening(1, 17 * HOUR)).toBe(17 * HOUR);
    expect(hours.nextOpening(1, 21 * HOUR)).toBe(DAY + 8 * HOUR);
    expect(hours.nextOpening(3, 3600)).toBe(5400);
    expect(hours.nextOpening(3, 0)).toBe(1800);
  });

  it('gives Infinity when nobody opens again (after the last shift, or a type nobody serves)', () => {
    expect(hours.nextOpening(0, 2 * DAY + 17 * HOUR)).toBe(Infinity);
    expect(hours.nextOpening(2, 0)).toBe(Infinity);
    expect(hours.nextOpening(5, 0)).toBe(Infinity);
  });

  it('keeps the last level open after the horizon (the drain), like the staffing steps', () => {
    const constant = new OpeningHours([staffingSteps({ kind: 'constant', agents: 3 }, horizon)], [[0]]);
    expect(constant.intervals(0)).toEqual([[0, Infinity]]);
    expect(constant.nextOpening(0, 10 * DAY)).toBe(10 * DAY);
  });

  it('treats an untracked type (null: e-mail, messaging) as always open', () => {
    expect(hours.nextOpening(4, 23 * HOUR)).toBe(23 * HOUR);
    expect(hours.intervals(4)).toEqual([[0, Infinity]]);
  });

  it('merges groups whose staffing changes interleave in time', () => {
    // Group a: on 0–10 s, off, on again from 300 s; group b: on 100–200 s.
    const a = { times: [0, 10, 300], agents: [1, 0, 1], peak: 1 };
    const b = { times: [0, 100, 200], agents: [0, 1, 0], peak: 1 };
    const merged = new OpeningHours([a, b], [[0, 1], [1, 0]]);
    const expected = [
      [0, 10],
      [100, 200],
      [300, Infinity],
    ];
    expect(merged.intervals(0)).toEqual(expected);
    expect(merged.intervals(1)).toEqual(expected);
    expect([5, 50, 150, 250].map((t) => merged.nextOpening(0, t))).toEqual([5, 100, 150, 300]);
  });
});
