import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Logs every change of an agent's load after logging on: `time agent load`. */
class LoadLog implements ContactCenterObserver {
  readonly lines: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onAgentChange(agent: number): void {
    if (this.v.now === 0 && this.v.agentLoad(agent) === 0) return; // logging on
    this.lines.push(`${this.v.now} a${agent} ${this.v.agentLoad(agent)}`);
  }
}

/**
 * A hold-and-wait deadlock: one desk of 2 agents without authority serves both types; two 'front'
 * calls at 0 (100 s) are transferred warm to 'back' (200 s, no patience). At 100 both agents hold
 * their caller while the two 'back' calls wait for a free agent of the desk: nobody can ever answer.
 */
function desk(endOfDay: 'drain' | 'cut'): ScenarioInput {
  return {
    name: 'warm transfer deadlock',
    horizon: '1h',
    endOfDay,
    skills: ['front', 'back'],
    contactTypes: [
      {
        name: 'front',
        skills: { front: 1 },
        handleTime: { kind: 'deterministic', value: 100 },
        arrivals: { trace: [0, 0] },
        transfer: { to: 'back', warm: { consultTime: { kind: 'deterministic', value: 30 } } },
      },
      { name: 'back', skills: { back: 1 }, handleTime: { kind: 'deterministic', value: 200 } },
    ],
    agentGroups: [{ name: 'desk', agents: 2, skills: { front: 1, back: 1 }, authority: false }],
  } as ScenarioInput;
}

describe('warm transfers that wait for each other', () => {
  it('are broken at the end of the drain, oldest first, so nothing is left unfinished', () => {
    const log = new LoadLog();
    const result = simulate(desk('drain'), { checkInvariants: true, observers: [log] });
    // Deadlocked from 100 until the horizon (3600), when no event is left. Then a0, holding the
    // first front call, lets go as in a cold transfer and at once answers the first back call
    // (3600–3800: no consult, its link is gone; taking new work the moment it puts some down shows
    // no idle spell). At 3800 a0 answers the second back call: a1, which held it, consults 30 s and
    // is free at 3830; a0 finishes at 4000.
    expect(log.lines).toEqual(['0 a0 1', '0 a1 1', '3600 a0 1', '3800 a0 1', '3830 a1 0', '4000 a0 0']);
    expect(result.overall.unfinished).toBe(0);
    expect(result.overall.served).toBe(4);
    expect(result.endTime).toBe(4000);
  });

  it('stay as they are in a cut run', () => {
    const result = simulate(desk('cut'), { checkInvariants: true });
    // The front calls' services ended at the transfer (served); the two back calls still wait.
    expect(result.endTime).toBe(3600);
    expect(result.overall.served).toBe(2);
    expect(result.overall.unfinished).toBe(2);
  });
});
