import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Logs service starts, every agent-change notification, and group 0's agents on duty after each instant's changes. */
class DutyLog implements ContactCenterObserver {
  starts: string[] = [];
  notices: string[] = [];
  /** [time, agents on duty] at each change of the count. */
  onDuty: [number, number][] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onServiceStart(c: number, a: number): void {
    this.starts.push(`${this.v.now} #${this.v.contactSerial(c)} a${a}`);
  }
  onAgentChange(a: number): void {
    this.notices.push(`${this.v.now} a${a}`);
    const n = this.v.groupOnDuty(0);
    const last = this.onDuty[this.onDuty.length - 1];
    if (last !== undefined && last[0] === this.v.now) last[1] = n;
    else if (last === undefined || last[1] !== n) this.onDuty.push([this.v.now, n]);
  }
}

const H = 3600;

/**
 * One group `team` on `shifts`, calls of a fixed handle time arriving at `trace` (seconds).
 * `workforce` adds `absenteeism: 0`: the workforce controller moves the agents (without it, the
 * plain staffing controller; both must move them alike).
 */
function scenario(shifts: Record<string, unknown>[], trace: number[], handleTime: string, workforce: boolean, horizon = '4h'): ScenarioInput {
  return {
    name: 'duty',
    horizon,
    interval: '30m',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: handleTime }, arrivals: { trace } }],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents: { shifts }, ...(workforce ? { absenteeism: 0 } : {}) }],
  } as unknown as ScenarioInput;
}

function run(input: ScenarioInput): { log: DutyLog; result: SimulationResult } {
  const log = new DutyLog();
  const result = simulate(input, { observers: [log], checkInvariants: true });
  return { log, result };
}

describe.each([
  ['the workforce controller', true],
  ['the staffing controller', false],
])('same-instant order of staffing steps (%s)', (_name, workforce) => {
  it('logs agents on before a service ends at the same instant: the new agent takes the waiting call', () => {
    // a0 on 0–4h, a1 from 1h. #0 at 1800 s to a0 until 3600 s; #1 at 1900 s waits. At 3600 s the
    // rising step (a release scheduled first) logs a1 on, who takes #1; then a0 frees up.
    const { log } = run(scenario([{ start: 0, end: '4h', agents: 1 }, { start: '1h', end: '4h', agents: 1 }], [1800, 1900], '30m', workforce));
    expect(log.starts).toEqual(['1800 #0 a0', '3600 #1 a1']);
  });

  it('lets a service end before a falling step at the same instant: the agent just freed logs off', () => {
    // a0 and a1 on from 0, one of them until 1h. #0 at 1800 s to a0 until 3600 s, #1 at 1900 s to
    // a1 until 3700 s. At 3600 s a0 frees up first, then the step 2 → 1 logs the idle a0 off;
    // #2 at 3650 s waits for a1.
    const { log } = run(scenario([{ start: 0, end: '4h', agents: 1 }, { start: 0, end: '1h', agents: 1 }], [1800, 1900, 3650], '30m', workforce));
    expect(log.starts).toEqual(['1800 #0 a0', '1900 #1 a1', '3700 #2 a1']);
    expect(log.onDuty).toEqual([
      [0, 2],
      [3600, 1],
    ]);
  });

  it('tells the observers once when a leaving agent logs off after its last contact', () => {
    // a0 alone 0–1h, busy with #0 from 3000 s to 4800 s: it logs off when it finishes.
    const { log } = run(scenario([{ start: 0, end: '1h', agents: 1 }], [3000], '30m', workforce, '2h'));
    expect(log.notices.filter((n) => n.startsWith('4800 '))).toEqual(['4800 a0']);
    expect(log.onDuty).toEqual([
      [0, 1],
      [4800, 0],
    ]);
  });
});

describe('WorkforceController steps', () => {
  it('lets a service end before a rise of shrinkage at the same instant (the head count is unchanged)', () => {
    // 2 agents, shrinkage 0 then 50 % from 1800 s: the step there does not raise the agents
    // present, so it runs after the service that ends then. #0 to a0 until 1800 s, #1 to a1 until
    // 1900 s: a0 frees up first, then logs off for shrinkage; #2 at 1850 s waits for a1.
    const input = scenario([], [0, 100, 1850], '30m', true, '1h') as unknown as { agentGroups: Record<string, unknown>[] };
    input.agentGroups[0]!.agents = 2;
    input.agentGroups[0]!.shrinkage = Array.from({ length: 48 }, (_, k) => (k % 2 === 0 ? 0 : 0.5));
    const { log } = run(input as unknown as ScenarioInput);
    expect(log.starts).toEqual(['0 #0 a0', '100 #1 a1', '1900 #2 a1']);
  });
});

