import { describe, expect, it } from 'vitest';
import type { AgentGroupDefinition } from '../../src/model/definition';
import { AbsenceDraws, usesWorkforce, workforcePlan } from '../../src/model/workforce-plan';
import { RandomStreams } from '../../src/random/streams';

const H = 3600;
const DAY = 24 * H;

function group(staffing: AgentGroupDefinition['staffing'], workforce?: AgentGroupDefinition['workforce']): AgentGroupDefinition {
  return {
    id: 1,
    name: 'team',
    site: 0,
    proficiency: [1],
    concurrency: [1, 0, 0, 0],
    handleTimeFactor: [1, 1, 1, 1, 1, 1],
    authority: true,
    wrapUp: null,
    staffing,
    ...(workforce === undefined ? {} : { workforce }),
  };
}

/** Absence draws with fixed variates: `absent(key, n)` decides; every slot and draw asked is logged as `key@n`. */
class FixedDraws extends AbsenceDraws {
  readonly asked: string[] = [];
  constructor(private readonly absent: (key: string, n: number) => boolean) {
    super(new RandomStreams(1));
  }
  override variate(indices: readonly number[], n: number): number {
    const key = indices.join(',');
    this.asked.push(`${key}@${n}`);
    return this.absent(key, n) ? 0 : 0.999;
  }
}

const nobodyAbsent = (): FixedDraws => new FixedDraws(() => false);

