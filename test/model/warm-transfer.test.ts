import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Logs every change of an agent's load after logging on: `time agent load`. An agent that takes new
 * work the moment it puts some down reports no idle spell, only the new start (the expert at 300).
 */
class LoadLog implements ContactCenterObserver {
  readonly lines: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onAgentChange(agent: number): void {
    if (this.v.now === 0 && this.v.agentLoad(agent) === 0) return; // logging on
    const line = `${this.v.now} a${agent} ${this.v.agentLoad(agent)}`;
    if (this.lines.at(-1) !== line) this.lines.push(line);
  }
}

/**
 * Reception (2 agents, no authority: every call is transferred) hands calls to one expert.
 * Handle times 100 s at reception, 200 s with the expert; two calls arrive at 0.
 */
function center(transfer: Record<string, unknown>, back: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'warm transfer',
    horizon: '1h',
    skills: ['front', 'back'],
    contactTypes: [
      { name: 'front', skills: { front: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 0] }, transfer: { to: 'back', ...transfer } },
      { name: 'back', skills: { back: 1 }, handleTime: { kind: 'deterministic', value: 200 }, ...back },
    ],
    agentGroups: [
      { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
      { name: 'experts', agents: 1, skills: { back: 1 } },
    ],
  } as ScenarioInput;
}

function run(input: ScenarioInput): { log: string[]; result: ReturnType<typeof simulate> } {
  const log = new LoadLog();
  const result = simulate(input, { checkInvariants: true, observers: [log] });
  return { log: log.lines, result };
}

describe('warm transfers', () => {
  it('a cold transfer lets the first agent go at once', () => {
    const { log } = run(center({}));
    // a0, a1: reception; a2: the expert. Both receptionists are free at 100.
    expect(log).toEqual(['0 a0 1', '0 a1 1', '100 a2 1', '100 a0 0', '100 a1 0', '300 a2 1', '500 a2 0']);
  });

  it('keeps the first agent until the second answers, then for the consult time', () => {
    const { log, result } = run(center({ warm: { consultTime: { kind: 'deterministic', value: 30 } } }));
    // The first call is answered by the expert at 100: its receptionist consults until 130.
    // The second waits for the expert until 300: its receptionist holds on, then consults until 330.
    expect(log).toEqual(['0 a0 1', '0 a1 1', '100 a2 1', '130 a0 0', '300 a2 1', '330 a1 0', '500 a2 0']);
    // Handle times: the receptionists' services end at the transfer; the experts' run 200 s.
    expect(result.byAgentGroup.map((g) => g.meanHandleTime)).toEqual([100, 200]);
    // Both agents' time counts: reception was occupied 130 + 330 s of 2 × 3600 s.
    expect(result.byAgentGroup[0]!.occupancy).toBeCloseTo((130 + 330) / 7200, 12);
    expect(result.overall.answered).toBe(4);
  });

  it('lets the first agent go when the transferred customer abandons', () => {
    const { log, result } = run(
      center({ warm: { consultTime: { kind: 'deterministic', value: 30 } } }, { patience: { kind: 'deterministic', value: 50 } }),
    );
    // The second transferred call waits from 100 and abandons at 150: its receptionist lets go then.
    expect(log).toEqual(['0 a0 1', '0 a1 1', '100 a2 1', '130 a0 0', '150 a1 0', '300 a2 0']);
    expect(result.byContactType[1]!.abandoned).toBe(1);
  });

  it('lets the first agent go when the transferred contact is blocked', () => {
    const input = { ...center({ warm: { consultTime: { kind: 'deterministic', value: 30 } } }), waitingRoom: { voice: 0 } } as ScenarioInput;
    const { log, result } = run(input);
    expect(log).toEqual(['0 a0 1', '0 a1 1', '100 a2 1', '100 a1 0', '130 a0 0', '300 a2 0']);
    expect(result.overall.blocked).toBe(1);
  });

  it('draws consult times from their own stream: a cold-transfer center draws the same handle times', () => {
    const consult = { warm: { consultTime: { kind: 'exponential', mean: 30 } } };
    const warm = run(center(consult)).log;
    const end = Number(warm.find((l) => l.endsWith('a0 0'))!.split(' ')[0]);
    expect(end).toBeGreaterThan(100);
    expect(run(center(consult)).log).toEqual(warm);
  });
});
