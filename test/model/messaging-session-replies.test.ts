import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
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
    // One agent until 170 s, two after. A (0) with agent 0, 0–100; E (105) with agent 0, 105–205.
    // A's reply at 150 waits for agent 0 (busy): up to 30 s, patience 30 s. Agent 1 logs on at 170
    // (no reply waits for it, nothing queues). At 180 both end: the customer gives up (A ends at
    // 180, unresolved), though agent 1 is free; routed instead, the reply would go to agent 1.
    // E's reply (255) finds agent 0 free: 255–355.
    const model = center([0, 105], { stickyWait: 30, replyPatience: deterministic({ value: 30 }) }, 2);
    const shift: ModelDefinition = {
      ...model,
      agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'intervals', intervalLength: 170, agents: [1, ...Array<number>(60).fill(2)], period: 170 * 61 } }],
    };
    const { records, result } = run(shift);
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end, c.agent])).toEqual([
      [0, 0, 180, 0],
      [105, 105, 355, 0],
    ]);
    expect(result.messagingSessions![0]).toMatchObject({ abandonedReplies: 1, resolved: 1 });
  });

  it('closes a session whose customer gave up on a reply as served by its last agent, unresolved, its wait from its first queue entry', () => {
    // One agent, reply patience 30 s. A (0) 0–100, reply 150; B (10) waits, 100–200, reply 250;
    // C (20) waits. 150: A's reply queues (the agent has B); A gives up at 180. 200: the agent takes
    // C (200–300). 250: B's reply queues; B gives up at 280. 300: C's reply is due at 350: 350–450.
    const { records, result } = run(center([0, 10, 20], { replyPatience: deterministic({ value: 30 }) }));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end, c.wait, c.agent, c.outcome])).toEqual([
      [0, 0, 180, 0, 0, 'served'],
      [10, 100, 280, 90, 0, 'served'],
      [20, 200, 450, 180, 0, 'served'],
    ]);
    expect(result.journey.overall.resolved).toBe(1);
    expect(result.messagingSessions![0]).toMatchObject({ sessions: 3, resolved: 1, abandonedReplies: 2 });
  });

  it('closes a given-up session for observers and for the customer who comes back', () => {
    // Two agents, reply patience 30 s, a certain repeat after 1000 s; context carried over on the
    // same channel (factor 0.5), else the customer repeats (factor 2). A (0) agent 0, 0–100; B (10)
    // agent 1, 10–110; D (105) agent 0, 105–205. 150: A's reply goes to agent 1 (free since 110,
    // 150–250). 160: B's reply queues (both busy); B gives up at 190. 255: D's reply, agent 0,
    // 255–355. 1185: E to agent 1 (idle longest, since 250). 1190: B comes back; agent 0 takes it
    // with B's history (same channel, another agent): 50 s, then its reply 1290–1390.
    const model = center([0, 10, 105, 1185], { replyPatience: deterministic({ value: 30 }) }, 2);
    const returning: ModelDefinition = {
      ...model,
      journey: { context: 'same-channel', contextHandleFactor: 0.5, repeatHandleFactor: 2, maxContacts: 10 },
      contactTypes: [{ ...model.contactTypes[0]!, repeat: { probability: 1, delay: deterministic({ value: 1000 }), next: [[0, 1]] } }],
    };
    const ends: number[][] = [];
    let view: ContactCenterView | null = null;
    const observer: ContactCenterObserver = {
      attach: (v) => {
        view = v;
      },
      onServiceEnd: (c) => {
        const v = view!;
        const issue = v.contactIssue(c);
        if (v.contactSerial(c) === 1) ends.push([v.now, v.contactState(c), v.contactAgent(c), v.contactOutcome(c), v.issueLastAgent(issue), v.issueLastContactEnd(issue)]);
      },
    };
    const lines: string[] = [];
    simulateModel(returning, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' }), observer] });
    const records = lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival);
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end, c.agent])).toEqual([
      [0, 0, 250, 1],
      [10, 10, 190, 1],
      [105, 105, 355, 0],
      [1185, 1185, 1435, 1],
      [1190, 1190, 1390, 0],
    ]);
    // B at its end: served, by agent 1, unresolved (ServiceOutcome 2); the issue last with agent 1 at 190.
    expect(ends).toEqual([[190, 4, 1, 2, 1, 190]]);
  });

  it('routes the reply at once, before a contact arriving at the same instant, when its sticky agent is busy and nothing says to wait', () => {
    // Two agents, sticky without waitFor. A (0) with agent 0, 0–100, reply 150; C (10) with agent 1,
    // 10–110, reply 160; E (105) with agent 0, 105–205, reply 255. At 150 A's reply (sent before
    // X's arrival was due) finds agent 0 busy and goes to agent 1 (150–250); X (150) queues. C's
    // reply (160) queues behind X. 205: agent 0 takes X (205–305, reply 355). 250: agent 1 takes
    // C's reply (250–350). 255: E's reply queues (agent 0 busy); 305: agent 0 takes it (305–405).
    // 355: X's reply finds agent 0 busy: agent 1 (free since 350) takes it, 355–455.
    const { records, result } = run(center([0, 10, 105, 150], {}, 2));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [0, 0, 250],
      [10, 10, 350],
      [105, 105, 405],
      [150, 205, 455],
    ]);
    // The queue: X from 150, C's reply from 160 (2 waiting), X leaves at 205; the reply routed at once never waited in it.
    expect(result.maxQueueLength).toBe(2);
  });

  it('tells the observers of an agent left idle while a reply waits for another agent', () => {
    // Two agents, waits up to 1000 s. A (0) with agent 0, 0–100, reply 150; C (10) with agent 1,
    // 10–110, reply 160; E (105) with agent 0, 105–205, reply 255. A's reply waits for agent 0;
    // C's finds agent 1 free: 160–260. 205: agent 0 takes A's reply (205–305); E's reply (255)
    // waits for it: 305–405. At 260 agent 1 is idle while E's reply waits for agent 0.
    // Busy: agent 0 0–100 and 105–405, agent 1 10–110 and 160–260: 600 agent-seconds.
    const { records, result } = run(center([0, 10, 105], { stickyWait: 1000 }, 2));
    expect(records.map((c) => [c.serviceStart, c.end, c.agent])).toEqual([
      [0, 305, 0],
      [10, 260, 1],
      [105, 405, 0],
    ]);
    expect(result.agents.occupancy! * result.agents.staffedHours * 3600).toBeCloseTo(600, 6);
  });

  it('keeps every reply waiting for the same agent, oldest first', () => {
    // One agent, two slots, waits up to 1000 s. A (0) 0–100 and B (1) 1–101; C (2) and D (3) wait,
    // then take the slots: C 100–200, D 101–201. A's reply (150) and B's (151) wait for the agent.
    // At 200 the agent takes A's (200–300), at 201 B's (201–301). C's reply (250) and D's (251)
    // wait: 300–400 and 301–401.
    // (Each keeps its own customer id while the others' replies are taken.)
    const { records, result } = run(center([0, 1, 2, 3], { stickyWait: 1000 }, 1, 2));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end, c.customer])).toEqual([
      [0, 0, 300, 0],
      [1, 1, 301, 1],
      [2, 100, 400, 2],
      [3, 101, 401, 3],
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