describe('WorkforceController breaks', () => {
  it('takes one event for a break due, one for its end and one at its shift’s end, none twice', () => {
    // One agent 0–3h, no calls. The break adds its due time (3600 s), the agent's return
    // (5400 s) and the check at the shift's end (10800 s) to the same run without it.
    const plain = run(scenario([{ start: 0, end: '3h', agents: 1 }], [], '10m', true)).result;
    const withBreak = run(scenario([{ start: 0, end: '3h', agents: 1, breaks: [{ length: '30m', within: ['1h', '2h'] }] }], [], '10m', true)).result;
    expect(withBreak.events - plain.events).toBe(3);
    expect(withBreak.workforce![0]!.breakHours).toBe(0.5);
  });

  it('starts each break at its due time even when the breaks before it have not ended', () => {
    // 3 agents 0–8h, 1 h breaks within [3h, 5h]: due at 3h + 1h·k/3 = 10800, 12000, 13200 s,
    // each before the previous one ends. Idle agents leave highest id first and return lowest first.
    const { log, result } = run({ ...scenario([{ start: 0, end: '8h', agents: 3, breaks: [{ length: '1h', within: ['3h', '5h'] }] }], [], '10m', false), horizon: '8h' } as ScenarioInput);
    expect(log.onDuty).toEqual([
      [0, 3],
      [10800, 2],
      [12000, 1],
      [13200, 0],
      [14400, 1],
      [15600, 2],
      [16800, 3],
    ]);
    expect(result.workforce![0]!.breakHours).toBe(3);
  });

  it('drops a break still pending at its shift’s end at that instant, keeping the other shift’s agent on', () => {
    // Shift X 0–2h (1 agent, 30 m break due at 1h), shift Y 0–4h (1 agent). Both busy from 3500 /
    // 3550 s for 2 h: at 3600 s the break makes a1 leave after its call. At 7200 s X ends with the
    // break not begun: dropped, so the target is 1 and a0 stays; a1 logs off at 10750 s, no break.
    const { log, result } = run(
      scenario([{ start: 0, end: '2h', agents: 1, breaks: [{ length: '30m', within: ['1h', '2h'] }] }, { start: 0, end: '4h', agents: 1 }], [3500, 3550], '2h', true),
    );
    expect(log.starts).toEqual(['3500 #0 a0', '3550 #1 a1']);
    expect(log.onDuty).toEqual([
      [0, 2],
      [10750, 1],
    ]);
    expect(result.workforce![0]!.breakHours).toBe(0);
  });

  it('gives a break due while another agent is on break to the first agent back off contacts', () => {
    // 2 agents 0–8h, 1 h breaks due at 10800 and 12600 s. a1 (idle) takes the first at once; a0 is
    // busy 11000–14600 s when the second falls due, so it waits: a1, back at 14400 s and still off
    // contacts, takes it then (a0, asked to leave for it, stays on). a1 logs on at 18000 s.
    const { log, result } = run({ ...scenario([{ start: 0, end: '8h', agents: 2, breaks: [{ length: '1h', within: ['3h', '5h'] }] }], [11000], '1h', true), horizon: '8h' } as ScenarioInput);
    expect(log.starts).toEqual(['11000 #0 a0']);
    expect(log.onDuty).toEqual([
      [0, 2],
      [10800, 1],
      [18000, 2],
    ]);
    expect(result.workforce![0]!.breakHours).toBe(2);
  });

  it('lets only as many agents off for shrinkage take due breaks at once as there are', () => {
    // Two shifts of 2 agents 0–8h, 30 m breaks due at 10800 s (one per shift) and 13500 s (one per
    // shift), shrinkage 25 %: 3 of 4 on contacts, a3 off. a0–a2 busy until 13600, 13700, 13800 s.
    // 10800 s: a3 (off for shrinkage) takes one break at once, back at 12600 s, when it takes the
    // other; a1 and a2 were asked to leave, a1 stays on again. 13500 s: two more due, the target
    // drops to 0; a0 and a1 take them as they finish (back at 15400, 15500 s), a2 just logs off.
    const shift = { start: 0, end: '8h', agents: 2, breaks: [{ length: '30m', within: ['3h', '5h'] }] };
    const input = { ...scenario([shift, shift], [10000, 10100, 10200], '1h', true), horizon: '8h' } as unknown as { agentGroups: Record<string, unknown>[] };
    input.agentGroups[0]!.shrinkage = 0.25;
    const { log, result } = run(input as unknown as ScenarioInput);
    expect(log.starts).toEqual(['10000 #0 a0', '10100 #1 a1', '10200 #2 a2']);
    expect(log.onDuty).toEqual([
      [0, 3],
      [13600, 2],
      [13700, 1],
      [13800, 0],
      [14400, 1],
      [15400, 2],
      [15500, 3],
    ]);
    expect(result.workforce![0]!.breakHours).toBe(2);
  });
});
