import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * A messaging session's life beside other contacts (docs/channels.md "Messaging sessions"), each
 * case worked out by hand on one agent with a voice slot and a messaging slot (one contact at a
 * time: a call needs the agent free, a message a free messaging slot and no call): its wait counts
 * from when it first queued, also when it is cut; a contact that later takes its table slot is a
 * contact like any other; silent leavers; the wrap-up after each turn.
 */

const fixed = (value: number) => deterministic({ value });

interface Spec {
  /** Arrival times of calls (voice, `callTime` s, default 50, patience `patience`). */
  readonly calls?: number[];
  readonly callTime?: number;
  readonly patience?: number;
  /** Arrival times of sessions (2 turns of 100 s, replies after 50 s). */
  readonly sessions: number[];
  readonly session?: Partial<MessagingSessionDefinition>;
  readonly silent?: ContactTypeDefinition['silentAbandonment'];
  /** The messages' `repeat`. */
  readonly repeat?: ContactTypeDefinition['repeat'];
  readonly wrapUp?: number;
  readonly horizon?: number;
  readonly endOfDay?: 'drain' | 'cut';
}

function model(s: Spec): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: fixed(s.callTime ?? 50), agents: 1, horizon: s.horizon ?? 10_000, endOfDay: s.endOfDay ?? 'drain' });
  const template = base.contactTypes[0]!;
  const calls: ContactTypeDefinition = { ...template, priority: 1, arrivals: { kind: 'trace', times: s.calls ?? [] }, patience: s.patience === undefined ? null : fixed(s.patience) };
  const session: MessagingSessionDefinition = { exchanges: fixed(2), replyGap: fixed(50), slotDuringGap: 'released', sticky: true, timeout: Infinity, ...s.session };
  const messages: ContactTypeDefinition = {
    ...template,
    id: 1,
    name: 'messages',
    channel: 3,
    handleTime: fixed(100),
    arrivals: { kind: 'trace', times: s.sessions },
    serviceLevel: { threshold: 3600, target: 0.8 },
    session,
    ...(s.silent === undefined ? {} : { silentAbandonment: s.silent }),
    ...(s.repeat === undefined ? {} : { repeat: s.repeat }),
  };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [calls, messages],
    agentGroups: [{ ...group, concurrency: [1, 0, 0, 1], wrapUp: s.wrapUp === undefined ? null : fixed(s.wrapUp) }],
  };
}

