import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * Where a released session's reply goes (SessionReplies, docs/channels.md "Messaging sessions"),
 * worked out by hand: sessions of 2 turns of 100 s, the customer replying 50 s after a turn, on
 * messaging agents picked longest idle first (agent 0 on a tie).
 */
function center(times: number[], session: Partial<MessagingSessionDefinition>, agents = 1, slots = 1): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents, horizon: 10_000, endOfDay: 'drain' });
  const full: MessagingSessionDefinition = { exchanges: deterministic({ value: 2 }), replyGap: deterministic({ value: 50 }), slotDuringGap: 'released', sticky: true, timeout: Infinity, ...session };
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, channel: 3, arrivals: { kind: 'trace', times }, session: full }],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 0, 0, slots] }],
  };
}

function run(model: ModelDefinition): { records: ContactRecord[]; result: SimulationResult } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival), result };
}

describe('SessionReplies', () => {
  it('ends the session when the reply patience runs out exactly as the wait for the agent does', () => {
    // Two agents. A (0) with agent 0, 0–100; C (10) with agent 1, 10–110; E (105) with agent 0,
    // 105–205. A's reply at 150 waits for agent 0 (busy): up to 30 s, patience 30 s. At 180 both
    // end: the customer gives up (A ends at 180, unresolved), though agent 1 is free since 110.
    const { records, result } = run(center([0, 10, 105], { stickyWait: 30, replyPatience: deterministic({ value: 30 }) }, 2));
    expect(records[0]).toMatchObject({ arrival: 0, end: 180 });
    expect(result.messagingSessions![0]).toMatchObject({ abandonedReplies: 1 });
  });

  it('keeps every reply waiting for the same agent, oldest first', () => {
    // One agent, two slots, waits up to 1000 s. A (0) 0–100 and B (1) 1–101; C (2) and D (3) wait,
    // then take the slots: C 100–200, D 101–201. A's reply (150) and B's (151) wait for the agent.
    // At 200 the agent takes A's (200–300), at 201 B's (201–301). C's reply (250) and D's (251)
    // wait: 300–400 and 301–401.
    const { records, result } = run(center([0, 1, 2, 3], { stickyWait: 1000 }, 1, 2));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [0, 0, 300],
      [1, 1, 301],
      [2, 100, 400],
      [3, 101, 401],
    ]);
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 50, turnsByAnotherAgent: 0 });
  });

  it('lets an agent with no reply waiting for it leave without disturbing another agent’s', () => {
    // Two agents, waits up to 1000 s; the staffing drops to 1 at 175 s. A (0) with agent 0, 0–100;
    // C (10) with agent 1, 10–110; E (105) with agent 0, 105–205. A's reply (150) waits for agent 0;
    // C's (160) finds agent 1 free: 160–260. At 175 agent 1 (busy, the higher id) starts leaving,
    // with no reply waiting for it; it logs off at 260. At 205 agent 0 takes A's reply (205–305);
    // E's reply (255) waits for it: 305–405.
    const model = center([0, 10, 105], { stickyWait: 1000 }, 2);
    const shift: ModelDefinition = {
      ...model,
      agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'intervals', intervalLength: 175, agents: [2, ...Array<number>(60).fill(1)], period: 175 * 61 } }],
    };
    const { records } = run(shift);
    expect(records.map((c) => [c.serviceStart, c.end, c.agent])).toEqual([
      [0, 305, 0],
      [10, 260, 1],
      [105, 405, 0],
    ]);
  });
});
