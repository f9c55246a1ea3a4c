import { describe, expect, it } from 'vitest';
import { checkShiftTemplates, scheduleShifts } from '../../src/optimize/shifts';
import { ScenarioError } from '../../src/scenario/errors';

const H = 3600;
const grid = { intervals: 8, intervalLength: H };

describe('scheduleShifts()', () => {
  it('covers the requirement with the fewest paid hours', async () => {
    // 20 agent-hours are needed; two 4-hour shifts at 0h and three at 4h cover them exactly, so no
    // plan can pay fewer than 20 hours.
    const plan = await scheduleShifts([2, 2, 2, 2, 3, 3, 3, 3], [{ name: 'four', starts: [0, H, 2 * H, 3 * H, 4 * H], length: 4 * H }], grid);
    expect(plan.paidHours).toBe(20);
    expect(plan.coverage).toEqual([2, 2, 2, 2, 3, 3, 3, 3]);
    expect(plan.shifts).toEqual([
      { template: 'four', start: 0, end: 4 * H, breakStart: null, agents: 2 },
      { template: 'four', start: 4 * H, end: 8 * H, breakStart: null, agents: 3 },
    ]);
  });

  it('takes breaks out of the coverage and places them where they hurt least', async () => {
    // A 3-hour shift with a 1-hour break starting 1 or 2 hours in; the requirement has a hole at
    // hour 1, so one shift with its break there covers it (3 paid hours).
    const plan = await scheduleShifts([1, 0, 1, 0, 0, 0, 0, 0], [{ name: 'split', starts: [0], length: 3 * H, break: { length: H, earliest: H, latest: 2 * H } }], grid);
    expect(plan.paidHours).toBe(3);
    expect(plan.shifts).toEqual([{ template: 'split', start: 0, end: 3 * H, breakStart: H, agents: 1 }]);
    expect(plan.coverage).toEqual([1, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('says which interval no shift covers', async () => {
    await expect(scheduleShifts([0, 0, 0, 0, 0, 0, 0, 1], [{ name: 'early', starts: [0], length: 4 * H }], grid)).rejects.toThrow(
      /no shift covers interval 7 \(starting at 25200 s\), which needs 1 agents/,
    );
  });

  it('locates templates off the interval grid', () => {
    const check = () => checkShiftTemplates([{ name: 'odd', starts: [1800], length: 4 * H, break: { length: H, earliest: 2 * H, latest: 4 * H } }], grid);
    expect(check).toThrow(ScenarioError);
    expect(check).toThrow(/shiftTemplates\[0\]\.starts\[0\]: must be a time >= 0 on an interval boundary/);
    expect(check).toThrow(/shiftTemplates\[0\]\.break\.latest: a break starting 14400 s in ends after the shift/);
  });
});
