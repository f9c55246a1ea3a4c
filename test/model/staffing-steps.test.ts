import { describe, expect, it } from 'vitest';
import { agentsAt, staffingSteps, type StaffingSteps } from '../../src/model/staffing-plan';

const H = 3600;
const DAY = 24 * H;

describe('staffingSteps()', () => {
  it('gives a constant staffing one step at time 0', () => {
    expect(staffingSteps({ kind: 'constant', agents: 4 }, H)).toEqual({ times: [0], agents: [4], peak: 4 });
    expect(staffingSteps({ kind: 'constant', agents: 0 }, H)).toEqual({ times: [0], agents: [0], peak: 0 });
  });

  it('repeats per-interval levels every period, lists only changes and stops before the horizon', () => {
    // Half-hour intervals [2, 4, 5, 3] fill the 2 h period; the horizon 2.5 h cuts the second period
    // after its first interval (the level 4 it would have at 2.5 h is not listed).
    const steps = staffingSteps({ kind: 'intervals', intervalLength: 1800, agents: [2, 4, 5, 3], period: 2 * H }, 2.5 * H);
    expect(steps).toEqual({ times: [0, 1800, 3600, 5400, 7200], agents: [2, 4, 5, 3, 2], peak: 5 });
  });

  it('merges equal neighbouring intervals and puts 0 after the last listed interval of a period', () => {
    // Hourly [2, 2] in a 3 h period: 2 for two hours, then 0 for one, then the next period.
    const steps = staffingSteps({ kind: 'intervals', intervalLength: H, agents: [2, 2], period: 3 * H }, 4 * H);
    expect(steps).toEqual({ times: [0, 2 * H, 3 * H], agents: [2, 0, 2], peak: 2 });
  });

  it('gives a level of 0 at time 0 when there is nothing before the horizon', () => {
    expect(staffingSteps({ kind: 'intervals', intervalLength: H, agents: [3], period: DAY }, 0)).toEqual({ times: [0], agents: [0], peak: 0 });
  });

  it('adds up overlapping shifts, a shift counting from its start up to (not at) its end', () => {
    // A: 0–8 h, 2 agents; B: 4–12 h, 3 agents. The horizon 12 h is B's end: not listed.
    const steps = staffingSteps(
      {
        kind: 'shifts',
        period: DAY,
        shifts: [
          { start: 0, end: 8 * H, agents: 2 },
          { start: 4 * H, end: 12 * H, agents: 3 },
        ],
      },
      12 * H,
    );
    expect(steps).toEqual({ times: [0, 4 * H, 8 * H], agents: [2, 5, 3], peak: 5 });
  });

  it('counts a night shift of the day before at time 0 and repeats the shifts every period', () => {
    // Night 22 h–30 h (2 agents), day 8 h–16 h (3 agents), over two days.
    const steps = staffingSteps(
      {
        kind: 'shifts',
        period: DAY,
        shifts: [
          { start: 22 * H, end: 30 * H, agents: 2 },
          { start: 8 * H, end: 16 * H, agents: 3 },
        ],
      },
      2 * DAY,
    );
    expect(steps.times).toEqual([0, 6 * H, 8 * H, 16 * H, 22 * H, 30 * H, 32 * H, 40 * H, 46 * H]);
    expect(steps.agents).toEqual([2, 0, 3, 0, 2, 0, 3, 0, 2]);
    expect(steps.peak).toBe(3);
  });
});

describe('agentsAt()', () => {
  it('reads the step in force at t: 0 before the first, the last one after the end', () => {
    // Levels 1..6 from 0, 10, ..., 50 s.
    const steps: StaffingSteps = { times: [0, 10, 20, 30, 40, 50], agents: [1, 2, 3, 4, 5, 6], peak: 6 };
    for (let t = 0; t < 70; t += 5) expect(agentsAt(steps, t)).toBe(Math.min(6, Math.floor(t / 10) + 1));
    expect(agentsAt(steps, -1)).toBe(0);
    expect(agentsAt(steps, 1e9)).toBe(6);
    const late: StaffingSteps = { times: [100, 200], agents: [7, 3], peak: 7 };
    expect([agentsAt(late, 99), agentsAt(late, 100), agentsAt(late, 199.5), agentsAt(late, 200)]).toEqual([0, 7, 7, 3]);
  });
});