describe('workforcePlan()', () => {
  it('follows a head count and a shrinkage share per interval of the day, day after day', () => {
    // Half-hour intervals: 2, 3, 1, 4 agents, then none for the rest of the day; shrinkage 10 %,
    // 20 %, then 30 % for the rest of the day. Horizon 1 day + 1 h: the next day starts again.
    const plan = workforcePlan(
      group({ kind: 'intervals', intervalLength: 1800, agents: [2, 3, 1, 4], period: DAY }, { shrinkage: [0.1, 0.2, 0.3], shrinkageInterval: 1800, absenteeism: 0 }),
      DAY + H,
      nobodyAbsent(),
    );
    expect(plan).toEqual({
      times: [0, 1800, 3600, 5400, 7200, DAY, DAY + 1800],
      scheduled: [2, 3, 1, 4, 0, 2, 3],
      present: [2, 3, 1, 4, 0, 2, 3],
      shrinkage: [0.1, 0.2, 0.3, 0.3, 0.3, 0.1, 0.2],
      breaks: [],
    });
    // A change of shrinkage alone is a step too.
    const flat = workforcePlan(group({ kind: 'constant', agents: 2 }, { shrinkage: [0.1, 0.2], shrinkageInterval: 1800, absenteeism: 0 }), H, nobodyAbsent());
    expect(flat).toEqual({ times: [0, 1800], scheduled: [2, 2], present: [2, 2], shrinkage: [0.1, 0.2], breaks: [] });
  });

  it('keeps one shrinkage value all day, and lists only the times where a level changes', () => {
    // Two back-to-back shifts of 1 agent: nothing changes at 4 h, the only change is at 8 h.
    const plan = workforcePlan(
      group({ kind: 'shifts', period: DAY, shifts: [{ start: 0, end: 4 * H, agents: 1 }, { start: 4 * H, end: 8 * H, agents: 1 }] }, { shrinkage: [0.25], shrinkageInterval: 1800, absenteeism: 0 }),
      12 * H,
      nobodyAbsent(),
    );
    expect(plan).toEqual({ times: [0, 8 * H], scheduled: [1, 0], present: [1, 0], shrinkage: [0.25, 0.25], breaks: [] });
  });

  it('counts a shift of the day before still running at 0, with its breaks, and none due at or after the horizon', () => {
    // 22 h–30 h, 2 agents, 30 m breaks within [3 h, 5 h] of the shift: due 3 h + 1.5 h·k/2 after
    // the start. The previous day's shift (−2 h to 6 h) has breaks at 1 h and 1 h 45 m; today's
    // (22 h to 30 h) would have them at 25 h (the horizon) and 25 h 45 m.
    const plan = workforcePlan(
      group({ kind: 'shifts', period: DAY, shifts: [{ start: 22 * H, end: 30 * H, agents: 2, breaks: [{ length: 1800, from: 3 * H, to: 5 * H }] }] }),
      25 * H,
      nobodyAbsent(),
    );
    expect(plan.times).toEqual([0, 6 * H, 22 * H]);
    expect(plan.scheduled).toEqual([2, 0, 2]);
    expect(plan.present).toEqual([2, 0, 2]);
    expect(plan.shrinkage).toEqual([0, 0, 0]);
    expect(plan.breaks).toEqual([
      { due: H, length: 1800, shiftEnd: 6 * H },
      { due: 1.75 * H, length: 1800, shiftEnd: 6 * H },
    ]);
  });

  it('keeps a break due at 0 and drops one due before it', () => {
    // Shift 23 h–31 h of the day before (−1 h to 7 h), 2 agents, 30 m breaks within [1 h, 2 h]:
    // due −1 h + 1 h + 0.5 h·k/2, at 0 and 0.25 h.
    const plan = workforcePlan(
      group({ kind: 'shifts', period: DAY, shifts: [{ start: 23 * H, end: 31 * H, agents: 2, breaks: [{ length: 1800, from: H, to: 2 * H }] }] }),
      2 * H,
      nobodyAbsent(),
    );
    expect(plan.breaks.map((b) => b.due)).toEqual([0, 0.25 * H]);
    const earlier = workforcePlan(
      group({ kind: 'shifts', period: DAY, shifts: [{ start: 22.5 * H, end: 30.5 * H, agents: 2, breaks: [{ length: 1800, from: H, to: 2 * H }] }] }),
      2 * H,
      nobodyAbsent(),
    );
    // Due at −0.5 h (dropped) and −0.25 h (dropped).
    expect(earlier.breaks).toEqual([]);
  });

  it('asks one absence draw per shift agent and occurrence, (group, shift, agent) at draw day + 1, and drops absent agents’ breaks', () => {
    // Shift 0 (8 h–16 h, 2 agents, a break), shift 1 (20 h–22 h, 1 agent), shift 2 (16 h–24 h,
    // 1 agent); over 1 day with absenteeism 0.5: the occurrences of day −1 (draw 0) end by 0 and
    // are skipped. Agent 1 of shift 0 is absent today (draw 1).
    const draws = new FixedDraws((key, n) => key === '1,0,1' && n === 1);
    const center = group(
        {
          kind: 'shifts',
          period: DAY,
          shifts: [
            { start: 8 * H, end: 16 * H, agents: 2, breaks: [{ length: 1800, from: H, to: 3 * H }] },
            { start: 20 * H, end: 22 * H, agents: 1 },
            { start: 16 * H, end: 24 * H, agents: 1 },
          ],
        },
        { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0.5 },
      );
    const plan = workforcePlan(center, DAY, draws);
    expect(draws.asked).toEqual(['1,0,0@1', '1,0,1@1', '1,1,0@1', '1,2,0@1']);
    expect(plan.times).toEqual([0, 8 * H, 16 * H, 20 * H, 22 * H]);
    expect(plan.scheduled).toEqual([0, 2, 1, 2, 1]);
    expect(plan.present).toEqual([0, 1, 1, 2, 1]);
    // Only agent 0's break (k = 0 of 2: at the window's opening, 9 h).
    expect(plan.breaks).toEqual([{ due: 9 * H, length: 1800, shiftEnd: 16 * H }]);
    // With the horizon at 20 h, shift 1 (starting then) is not drawn for.
    const early = new FixedDraws(() => false);
    workforcePlan(center, 20 * H, early);
    expect(early.asked).toEqual(['1,0,0@1', '1,0,1@1', '1,2,0@1']);
  });

  it('asks one absence draw per head-count agent and day, (group, agent) at the day', () => {
    // 3 agents all day over 2 days; agent 2 is absent on day 1, agent 0 on day 0.
    const draws = new FixedDraws((key, n) => (key === '1,2' && n === 1) || (key === '1,0' && n === 0));
    const plan = workforcePlan(group({ kind: 'constant', agents: 3 }, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0.2 }), 2 * DAY, draws);
    expect(draws.asked).toEqual(['1,0@0', '1,1@0', '1,2@0', '1,0@1', '1,1@1', '1,2@1']);
    // Both days have 2 present: no change at the day boundary.
    expect(plan).toEqual({ times: [0], scheduled: [3], present: [2], shrinkage: [0], breaks: [] });
  });

  it('splits head-count steps at day boundaries and draws nothing without absenteeism', () => {
    // 2 agents from 12 h of day 0 to 12 h of day 1 (period 2 days); agent 1 absent on day 1 only.
    const draws = new FixedDraws((key, n) => key === '1,1' && n === 1);
    const staffing = { kind: 'intervals', intervalLength: 12 * H, agents: [0, 2, 2], period: 2 * DAY } as const;
    const plan = workforcePlan(group(staffing, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0.1 }), 2 * DAY, draws);
    expect(plan.times).toEqual([0, 12 * H, DAY, 36 * H]);
    expect(plan.scheduled).toEqual([0, 2, 2, 0]);
    expect(plan.present).toEqual([0, 2, 1, 0]);
    const none = nobodyAbsent();
    workforcePlan(group(staffing, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0 }), 2 * DAY, none);
    const shifts = { kind: 'shifts', period: DAY, shifts: [{ start: 0, end: 8 * H, agents: 2 }] } as const;
    workforcePlan(group(shifts, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0 }), 2 * DAY, none);
    expect(none.asked).toEqual([]);
  });

  it('makes an agent absent when its draw is below the absenteeism, not equal to it', () => {
    class Draws extends AbsenceDraws {
      override variate(): number {
        return 0.25;
      }
    }
    const draws = new Draws(new RandomStreams(1));
    const present = (staffing: AgentGroupDefinition['staffing'], p: number): number =>
      workforcePlan(group(staffing, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: p }), H, draws).present[0]!;
    const shifts = { kind: 'shifts', period: DAY, shifts: [{ start: 0, end: 2 * H, agents: 2 }] } as const;
    expect([present({ kind: 'constant', agents: 2 }, 0.25), present(shifts, 0.25)]).toEqual([2, 2]);
    expect([present({ kind: 'constant', agents: 2 }, 0.26), present(shifts, 0.26)]).toEqual([0, 0]);
  });

  it('lists the breaks of all shifts in order of their due time', () => {
    // Shift A 8 h–16 h with its break at 12 h, shift B 6 h–14 h with its break at 9 h (1 agent each).
    const plan = workforcePlan(
      group({
        kind: 'shifts',
        period: DAY,
        shifts: [
          { start: 8 * H, end: 16 * H, agents: 1, breaks: [{ length: 900, from: 4 * H, to: 5 * H }] },
          { start: 6 * H, end: 14 * H, agents: 1, breaks: [{ length: 900, from: 3 * H, to: 4 * H }] },
        ],
      }),
      DAY,
      nobodyAbsent(),
    );
    expect(plan.breaks).toEqual([
      { due: 9 * H, length: 900, shiftEnd: 14 * H },
      { due: 12 * H, length: 900, shiftEnd: 16 * H },
    ]);
  });
});

