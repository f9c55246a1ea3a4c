import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

function blended(chatTimes: number[], voiceTimes: number[], concurrency: number[]): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 1000, endOfDay: 'drain' });
  const voice = base.contactTypes[0]!;
  const chat: ContactTypeDefinition = { ...voice, id: 1, name: 'chats', channel: 1, arrivals: { kind: 'trace', times: chatTimes } };
  return {
    ...base,
    contactTypes: [{ ...voice, arrivals: { kind: 'trace', times: voiceTimes } }, chat],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency }],
  };
}

describe('engine: concurrency', () => {
  it('lets one agent hold up to its chat concurrency at once', () => {
    const r = simulateModel(blended([0, 1, 2, 3], [], [0, 3, 0, 0]), { checkInvariants: true });
    const chats = r.byContactType[1]!;
    // Three chats start at once; the fourth waits until the first ends at 10.
    expect(chats.answered).toBe(4);
    expect(chats.wait.max).toBe(7);
    // Busy from 0 to 20 of the 1000 s logged on; each chat uses 1/3 of the capacity for 10 s.
    expect(r.agents.occupancy).toBeCloseTo(20 / 1000, 12);
    expect(r.agents.utilization).toBeCloseTo((4 * 10) / 3 / 1000, 12);
  });

  it('keeps a voice call exclusive: no chat while on a call, no call while holding a chat', () => {
    const r = simulateModel(blended([1, 12], [0, 11], [1, 3, 0, 0]), { checkInvariants: true });
    const voice = r.byContactType[0]!;
    const chat = r.byContactType[1]!;
    // Call 0–10; the chat at 1 waits until 10 (served 10–20); the chat at 12 joins the agent at
    // once (chat beside chat is allowed, 12–22); the call at 11 waits until the agent holds
    // nothing, at 22.
    expect(chat.wait.max).toBe(9);
    expect(voice.wait.max).toBe(11);
    expect(chat.answered).toBe(2);
  });

  it('utilization equals occupancy for agents handling one contact at a time', () => {
    const r = simulateModel(blended([], [0, 5, 30], [1, 0, 0, 0]), { checkInvariants: true });
    expect(r.agents.utilization).toBe(r.agents.occupancy);
  });
});

describe('metrics: per agent', () => {
  it('reports each agent when asked, adding up to the group', () => {
    const model = blended([], [0, 1, 2, 3, 40], [1, 0, 0, 0]);
    const twoAgents = { ...model, agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'constant' as const, agents: 2 } }] };
    const r = simulateModel(twoAgents, { metrics: { perAgent: true } });
    expect(r.byAgent?.map((a) => a.name)).toEqual(['agents#0', 'agents#1']);
    const answered = (r.byAgent ?? []).reduce((s, a) => s + a.answered, 0);
    expect(answered).toBe(r.agents.answered);
    expect(simulateModel(twoAgents).byAgent).toBeUndefined();
  });
});
