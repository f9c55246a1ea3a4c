import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * The session options of issue 18's second part, worked out by hand: `agents` messaging agents
 * holding one conversation each, picked longest idle first (agent 0 on a tie); sessions arrive at
 * `times`, each of 2 agent turns of 100 s, the customer replying 50 s after a turn; slots released.
 */
function messagingCenter(times: number[], session: Partial<MessagingSessionDefinition>, agents = 1): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents, horizon: 10_000, endOfDay: 'drain' });
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
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 0, 0, 1] }],
  };
}

interface Run {
  result: SimulationResult;
  records: ContactRecord[];
  /** Per session in arrival order, the agents of its turns. */
  turns: number[][];
}

function run(model: ModelDefinition): Run {
  const lines: string[] = [];
  const bySerial = new Map<number, number[]>();
  let view: { contactSerial(c: number): number } | undefined;
  const turn = (c: number, agent: number): void => {
    const serial = view!.contactSerial(c);
    bySerial.set(serial, [...(bySerial.get(serial) ?? []), agent]);
  };
  const result = simulateModel(model, {
    checkInvariants: true,
    observers: [
      new ContactTrace((l) => lines.push(l), { format: 'jsonl' }),
      { attach: (v) => (view = v), onServiceStart: turn, onSessionTurn: turn },
    ],
  });
  const turns = [...bySerial.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  return { result, records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival), turns };
}