function run(m: ModelDefinition): { records: ContactRecord[]; result: SimulationResult } {
  const lines: string[] = [];
  const result = simulateModel(m, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { records: lines.map((l) => JSON.parse(l) as ContactRecord), result };
}

function record(records: readonly ContactRecord[], type: string, at: number): ContactRecord {
  const r = records.find((c) => c.type === type && c.arrival === at);
  if (r === undefined) throw new Error(`no ${type} arrived at ${at}`);
  return r;
}

describe('a messaging session’s wait', () => {
  // The call at 0 (0–50) holds the agent; the session at 10 waits 40 s: turn 1 50–150, the
  // customer's reply at 200 goes back to the free agent, turn 2 200–300.
  it('counts from its first queue entry at its end, not from the last reply', () => {
    const { records } = run(model({ calls: [0], sessions: [10] }));
    expect(record(records, 'messages', 10)).toMatchObject({ outcome: 'served', serviceStart: 50, wait: 40, end: 300, handleTime: 200 });
  });

  it('counts from its first queue entry when the run is cut during a later turn', () => {
    const inTurn = run(model({ calls: [0], sessions: [10], horizon: 250, endOfDay: 'cut' })).records;
    expect(record(inTurn, 'messages', 10)).toMatchObject({ outcome: 'unfinished', serviceStart: 50, wait: 40 });
    // Cut during turn 1 (at 100): its wait is the same 40 s.
    const firstTurn = run(model({ calls: [0], sessions: [10], horizon: 100, endOfDay: 'cut' })).records;
    expect(record(firstTurn, 'messages', 10)).toMatchObject({ outcome: 'unfinished', serviceStart: 50, wait: 40 });
  });
});

describe('a contact taking the table slot of a finished session', () => {
  it('is served and cut as a contact of its own', () => {
    // The session at 0 (0–100, reply 150, 150–250) leaves its slot at 250. Call C1 at 260 takes it:
    // served from 260; call C2 at 270 waits. The run is cut at 300: C1 unfinished in service (wait
    // 0), C2 unfinished waiting (30 s so far).
    const { records } = run(model({ calls: [260, 270], sessions: [0], horizon: 300, endOfDay: 'cut' }));
    expect(record(records, 'messages', 0)).toMatchObject({ outcome: 'served', end: 250 });
    expect(record(records, 'calls', 260)).toMatchObject({ outcome: 'unfinished', serviceStart: 260, wait: 0 });
    expect(record(records, 'calls', 270)).toMatchObject({ outcome: 'unfinished', serviceStart: null, wait: 30 });
  });

  it('after a session whose customer gave up on a reply, is served as usual', () => {
    // Reply patience 20 s: the session at 0 (0–100) replies at 150 while call C1 (140–190) holds
    // the agent; the customer gives up at 170, the session ends unresolved. Call C2 at 175 takes its
    // slot and waits for the agent: 190–240.
    const { records, result } = run(model({ calls: [140, 175], sessions: [0], session: { replyPatience: fixed(20) } }));
    expect(record(records, 'messages', 0)).toMatchObject({ end: 170 });
    expect(record(records, 'calls', 175)).toMatchObject({ outcome: 'served', serviceStart: 190, end: 240 });
    expect(result.messagingSessions![0]).toMatchObject({ sessions: 1, abandonedReplies: 1 });
  });

  it('abandons as a call does when its patience runs out in the queue', () => {
    // The session (0–100) holds the agent; the call at 5 with a patience of 10 abandons at 15.
    const { records, result } = run(model({ calls: [5], patience: 10, sessions: [0] }));
    expect(record(records, 'calls', 5)).toMatchObject({ outcome: 'abandoned', end: 15 });
    expect(result.byContactType.find((t) => t.name === 'calls')).toMatchObject({ offered: 1, abandoned: 1, served: 0 });
    expect(result.messagingSessions![0]).toMatchObject({ sessions: 1, resolved: 1 });
  });
});

describe('a silent leaver’s session', () => {
  const silent = (after: number) => ({ probability: 1, after: fixed(after), discoveryTime: fixed(5) });

  it('is the discovery alone when the customer left before the first turn', () => {
    // The session at 10 waits 40 s for the agent (call 0–50); its customer left after 10: the
    // agent finds nobody, 50–55, and the session ends there.
    const { records, result } = run(model({ calls: [0], sessions: [10], silent: silent(10) }));
    expect(record(records, 'messages', 10)).toMatchObject({ serviceStart: 50, end: 55, handleTime: 5 });
    expect(result.messagingSessions![0]).toMatchObject({ meanTurns: 1 });
  });

  it('runs all its turns when the customer was answered before leaving', () => {
    // The customer would leave after 20 s in queue; the call 0–15 holds the agent, so it is answered
    // after 5: its two turns run, 15–115 and (reply at 165) 165–265.
    const { records } = run(model({ calls: [0], callTime: 15, sessions: [10], silent: silent(20) }));
    expect(record(records, 'messages', 10)).toMatchObject({ serviceStart: 15, wait: 5, end: 265, handleTime: 200 });
  });
});

describe('the wrap-up after each turn (wrapUpPerTurn)', () => {
  it('keeps the slot through the wrap-up in a model with other contact types too', () => {
    // Wrap-up 20 s: session S1 at 0, turn 1 0–100, wrap-up 100–120; S2 at 105 waits for the slot to 120.
    const { records } = run(model({ sessions: [0, 105], session: { wrapUpPerTurn: true }, wrapUp: 20 }));
    expect(record(records, 'messages', 105)).toMatchObject({ serviceStart: 120, wait: 15 });
  });

  it('wraps up per turn only the sessions of a type that asks for it', () => {
    // Wrap-up 20 s; the messages wrap up per turn, the notes (another session type) do not: note N1
    // at 0, turn 1 0–100, its slot free at 100; N2 at 105 takes it at once.
    const m = model({ sessions: [], session: { wrapUpPerTurn: true }, wrapUp: 20 });
    const messages = m.contactTypes[1]!;
    const notes: ContactTypeDefinition = { ...messages, id: 2, name: 'notes', arrivals: { kind: 'trace', times: [0, 105] }, session: { ...messages.session!, wrapUpPerTurn: false } };
    const { records } = run({ ...m, contactTypes: [...m.contactTypes, notes] });
    expect(record(records, 'notes', 105)).toMatchObject({ serviceStart: 105, wait: 0 });
  });

  it('frees the slot at once in a group without a wrap-up', () => {
    const { records } = run(model({ sessions: [0, 105], session: { wrapUpPerTurn: true } }));
    expect(record(records, 'messages', 105)).toMatchObject({ serviceStart: 105, wait: 0 });
  });
});

describe('a model without sessions', () => {
  it('reports no messaging-session figures', () => {
    const plain = model({ calls: [0, 10], sessions: [] });
    const { result } = run({ ...plain, contactTypes: [plain.contactTypes[0]!] });
    expect(result.messagingSessions).toBeUndefined();
  });
});

describe('a released session whose customer stops replying', () => {
  it('ends unresolved at the timeout with no agent time for the gap, and the customer comes back as the repeat says', () => {
    // The call at 0 (0–50) takes the first table slot and issue; the session at 10 waits 40 s:
    // turn 1 50–150 with agent 0, then the customer (timeout 30 s < gap 50 s) stops replying: the
    // session ends at 180, unresolved, 30 s away. A certain repeat after 1000 s by phone: a call at
    // 1180 (1180–1230) resolves the issue. Customer time: the first call's issue 50 s; the
    // session's issue 170 + 50 s. The call takes the session's table slot: it is resolved like any
    // call (it once inherited the session's "stopped replying" and ended unresolved).
    const { records, result } = run(model({ calls: [0], sessions: [10], session: { timeout: 30 }, repeat: { probability: 1, delay: fixed(1000), next: [[0, 1]] } }));
    expect(record(records, 'messages', 10)).toMatchObject({ outcome: 'served', serviceStart: 50, wait: 40, end: 180, handleTime: 100, agent: 0 });
    expect(record(records, 'calls', 1180)).toMatchObject({ serviceStart: 1180, end: 1230 });
    expect(result.messagingSessions![0]).toMatchObject({ sessions: 1, resolved: 0, timedOut: 1 });
    expect(result.journey.overall).toMatchObject({ issues: 2, resolved: 2, gaveUp: 0, repeatContacts: 1, meanCustomerTimePerIssue: (50 + 170 + 50) / 2 });
  });
});

describe('sessions whose turns slow down with concurrency', () => {
  it('advance every turn, the later ones too, at the speed of the turns in hand', () => {
    // Two messaging slots, factors [1, 2]; turns of 100 s of work, replies after 50 s. S1 at 0
    // alone to 50 (50 done); with S2 from 50 both at half speed: S1's turn ends at 150, S2 has 50
    // done, alone to 200. S1's reply at 200 (after S2's turn ends there): alone, 200–; S2's reply at
    // 250: both at half speed, S1's last 50 take to 350; S2 has 50 done then, alone: ends at 400.
    const m = model({ sessions: [0, 50] });
    const slowed: ModelDefinition = { ...m, agentGroups: [{ ...m.agentGroups[0]!, concurrency: [1, 0, 0, 2], slowdown: [[], [], [], [1, 2]] }] };
    const { records, result } = run(slowed);
    expect(record(records, 'messages', 0)).toMatchObject({ serviceStart: 0, end: 350, handleTime: 300 });
    expect(record(records, 'messages', 50)).toMatchObject({ serviceStart: 50, end: 400, handleTime: 300 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 0 });
  });
});


describe('a released session cut between its turns', () => {
  // The call at 0 (0–50) holds the agent; the session at 10 waits 40 s: turn 1 50–150 with agent 0
  // of the group `agents` at site `main`, then the slot is released for the reply gap 150–200.
  const served = { outcome: 'unfinished', serviceStart: 50, wait: 40, handleTime: null, agent: 0, group: 'agents', site: 'main' };

  it('is written as served by its last turn’s agent since its first turn, when cut in its reply gap', () => {
    const { records } = run(model({ calls: [0], sessions: [10], horizon: 170, endOfDay: 'cut' }));
    expect(record(records, 'messages', 10)).toEqual(expect.objectContaining({ ...served, end: 170 }));
  });

  it('is written so too when cut while its reply waits for the agent', () => {
    // The call at 195 takes the free agent (195–245); the reply at 200 waits for it. Cut at 220.
    const { records } = run(model({ calls: [0, 195], sessions: [10], horizon: 220, endOfDay: 'cut' }));
    expect(record(records, 'messages', 10)).toEqual(expect.objectContaining({ ...served, end: 220 }));
    expect(record(records, 'calls', 195)).toMatchObject({ outcome: 'unfinished', serviceStart: 195, agent: 0 });
  });

  it('is written as served since its first turn when its reply leaves through a queue exit', () => {
    // The type's maximum wait is 42 s (the session's first wait, 40 s, is within it). The call at 195
    // takes the free agent (195–245); the reply at 200 waits for it and leaves a voicemail at 242.
    const m = model({ calls: [0, 195], sessions: [10] });
    const queueExits = { maxWait: { after: 42, then: { kind: 'voicemail' as const } }, clearAtClosing: false, balking: null, announcement: null, byInterval: null };
    const { records } = run({ ...m, contactTypes: [m.contactTypes[0]!, { ...m.contactTypes[1]!, queueExits }] });
    expect(record(records, 'messages', 10)).toEqual(expect.objectContaining({ ...served, outcome: 'voicemail', end: 242 }));
  });

  it('leaves nothing to the contact that takes its table slot after it ended', () => {
    // The session at 0 (turns 0–100 and 150–250) frees its table slot at 250. The call at 240 waits
    // for the agent until 250 (250–300); the call at 260 takes the session's slot and is still
    // waiting, never served, when the run is cut at 280.
    const { records } = run(model({ calls: [240, 260], sessions: [0], horizon: 280, endOfDay: 'cut' }));
    expect(record(records, 'messages', 0)).toMatchObject({ outcome: 'served', end: 250, agent: 0 });
    expect(record(records, 'calls', 260)).toMatchObject({ outcome: 'unfinished', wait: 20, serviceStart: null, agent: null, group: null, site: null });
  });
});
