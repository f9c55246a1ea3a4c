import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * One messaging agent holding one conversation at a time (concurrency `slots`); sessions arrive at
 * `times`, each of 2 agent turns of 100 s, the customer replying 50 s after a turn.
 */
function messagingCenter(times: number[], session: Partial<MessagingSessionDefinition>, slots = 1): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const full: MessagingSessionDefinition = {
    exchanges: deterministic({ value: 2 }),
    replyGap: deterministic({ value: 50 }),
    slotDuringGap: 'released',
    sticky: true,
    timeout: Infinity,
    ...session,
  };
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, channel: 3, arrivals: { kind: 'trace', times }, session: full }],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 0, 0, slots] }],
  };
}

function run(model: ModelDefinition): { result: SimulationResult; records: ContactRecord[] } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { result, records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival) };
}

describe('MessagingSessions', () => {
  it('released: the agent takes other work during a reply gap, and the reply waits its turn', () => {
    // A: turn 0–100, gap 100–150. B (arrived 10) takes the free slot: turn 100–200, gap 200–250.
    // A's reply at 150 waits (the one slot is B's) and is answered at 200: turn 200–300, A ends.
    // B's reply at 250 waits until 300: turn 300–400, B ends. The agent works 0–400 without a gap.
    const { result, records } = run(messagingCenter([0, 10], { slotDuringGap: 'released' }));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [0, 0, 300],
      [10, 100, 400],
    ]);
    expect(result.messagingSessions).toEqual([
      {
        name: 'calls',
        sessions: 2,
        resolved: 2,
        timedOut: 0,
        resolutionRate: 1,
        meanFirstResponseTime: (0 + 90) / 2,
        meanResponseTime: 50,
        meanResolutionTime: (300 + 390) / 2,
        meanTurns: 2,
        meanAgentTime: 200,
        meanSlotTime: 200,
      },
    ]);
    // The first response is the contact's wait: the contact metrics see one answer per session.
    expect(result.overall.answered).toBe(2);
    expect(result.overall.asa).toBe(45);
  });

  it('held: the slot stays busy during the gap and the same agent answers the reply at once', () => {
    // A: turn 0–100, held gap 100–150, turn 150–250. B waits until 250: turn 250–350, gap, turn 400–500.
    const { result, records } = run(messagingCenter([0, 10], { slotDuringGap: 'held' }));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [0, 0, 250],
      [10, 250, 500],
    ]);
    const s = result.messagingSessions![0]!;
    expect([s.meanFirstResponseTime, s.meanResponseTime, s.meanResolutionTime, s.meanAgentTime, s.meanSlotTime]).toEqual([120, 0, 370, 200, 250]);
  });

  it('a customer who does not reply within the timeout ends the session unresolved at the timeout', () => {
    // Gap 50 > timeout 40. Released: A's turn 0–100, the session closes at 140; B is served 100–200, closes at 240.
    const released = run(messagingCenter([0, 10], { slotDuringGap: 'released', timeout: 40 }));
    expect(released.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 140],
      [100, 240],
    ]);
    const s = released.result.messagingSessions![0]!;
    expect([s.sessions, s.resolved, s.timedOut, s.meanTurns, s.meanAgentTime, s.meanSlotTime]).toEqual([2, 0, 2, 1, 100, 100]);
    expect(released.result.journey.overall.resolved).toBe(0);
    // Held: the agent keeps A's slot until 140; B then waits until 140.
    const held = run(messagingCenter([0, 10], { slotDuringGap: 'held', timeout: 40 }));
    expect(held.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 140],
      [140, 280],
    ]);
    expect(held.result.messagingSessions![0]!.meanSlotTime).toBe(140);
    // Held with 3 turns: the session still ends at the first timeout, its later turns never taken.
    const three = run(messagingCenter([0, 10], { slotDuringGap: 'held', timeout: 40, exchanges: deterministic({ value: 3 }) }));
    expect(three.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 140],
      [140, 280],
    ]);
    expect(three.result.messagingSessions![0]).toMatchObject({ timedOut: 2, meanTurns: 1 });
  });

  it('held with two slots: each session keeps its own customer while the other waits for its reply', () => {
    // A (0) 0–100, reply 150: 150–250; B (10) 10–110, reply 160: 160–260, the agent holding both slots.
    const { records } = run(messagingCenter([0, 10], { slotDuringGap: 'held' }, 2));
    expect(records.map((c) => [c.serviceStart, c.end, c.customer])).toEqual([
      [0, 250, 0],
      [10, 260, 1],
    ]);
  });

  it("an individual agent's handle-time factor slows every turn of its sessions", () => {
    // One listed agent working at factor 2: turn 1 0–200, the reply at 250, turn 2 250–450.
    const m = messagingCenter([0], {});
    const g = m.agentGroups[0]!;
    const agent = { name: 'slow', proficiency: m.skills.map(() => 0), handleTimeFactor: 2, resolutionFactor: null, experience: null };
    const { records } = run({ ...m, agentGroups: [{ ...g, individuals: { agents: [agent], draw: null, learning: null } }] });
    expect(records.map((c) => [c.serviceStart, c.end])).toEqual([[0, 450]]);
  });

  it('a customer replying exactly at the timeout has not stopped', () => {
    // Gap 50 = timeout 50: the reply at 150 is taken (150–250) and the session resolves.
    const { result, records } = run(messagingCenter([0], { timeout: 50 }));
    expect(records.map((c) => [c.serviceStart, c.end])).toEqual([[0, 250]]);
    expect(result.messagingSessions![0]).toMatchObject({ timedOut: 0, resolved: 1, meanTurns: 2 });
  });

  it('sticky: a reply goes back to its agent when that agent has a free slot; not sticky, to the policy', () => {
    // Two agents, one slot each, one session: turn 1 with agent 0 (0–100), reply at 150. Both agents
    // are free then; agent 1 has been idle longest (since 0), agent 0 only since 100.
    const turnsBy = (sticky: boolean): number[] => {
      const model = messagingCenter([0], { slotDuringGap: 'released', sticky });
      const two = { ...model, agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'constant' as const, agents: 2 } }] };
      const agents: number[] = [];
      simulateModel(two, { checkInvariants: true, observers: [{ onServiceStart: (_c, a) => agents.push(a), onSessionTurn: (_c, a) => agents.push(a) }] });
      return agents;
    };
    expect(turnsBy(true)).toEqual([0, 0]);
    expect(turnsBy(false)).toEqual([0, 1]);
  });

  it('a session in a reply gap at the horizon ends unfinished when cut, and is finished by a drain', () => {
    // A: turn 0–100, gap 100–150 across the horizon at 120, turn 150–250.
    for (const slotDuringGap of ['released', 'held'] as const) {
      const model = { ...messagingCenter([0], { slotDuringGap }), horizon: 120 };
      const cut = run({ ...model, endOfDay: 'cut' });
      expect([cut.result.overall.unfinished, cut.result.overall.served, cut.result.messagingSessions![0]!.sessions]).toEqual([1, 0, 0]);
      const drained = run({ ...model, endOfDay: 'drain' });
      expect([drained.result.overall.unfinished, drained.records[0]!.end, drained.result.messagingSessions![0]!.meanTurns]).toEqual([0, 250, 2]);
    }
  });
});