describe('messaging session options', () => {
  it('contextLoss: a turn taken by another agent takes the extra time; the same agent takes none', () => {
    // Two agents. A: turn 1 with agent 0 (0–100), reply at 150. Not sticky: agent 1, idle since 0,
    // takes turn 2: 100 + 30 s of context loss, 150–280. Sticky: agent 0 takes it, 150–250.
    const loss = { contextLoss: deterministic({ value: 30 }) };
    const other = run(messagingCenter([0], { ...loss, sticky: false }, 2));
    expect(other.turns).toEqual([[0, 1]]);
    expect(other.records.map((c) => [c.serviceStart, c.end])).toEqual([[0, 280]]);
    expect(other.result.messagingSessions![0]).toMatchObject({ meanAgentTime: 230, laterTurns: 1, turnsByAnotherAgent: 1, anotherAgentShare: 1, abandonedReplies: 0 });
    const same = run(messagingCenter([0], loss, 2));
    expect(same.turns).toEqual([[0, 0]]);
    expect(same.records.map((c) => c.end)).toEqual([250]);
    expect(same.result.messagingSessions![0]).toMatchObject({ meanAgentTime: 200, laterTurns: 1, turnsByAnotherAgent: 0, anotherAgentShare: 0 });
  });

  it('sticky waitFor: a reply waits for its busy agent up to the limit, then is routed', () => {
    // Two agents; sessions A at 0, C at 60, D at 120. A: agent 0, 0–100, reply at 150. C: agent 1,
    // 60–160, reply at 210. D: agent 0 (free since 100), 120–220, reply at 270.
    const times = [0, 60, 120];
    // Sticky at once only. 150: A's agent is busy, nobody free: A queues; 160: agent 1 takes it
    // (160–260). 210: C's agent 1 busy, agent 0 too: C queues; 220: agent 0 takes it. 270: D's
    // agent 0 busy, agent 1 free since 260: D goes to agent 1. Every reply reaches another agent.
    const atOnce = run(messagingCenter(times, { stickyWait: 0, contextLoss: deterministic({ value: 0 }) }, 2));
    expect(atOnce.turns).toEqual([[0, 1], [1, 0], [0, 1]]);
    expect(atOnce.result.messagingSessions![0]).toMatchObject({ laterTurns: 3, turnsByAnotherAgent: 3, anotherAgentShare: 1 });
    expect(atOnce.result.messagingSessions![0]!.meanResponseTime).toBeCloseTo((10 + 10 + 0) / 3, 12);
    // Waiting up to 100 s. 150: A waits for agent 0 (until 250); 160: agent 1 is free but A is not
    // its to take. 210: C's agent 1 is free: at once. 220: agent 0 ends D's turn and takes A
    // (waited 70 s). 270: D's agent 0 is busy until 320: D waits for it and gets it at 320 (50 s).
    const patient = run(messagingCenter(times, { stickyWait: 100 }, 2));
    expect(patient.turns).toEqual([[0, 0], [1, 1], [0, 0]]);
    expect(patient.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 320],
      [60, 310],
      [120, 420],
    ]);
    expect(patient.result.messagingSessions![0]).toMatchObject({ meanResponseTime: (70 + 0 + 50) / 3, laterTurns: 3, turnsByAnotherAgent: 0, anotherAgentShare: 0 });
    // Waiting up to 30 s: A waits until 180 and goes to agent 1 (free since 160); C waits
    // 210–240 and goes to agent 0 (free since 220); D waits 270–300 and goes to agent 1 (free since 280).
    const brief = run(messagingCenter(times, { stickyWait: 30 }, 2));
    expect(brief.turns).toEqual([[0, 1], [1, 0], [0, 1]]);
    expect(brief.result.messagingSessions![0]).toMatchObject({ meanResponseTime: 30, turnsByAnotherAgent: 3 });
  });

  it('sticky waitFor: a reply waiting for an agent who starts leaving, or is off duty, is routed at once', () => {
    // Two agents, waiting up to 1000 s; the staffing drops to 1 at 175 s. A (0): agent 0, 0–100,
    // reply 150. C (10): agent 1, 10–110, reply 160. D (105): agent 0, 105–205, reply 255. E (115):
    // agent 1, 115–215, reply 265. 150: A waits for agent 0; 160: C waits for agent 1. 175: agent 1
    // (the busy one of highest id) starts leaving: C is routed at once, nobody is free, it queues.
    // 205: agent 0 takes A (205–305). 215: agent 1 logs off. 265: E's agent is off duty: E queues
    // behind C. 305: agent 0 takes D, waiting for it since 255 (305–405); then C 405–505, E 505–605.
    const model = messagingCenter([0, 10, 105, 115], { stickyWait: 1000 }, 2);
    const shift: ModelDefinition = {
      ...model,
      agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'intervals', intervalLength: 175, agents: [2, ...Array<number>(60).fill(1)], period: 175 * 61 } }],
    };
    const { records, turns, result } = run(shift);
    expect(turns).toEqual([[0, 0], [1, 0], [0, 0], [1, 0]]);
    // (A keeps its own customer id while C's wait for agent 1 is cut short.)
    expect(records.map((c) => [c.serviceStart, c.end, c.customer])).toEqual([
      [0, 305, 0],
      [10, 505, 1],
      [105, 405, 2],
      [115, 605, 3],
    ]);
    // Response times from the replies: A 205 − 150, C 405 − 160, D 305 − 255, E 505 − 265.
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: (55 + 245 + 50 + 240) / 4, laterTurns: 4, turnsByAnotherAgent: 2 });
  });

  it('replyPatience: a reply not taken in time ends the session unresolved, counted apart from timeouts', () => {
    // One agent. A: 0–100, reply at 150. B (at 10): 100–200, reply at 250. A's reply finds the agent
    // busy and waits: with patience 30 it gives up at 180, the session ends unresolved; B's reply
    // at 250 finds the agent free: 250–350.
    const gaveUp = run(messagingCenter([0, 10], { replyPatience: deterministic({ value: 30 }) }));
    expect(gaveUp.records.map((c) => [c.serviceStart, c.end, c.outcome])).toEqual([
      [0, 180, 'served'],
      [100, 350, 'served'],
    ]);
    expect(gaveUp.result.journey.overall.resolved).toBe(1);
    expect(gaveUp.result.messagingSessions![0]).toMatchObject({ sessions: 2, resolved: 1, timedOut: 0, abandonedReplies: 1, meanTurns: 1.5, laterTurns: 1 });
    expect([gaveUp.result.overall.served, gaveUp.result.overall.abandoned]).toEqual([2, 0]);
    // Patience 80 covers the 50 s wait: A is answered at 200 (200–300), B's reply waits until 300.
    const waited = run(messagingCenter([0, 10], { replyPatience: deterministic({ value: 80 }) }));
    expect(waited.records.map((c) => c.end)).toEqual([300, 400]);
    expect(waited.result.messagingSessions![0]).toMatchObject({ abandonedReplies: 0, meanResponseTime: (50 + 50) / 2 });
  });

  it('replyPatience: the customer who gave up comes back as the type\'s repeat says', () => {
    // As above, A gives up at 180; with a certain repeat after 1000 s its customer writes again at
    // 1180: a new session (agent free: 1180–1280, reply 1330, 1330–1430), which resolves.
    const model = messagingCenter([0, 10], { replyPatience: deterministic({ value: 30 }) });
    const repeating: ModelDefinition = {
      ...model,
      contactTypes: [{ ...model.contactTypes[0]!, repeat: { probability: 1, delay: deterministic({ value: 1000 }), next: [[0, 1]] } }],
    };
    const { records, result } = run(repeating);
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [0, 0, 180],
      [10, 100, 350],
      [1180, 1180, 1430],
    ]);
    expect(result.messagingSessions![0]).toMatchObject({ sessions: 3, resolved: 2, abandonedReplies: 1 });
  });

  it('replyPatience with sticky waitFor: the patience runs from the reply, through both waits', () => {
    // As above, A's reply at 150 waits for the agent (busy until 200). Waiting 60 s for it with a
    // patience of 30: gives up at 180 while waiting for its agent. Waiting 30 s with a patience of
    // 40: routed at 180 into the queue with 10 s of patience left, gives up at 190.
    const whileHeld = run(messagingCenter([0, 10], { stickyWait: 60, replyPatience: deterministic({ value: 30 }) }));
    expect(whileHeld.records.map((c) => c.end)).toEqual([180, 350]);
    expect(whileHeld.result.messagingSessions![0]!.abandonedReplies).toBe(1);
    const inQueue = run(messagingCenter([0, 10], { stickyWait: 30, replyPatience: deterministic({ value: 40 }) }));
    expect(inQueue.records.map((c) => c.end)).toEqual([190, 350]);
    expect(inQueue.result.messagingSessions![0]!.abandonedReplies).toBe(1);
  });

  it('wrapUpPerTurn: every turn is followed by the wrap-up before the slot is free', () => {
    // One agent, wrap-up 20 s. Per turn: A 0–100, wrap 100–120; B (at 10) 120–220, wrap 220–240; A's
    // reply (150) waits until 240: 240–340, wrap 340–360; B's reply (270) waits until 360: 360–460.
    const wrapped = (model: ModelDefinition): ModelDefinition => ({ ...model, agentGroups: [{ ...model.agentGroups[0]!, wrapUp: deterministic({ value: 20 }) }] });
    const perTurn = run(wrapped(messagingCenter([0, 10], { wrapUpPerTurn: true })));
    expect(perTurn.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 340],
      [120, 460],
    ]);
    expect(perTurn.result.messagingSessions![0]).toMatchObject({ meanResponseTime: (90 + 90) / 2, meanAgentTime: 200 });
    // Once per session: A 0–100; B 100–200; A's reply waits until 200: 200–300, wrap 300–320;
    // B's reply (250) waits until 320: 320–420.
    const once = run(wrapped(messagingCenter([0, 10], {})));
    expect(once.records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 300],
      [100, 420],
    ]);
    expect(once.result.messagingSessions![0]).not.toHaveProperty('laterTurns');
  });

  it('handleTimeByInterval: a later turn takes the distribution of the session’s arrival interval', () => {
    // Intervals of 1800 s: 100 s of work per turn for a session arriving in the first, 300 s in the
    // second (the type's own handleTime of 1000 s is never used). Both sessions: 2 turns.
    const model = messagingCenter([0, 1800], {});
    const byInterval: ModelDefinition = {
      ...model,
      contactTypes: [
        {
          ...model.contactTypes[0]!,
          handleTime: deterministic({ value: 1000 }),
          queueExits: {
            maxWait: null,
            clearAtClosing: false,
            balking: null,
            announcement: null,
            byInterval: { intervalLength: 1800, period: 86_400, handleTime: [deterministic({ value: 100 }), deterministic({ value: 300 })], patience: null },
          },
        },
      ],
    };
    const { records, result } = run(byInterval);
    expect(records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 250],
      [1800, 2450],
    ]);
    expect(result.messagingSessions![0]!.meanAgentTime).toBe((200 + 600) / 2);
  });
});
