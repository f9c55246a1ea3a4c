import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Logs service starts and the number of agents of group 0 on duty after every change. */
class DutyLog implements ContactCenterObserver {
  starts: string[] = [];
  /** [time, agents on duty] at each change of the count. */
  onDuty: [number, number][] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onServiceStart(c: number, a: number): void {
    this.starts.push(`${this.v.now} #${this.v.contactSerial(c)} a${a}`);
  }
  onAgentChange(): void {
    const n = this.v.groupOnDuty(0);
    const last = this.onDuty[this.onDuty.length - 1];
    if (last !== undefined && last[0] === this.v.now) last[1] = n;
    else if (last === undefined || last[1] !== n) this.onDuty.push([this.v.now, n]);
  }
}

function scenario(shift: Record<string, unknown>, trace: number[], extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'breaks',
    horizon: '4h',
    interval: '30m',
    skills: ['s'],
    contactTypes: [
      { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '10m' }, arrivals: { trace } },
    ],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents: { shifts: [shift] }, ...extra }],
  } as unknown as ScenarioInput;
}

describe('shift breaks', () => {
  it('lets an agent due a break finish the contact in hand, then take the whole break', () => {
    // One agent 0–4h, a 30-minute break within [1h, 2h]: due at 1h (the window's opening).
    // A call at 58m20s (3500 s) holds the agent until 1h08m20s (4100 s); the break runs 4100–5900 s.
    const log = new DutyLog();
    const result = simulate(scenario({ start: 0, end: '4h', agents: 1, breaks: [{ length: '30m', within: ['1h', '2h'] }] }, [3500, 4200]), {
      observers: [log],
      checkInvariants: true,
    });
    expect(log.starts).toEqual(['3500 #0 a0', '5900 #1 a0']);
    expect(log.onDuty).toEqual([
      [0, 1],
      [4100, 0],
      [5900, 1],
    ]);
    const team = result.workforce?.[0];
    expect(team?.breakHours).toBeCloseTo(0.5, 12);
    expect(team?.paidHours).toBe(4);
    expect(team?.scheduledHours).toBe(4);
    expect(team?.availableHours).toBeCloseTo(3.5, 12);
    expect(team?.productiveHours).toBeCloseTo(1200 / 3600, 12);
    // The break straddles the 1h30m boundary: 4100–5400 s in interval 2, 5400–5900 s in interval 3.
    expect(team?.intervals[2]?.breakHours).toBeCloseTo(1300 / 3600, 12);
    expect(team?.intervals[3]?.breakHours).toBeCloseTo(500 / 3600, 12);
  });

  it('staggers the breaks of a shift over the window of possible starts', () => {
    // 4 agents 0–8h, break 30m within [3h, 5h]: starts 3h + 1.5h·k/4 = 10800, 12150, 13500, 14850 s.
    const log = new DutyLog();
    const result = simulate(
      { ...scenario({ start: 0, end: '8h', agents: 4, breaks: [{ length: '30m', within: ['3h', '5h'] }] }, []), horizon: '8h' },
      { observers: [log], checkInvariants: true },
    );
    expect(log.onDuty).toEqual([
      [0, 4],
      [10800, 3],
      [12150, 2],
      [12600, 3],
      [13500, 2],
      [13950, 3],
      [14850, 2],
      [15300, 3],
      [16650, 4],
    ]);
    const team = result.workforce![0]!;
    expect(team.breakHours).toBeCloseTo(2, 12);
    // Break agent-seconds per half-hour: 2250 in intervals 6, 7 and 8, 450 in interval 9.
    expect(team.intervals.map((i) => Math.round(i.breakHours * 3600))).toEqual([0, 0, 0, 0, 0, 0, 2250, 2250, 2250, 450, 0, 0, 0, 0, 0, 0]);
  });

  it('cuts a break short at the end of the shift, and drops one not begun by then', () => {
    const shift = { start: 0, end: '2h', agents: 1, breaks: [{ length: '30m', within: ['1h', '2h'] }] };
    const withCall = (at: number, handleTime: string, horizon: string): ScenarioInput =>
      ({
        ...scenario(shift, []),
        horizon,
        contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: handleTime }, arrivals: { trace: [at] } }],
      }) as unknown as ScenarioInput;
    // Busy 3590–7190 s: the break is due at 3600 s, begins at 7190 s and ends with the shift at 7200 s.
    const cut = simulate(withCall(3590, '1h', '2h'), { checkInvariants: true });
    expect(cut.workforce![0]!.breakHours * 3600).toBeCloseTo(10, 9);
    // Busy 3590–10790 s, past the shift's end at 7200 s: the break is dropped, the agent just logs off.
    const dropped = simulate(withCall(3590, '2h', '3h'), { checkInvariants: true });
    expect(dropped.workforce![0]!.breakHours).toBe(0);
    expect(dropped.workforce![0]!.paidHours).toBe(2);
    expect(dropped.workforce![0]!.productiveHours * 3600).toBeCloseTo(7200, 9);
  });
});
