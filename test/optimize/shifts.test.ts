import { describe, expect, it } from 'vitest';
import { checkShiftTemplates, scheduleShifts, scheduleShiftsFor } from '../../src/optimize/shifts';
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

/** The `path: message` lines of the ScenarioError that checkShiftTemplates throws. */
function problems(templates: unknown): string[] {
  try {
    checkShiftTemplates(templates as never, grid);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ScenarioError');
}

describe('checkShiftTemplates(): every problem located', () => {
  it('accepts shifts and breaks that end exactly at the end of the day and of the shift', () => {
    expect(() => checkShiftTemplates([{ name: 'late', starts: [0, 6 * H], length: 2 * H, break: { length: H, earliest: 0, latest: H } }], grid)).not.toThrow();
  });

  it('needs at least one template', () => {
    expect(problems([])).toEqual(['shiftTemplates: give at least one shift template']);
    expect(problems('x')).toEqual(['shiftTemplates: give at least one shift template']);
  });

  it('names every field off the grid or contradictory', () => {
    expect(
      problems([
        { name: '', starts: [], length: 0 },
        { name: 'a', starts: [-H, 1800, 7 * H], length: 1.5 * H },
        { name: 'b', starts: [0], length: 4 * H, break: { length: 0, earliest: 100, latest: 200 } },
        { name: 'c', starts: [0], length: 4 * H, break: { length: H, earliest: 2 * H, latest: H } },
      ]),
    ).toEqual([
      'shiftTemplates[0].name: must be a non-empty string',
      'shiftTemplates[0].length: must be a positive multiple of the interval (3600 s), got 0',
      'shiftTemplates[0].starts: must list at least one start time',
      'shiftTemplates[1].length: must be a positive multiple of the interval (3600 s), got 5400',
      'shiftTemplates[1].starts[0]: must be a time >= 0 on an interval boundary (a multiple of 3600 s), got -3600',
      'shiftTemplates[1].starts[1]: must be a time >= 0 on an interval boundary (a multiple of 3600 s), got 1800',
      'shiftTemplates[1].starts[2]: a shift starting at 25200 s ends after the planning day (28800 s)',
      'shiftTemplates[2].break.length: must be a positive multiple of the interval (3600 s)',
      'shiftTemplates[2].break.earliest: must be on an interval boundary (a multiple of 3600 s)',
      'shiftTemplates[2].break.latest: must be on an interval boundary (a multiple of 3600 s)',
      'shiftTemplates[3].break.latest: 3600 s is before earliest 7200 s',
    ]);
  });
});

describe('checkShiftTemplates(): templates that are not objects', () => {
  it('a null template and a break that is not a mapping are located problems, not crashes', () => {
    expect(problems([null, { name: 'b', starts: [0], length: 4 * H, break: null }])).toEqual([
      'shiftTemplates[0].name: must be a non-empty string',
      'shiftTemplates[0].length: must be a positive multiple of the interval (3600 s), got undefined',
      'shiftTemplates[0].starts: must list at least one start time',
      'shiftTemplates[1].break: must be a break { length, earliest, latest }, got null',
    ]);
  });

  it('a break given as a number or a text is one located problem, not a check of its missing fields', () => {
    expect(problems([{ name: 'a', starts: [0], length: 4 * H, break: 1800 }, { name: 'b', starts: [0], length: 4 * H, break: '30m' }])).toEqual([
      'shiftTemplates[0].break: must be a break { length, earliest, latest }, got 1800',
      'shiftTemplates[1].break: must be a break { length, earliest, latest }, got "30m"',
    ]);
  });

  it('accepts a break whose earliest and latest start are the same', () => {
    expect(() => checkShiftTemplates([{ name: 'fixed', starts: [0], length: 4 * H, break: { length: H, earliest: 2 * H, latest: 2 * H } }], grid)).not.toThrow();
  });
});

describe('scheduleShifts(): breaks and prices', () => {
  it('takes a break of two intervals out of the coverage', async () => {
    // A 5-hour shift with a 2-hour break starting 2 hours in: it covers hours 0, 1 and 4.
    const plan = await scheduleShifts([1, 1, 0, 0, 1, 0, 0, 0], [{ name: 'long-break', starts: [0], length: 5 * H, break: { length: 2 * H, earliest: 2 * H, latest: 2 * H } }], grid);
    expect(plan).toEqual({ shifts: [{ template: 'long-break', start: 0, end: 5 * H, breakStart: 2 * H, agents: 1 }], paidHours: 5, coverage: [1, 1, 0, 0, 1, 0, 0, 0] });
  });

  it('a shift running past the planning day covers only the day\'s intervals', async () => {
    // Unchecked templates: a 2-hour shift starting in the last hour covers hour 7 alone.
    const plan = await scheduleShifts([0, 0, 0, 0, 0, 0, 0, 1], [{ name: 'late', starts: [7 * H], length: 2 * H }], grid);
    expect(plan.coverage).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('tries every break start between the earliest and the latest, one interval apart', async () => {
    // A 4-hour shift with a 1-hour break 1 to 3 hours in; the hole is at hour 3.
    const plan = await scheduleShifts([1, 1, 1, 0, 0, 0, 0, 0], [{ name: 'four', starts: [0], length: 4 * H, break: { length: H, earliest: H, latest: 3 * H } }], grid);
    expect(plan.shifts).toEqual([{ template: 'four', start: 0, end: 4 * H, breakStart: 3 * H, agents: 1 }]);
    expect(plan.coverage).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('pays the shorter template when it covers, whatever the price per hour', async () => {
    const templates = [
      { name: 'long', starts: [0], length: 4 * H },
      { name: 'short', starts: [0, H], length: 2 * H },
    ];
    for (const price of [1, 30]) {
      const plan = await scheduleShifts([1, 1, 0, 0, 0, 0, 0, 0], templates, grid, price);
      expect(plan).toEqual({ shifts: [{ template: 'short', start: 0, end: 2 * H, breakStart: null, agents: 1 }], paidHours: 2, coverage: [1, 1, 0, 0, 0, 0, 0, 0] });
    }
  });
});

describe('scheduleShiftsFor(): every planned group, then the coverage re-simulated', () => {
  it('plans shifts per planned group at its price, keeps the other groups, and evaluates the coverage on the validation seeds', async () => {
    const calls: { candidates: unknown; seed: unknown; from: number; to: number }[] = [];
    const places = [{ target: 0, interval: -1 }];
    const evaluator = {
      places,
      async evaluate(candidates: number[][][], seed: string, from: number, to: number) {
        calls.push({ candidates, seed, from, to });
        return [{ staffing: candidates[0], rows: [], estimates: [{ mean: 0.9, halfWidth: null, bound: null, n: 1 }] }];
      },
    };
    const target = { metric: 'service-level', type: 0, group: -1, value: 0.8, within: 20, scope: 'day', sense: 1, label: 'sl', index: 0 };
    const grid4 = { intervals: 4, intervalLength: H };
    const result = await scheduleShiftsFor({
      model: {} as never,
      grid: grid4,
      staffing: [[1, 0, 0, 0], [5, 5, 5, 5], [0, 2, 2, 0]],
      planned: [true, false, true],
      costs: { early: 3 },
      templates: [{ name: 'two', starts: [0, H, 2 * H], length: 2 * H }],
      evaluator: evaluator as never,
      validationSeed: '9/validation',
      validationReplications: 6,
      targets: [target as never],
      names: { types: ['calls'], groups: ['early', 'fixed', 'late'] },
      criterion: 'mean',
    });
    expect(result.groups).toEqual([
      { group: 'early', shifts: [{ template: 'two', start: 0, end: 2 * H, breakStart: null, agents: 1 }], paidHours: 2, coverage: [1, 1, 0, 0] },
      { group: 'late', shifts: [{ template: 'two', start: H, end: 3 * H, breakStart: null, agents: 2 }], paidHours: 4, coverage: [0, 2, 2, 0] },
    ]);
    // early: 2 h at 3 an hour; late: 4 h at the default price 1. The simulated coverage is the
    // shifts' (early's shift covers hour 1 too), the fixed group's row as it was.
    expect(result.cost).toBe(10);
    expect(calls).toEqual([{ candidates: [[[1, 1, 0, 0], [5, 5, 5, 5], [0, 2, 2, 0]]], seed: '9/validation', from: 0, to: 6 }]);
    expect(result.targets).toEqual([{ metric: 'service-level', contactType: 'calls', scope: 'day', target: 0.8, within: 20, estimate: 0.9, halfWidth: null, bound: null, met: true, confident: true }]);
  });

  it('checks the templates first', async () => {
    await expect(scheduleShiftsFor({ grid, templates: [], staffing: [] } as never)).rejects.toThrow(/shiftTemplates: give at least one shift template/);
  });
});