describe('AbsenceDraws', () => {
  it('gives draw n of a slot as the n-th variate of its own absence stream, whatever order they are asked in', () => {
    const streams = new RandomStreams(7);
    const draws = new AbsenceDraws(streams);
    const fresh = new RandomStreams(7);
    const own = fresh.stream('absence', 2, 0, 1);
    const expected = [own.next(), own.next(), own.next()];
    const other = fresh.stream('absence', 2, 1);
    expect(draws.variate([2, 0, 1], 2)).toBe(expected[2]);
    expect(draws.variate([2, 1], 0)).toBe(other.next());
    expect(draws.variate([2, 0, 1], 0)).toBe(expected[0]);
    expect(draws.variate([2, 0, 1], 1)).toBe(expected[1]);
    expect(draws.variate([2, 0, 1], 2)).toBe(expected[2]);
    // Slots whose indices run together are still apart: (1, 23) and (12, 3).
    expect(draws.variate([1, 23], 0)).toBe(fresh.stream('absence', 1, 23).next());
    expect(draws.variate([12, 3], 0)).toBe(fresh.stream('absence', 12, 3).next());
  });
});

describe('usesWorkforce()', () => {
  it('is true only for a group with shrinkage/absenteeism or a shift with breaks', () => {
    const shifts = (breaks?: { length: number; from: number; to: number }[]): AgentGroupDefinition =>
      group({ kind: 'shifts', period: DAY, shifts: [{ start: 0, end: H, agents: 1 }, { start: H, end: 2 * H, agents: 1, ...(breaks === undefined ? {} : { breaks }) }] });
    expect(usesWorkforce([group({ kind: 'constant', agents: 2 })])).toBe(false);
    expect(usesWorkforce([shifts()])).toBe(false);
    expect(usesWorkforce([shifts([])])).toBe(false);
    expect(usesWorkforce([group({ kind: 'constant', agents: 2 }), shifts([{ length: 600, from: 0, to: H }])])).toBe(true);
    expect(usesWorkforce([group({ kind: 'constant', agents: 2 }, { shrinkage: [0], shrinkageInterval: 1800, absenteeism: 0 }), shifts()])).toBe(true);
  });
});
