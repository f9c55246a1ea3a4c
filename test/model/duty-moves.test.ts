import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/core/simulator';
import { AgentTable } from '../../src/model/agent-table';
import { CHANNEL_COUNT } from '../../src/model/channel';
import { logAgentOff, moveToTarget } from '../../src/model/duty-moves';
import { deterministic } from '../../src/random/distributions/deterministic';
import { singleQueueModel } from '../support/models';

/** Group 0: agents 0–3; group 1: agent 4 (never touched). Nobody on duty at first. */
function table(): AgentTable {
  const g = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: 1, horizon: 10 }).agentGroups[0]!;
  return new AgentTable([g, { ...g, id: 1 }], [4, 1]);
}

/** Moves group 0 to `target` at `now`, logging the hooks' calls and the agents logged off. */
function move(t: AgentTable, target: number, now: number): string[] {
  const calls: string[] = [];
  const sim = { now } as unknown as Simulator;
  const hooks = { agentChanged: (a: number) => calls.push(`changed a${a}`), offerWork: (a: number) => calls.push(`offer a${a}`) };
  moveToTarget(sim, t, hooks, 0, target, (a) => {
    calls.push(`off a${a}`);
    logAgentOff(sim, t, { agentChanged: () => {}, offerWork: () => {} }, a);
  });
  return calls;
}

/** Each agent of group 0 as `on`, `leaving` or `off`. */
const duty = (t: AgentTable): string[] => [0, 1, 2, 3].map((a) => (t.onDuty[a] === 0 ? 'off' : t.leaving[a] === 1 ? 'leaving' : 'on'));

/** Group 0's free voice agents, head first. */
function voicePool(t: AgentTable): number[] {
  const list: number[] = [];
  for (let a = t.poolFirst(0, 0); a >= 0; a = t.poolAfter(a, 0)) list.push(a);
  return list;
}

function busy(t: AgentTable, a: number): void {
  t.load[a * CHANNEL_COUNT]!++;
  t.totalLoad[a]!++;
  t.refresh(a, 0);
}

describe('moveToTarget()', () => {
  it('logs on the lowest ids first, tells the observers of all, then offers them work', () => {
    const t = table();
    expect(move(t, 3, 5)).toEqual(['changed a0', 'changed a1', 'changed a2', 'offer a0', 'offer a1', 'offer a2']);
    expect(duty(t)).toEqual(['on', 'on', 'on', 'off']);
    expect(t.groupOnDuty[0]).toBe(3);
    expect([t.idleSince[0], t.idleSince[2], t.idleSince[3]]).toEqual([5, 5, 0]);
    expect(voicePool(t)).toEqual([0, 1, 2]);
    expect(t.onDuty[4]).toBe(0);
  });

  it('logs idle agents off first (highest id first), then asks busy ones to leave after their contacts', () => {
    const t = table();
    move(t, 4, 0);
    busy(t, 1);
    busy(t, 3);
    // 4 → 1: idle a2 and a0 log off; then the busy a3 is asked to leave.
    expect(move(t, 1, 7)).toEqual(['off a2', 'off a0', 'changed a3']);
    expect(duty(t)).toEqual(['off', 'on', 'off', 'leaving']);
    expect(t.groupOnDuty[0]).toBe(2);
    expect(t.idleSince[3]).toBe(7);
    // 1 → 0: the last busy one too.
    expect(move(t, 0, 8)).toEqual(['changed a1']);
    expect(duty(t)).toEqual(['off', 'leaving', 'off', 'leaving']);
  });

  it('keeps agents about to leave before logging others on, and changes nothing at the target', () => {
    const t = table();
    move(t, 4, 0);
    busy(t, 0);
    busy(t, 1);
    busy(t, 2);
    busy(t, 3);
    move(t, 1, 1); // a3, a2, a1 asked to leave
    expect(duty(t)).toEqual(['on', 'leaving', 'leaving', 'leaving']);
    // 1 → 3: a1 and a2 stay (lowest ids first), a3 still leaves; nobody new logs on.
    expect(move(t, 3, 2)).toEqual(['changed a1', 'changed a2', 'offer a1', 'offer a2']);
    expect(duty(t)).toEqual(['on', 'on', 'on', 'leaving']);
    expect(move(t, 3, 3)).toEqual([]);
  });

  it('logs an off-duty agent on once those about to leave all stay', () => {
    const t = table();
    move(t, 2, 0);
    busy(t, 1);
    move(t, 1, 1); // the idle a0 logs off, the busy a1 stays
    expect(duty(t)).toEqual(['off', 'on', 'off', 'off']);
    move(t, 0, 2); // a1 asked to leave
    expect(move(t, 2, 3)).toEqual(['changed a1', 'changed a0', 'offer a1', 'offer a0']);
    expect(duty(t)).toEqual(['on', 'on', 'off', 'off']);
  });
});

describe('logAgentOff()', () => {
  it('takes the agent off duty and out of the pools, and tells the observers', () => {
    const t = table();
    move(t, 2, 0);
    const changed: number[] = [];
    logAgentOff({ now: 9 } as unknown as Simulator, t, { agentChanged: (a) => changed.push(a), offerWork: () => {} }, 1);
    expect(duty(t)).toEqual(['on', 'off', 'off', 'off']);
    expect(t.groupOnDuty[0]).toBe(1);
    expect(t.idleSince[1]).toBe(9);
    expect(voicePool(t)).toEqual([0]);
    expect(changed).toEqual([1]);
  });
});
